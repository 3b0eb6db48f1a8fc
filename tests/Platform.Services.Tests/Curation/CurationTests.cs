using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Curation.V1;
using Platform.Storage;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Curation;

/// <summary>Each correction reaches the stored documents it touches and every later extraction, and its undo takes it back.</summary>
public sealed class CurationTests
{
    private const string Operator = "ops@example.org";

    [Fact]
    public async Task MergeEntities_StoredAndLaterDocuments_SayOfTheTargetWhatTheySaidOfTheSource_UntilUndone()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var unique = Guid.NewGuid();
        var stated = await stack.IngestAndExtractAsync($"Demis Hassabis leads DeepMind in London. Ref {unique}.");
        var other = await stack.IngestAndExtractAsync($"Sundar Pichai runs Google from California. Ref {unique} bis.");
        var deepMind = await curation.EntityMentionedAsAsync(stated, "DeepMind");
        var google = await curation.EntityMentionedAsAsync(other, "Google");
        var hassabis = await curation.EntityMentionedAsAsync(stated, "Demis Hassabis");

        var merge = await curation.SettledAsync(await curation.Client.MergeEntitiesAsync(new MergeEntitiesRequest
        {
            SourceEntityId = deepMind, TargetEntityId = google, Actor = Operator, Reason = "We track DeepMind as part of Google.",
        }));
        var later = await stack.IngestAndExtractAsync($"DeepMind published a paper. Ref {unique} ter.");

        Assert.Equal(1, merge.DocumentsQueued);
        Assert.Equal(Operator, merge.Actor);
        Assert.Equal(["DeepMind"], await curation.MentionTextsAsync(stated, google));
        Assert.Equal(["DeepMind"], await curation.MentionTextsAsync(later, google));
        await using (var db = stack.Database.CreateDbContext())
        {
            Assert.Equal(0, (await db.Entities.SingleAsync(e => e.Id == deepMind)).MentionCount);
            Assert.Equal(3, (await db.Entities.SingleAsync(e => e.Id == google)).MentionCount);
            Assert.False(await db.Relations.AnyAsync(r => r.SubjectId == deepMind || r.ObjectId == deepMind));
            Assert.True(await db.Relations.AnyAsync(r => (r.SubjectId == hassabis && r.ObjectId == google) || (r.SubjectId == google && r.ObjectId == hassabis)));
            Assert.True(await db.EntityAliases.AnyAsync(a => a.EntityId == google && a.NormalizedAlias == "deepmind"));
            var reasons = await db.DocumentEntities.Where(de => de.EntityId == google && de.DocumentId == Guid.Parse(stated)).Select(de => de.MergeReasons).SingleAsync();
            Assert.Contains(reasons, r => r.Contains("We track DeepMind as part of Google.", StringComparison.Ordinal) && r.Contains(Operator, StringComparison.Ordinal));
            await RelationGroupsAssert.MatchRecountAsync(db);
        }

        var undo = await curation.SettledAsync(await curation.Client.UndoCurationAsync(new UndoCurationRequest
        {
            CurationId = merge.CurationId, Actor = "reviewer", Reason = "DeepMind is reported on separately.",
        }));

        Assert.Equal("reviewer", undo.UndoneBy);
        Assert.NotNull(undo.UndoneAt);
        Assert.Equal(2, undo.DocumentsQueued);
        Assert.Equal(["DeepMind"], await curation.MentionTextsAsync(stated, deepMind));
        Assert.Equal(["DeepMind"], await curation.MentionTextsAsync(later, deepMind));
        Assert.Empty(await curation.MentionTextsAsync(stated, google));
        await using (var db = stack.Database.CreateDbContext())
        {
            Assert.Equal(1, (await db.Entities.SingleAsync(e => e.Id == google)).MentionCount);
            await RelationGroupsAssert.MatchRecountAsync(db);
        }
    }

    [Fact]
    public async Task SplitAlias_MentionsWrittenSoBecomeANewEntity_AndTheOthersStay()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var unique = Guid.NewGuid();
        var document = await stack.IngestAndExtractAsync($"Google DeepMind released a model. DeepMind is based in London. Ref {unique}.");
        var deepMind = await curation.EntityMentionedAsAsync(document, "DeepMind");
        Assert.Equal(["Google DeepMind", "DeepMind"], await curation.MentionTextsAsync(document, deepMind));

        var split = await curation.SettledAsync(await curation.Client.SplitAliasAsync(new SplitAliasRequest
        {
            EntityId = deepMind, Alias = "google deepmind", Name = "Google DeepMind (2023)", Actor = Operator, Reason = "The merged lab is tracked apart.",
        }));
        var later = await stack.IngestAndExtractAsync($"Google DeepMind hired researchers. Ref {unique} bis.");

        Assert.StartsWith("cur:", split.TargetEntityId, StringComparison.Ordinal);
        Assert.Equal(["Google DeepMind"], await curation.MentionTextsAsync(document, split.TargetEntityId));
        Assert.Equal(["DeepMind"], await curation.MentionTextsAsync(document, deepMind));
        Assert.Equal(["Google DeepMind"], await curation.MentionTextsAsync(later, split.TargetEntityId));
        await using (var db = stack.Database.CreateDbContext())
        {
            var created = await db.Entities.SingleAsync(e => e.Id == split.TargetEntityId);
            Assert.Equal("Google DeepMind (2023)", created.Name);
            Assert.Equal(2, created.MentionCount);
            Assert.False(await db.EntityAliases.AnyAsync(a => a.EntityId == deepMind && a.NormalizedAlias == "google deepmind"));
        }

        await curation.SettledAsync(await curation.Client.UndoCurationAsync(new UndoCurationRequest
        {
            CurationId = split.CurationId, Actor = Operator, Reason = "One lab after all.",
        }));

        Assert.Equal(["Google DeepMind", "DeepMind"], await curation.MentionTextsAsync(document, deepMind));
        Assert.Equal(["Google DeepMind"], await curation.MentionTextsAsync(later, deepMind));
        Assert.Empty(await curation.MentionTextsAsync(later, split.TargetEntityId));
    }

    [Fact]
    public async Task RenameEntity_HoldsAtOnceAndThroughLaterExtractions_AndUndoGivesTheNameBack()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var document = await stack.IngestAndExtractAsync($"Sam Altman spoke in Paris. Ref {Guid.NewGuid()}.");
        var altman = await curation.EntityMentionedAsAsync(document, "Sam Altman");

        var rename = await curation.Client.RenameEntityAsync(new RenameEntityRequest
        {
            EntityId = altman, Name = "Samuel H. Altman", Actor = Operator, Reason = "Full name in our style guide.",
        });
        async Task<string> NameAsync()
        {
            await using var db = stack.Database.CreateDbContext();
            return (await db.Entities.SingleAsync(e => e.Id == altman)).Name;
        }

        Assert.Equal("Sam Altman", rename.PreviousName);
        Assert.Equal(0, rename.DocumentsQueued);
        Assert.Equal("Samuel H. Altman", await NameAsync());
        await stack.IngestAndExtractAsync($"Sam Altman returned to San Francisco. Ref {Guid.NewGuid()}.");
        Assert.Equal("Samuel H. Altman", await NameAsync());
        await using (var db = stack.Database.CreateDbContext())
        {
            Assert.True(await db.EntityAliases.AnyAsync(a => a.EntityId == altman && a.NormalizedAlias == NameKey.Normalize("Samuel H. Altman")));
        }

        await curation.Client.UndoCurationAsync(new UndoCurationRequest { CurationId = rename.CurationId, Actor = Operator, Reason = "Style guide changed." });

        Assert.Equal("Sam Altman", await NameAsync());
    }

    [Fact]
    public async Task BlockAlias_DropsTheMentionsWrittenSo_InStoredAndLaterDocuments_UntilUndone()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var unique = Guid.NewGuid();
        var document = await stack.IngestAndExtractAsync($"Microsoft shares rose as MSFT closed higher. Ref {unique}.");
        var microsoft = await curation.EntityMentionedAsAsync(document, "Microsoft");
        Assert.Equal(["Microsoft", "MSFT"], await curation.MentionTextsAsync(document, microsoft));

        var block = await curation.SettledAsync(await curation.Client.BlockAliasAsync(new BlockAliasRequest
        {
            EntityId = microsoft, Alias = "MSFT", Actor = Operator, Reason = "Ticker symbols are not names.",
        }));
        var later = await stack.IngestAndExtractAsync($"Microsoft said MSFT will split. Ref {unique} bis.");

        Assert.Equal(1, block.DocumentsQueued);
        Assert.Equal(["Microsoft"], await curation.MentionTextsAsync(document, microsoft));
        Assert.Equal(["Microsoft"], await curation.MentionTextsAsync(later, microsoft));
        await using (var db = stack.Database.CreateDbContext())
        {
            Assert.False(await db.EntityAliases.AnyAsync(a => a.EntityId == microsoft && a.NormalizedAlias == "msft"));
        }

        var undo = await curation.SettledAsync(await curation.Client.UndoCurationAsync(new UndoCurationRequest
        {
            CurationId = block.CurationId, Actor = Operator, Reason = "Needed for the markets feed.",
        }));

        Assert.Equal(2, undo.DocumentsQueued);
        Assert.Equal(["Microsoft", "MSFT"], await curation.MentionTextsAsync(document, microsoft));
        Assert.Equal(["Microsoft", "MSFT"], await curation.MentionTextsAsync(later, microsoft));
    }

    [Fact]
    public async Task Curations_WrongRequests_AreRefusedWithAStatusThatSaysWhy_AndChangeNothing()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var document = await stack.IngestAndExtractAsync($"Microsoft and Google compete. Ref {Guid.NewGuid()}.");
        var microsoft = await curation.EntityMentionedAsAsync(document, "Microsoft");
        var google = await curation.EntityMentionedAsAsync(document, "Google");
        var client = curation.Client;

        async Task<RpcException> RefusedAsync(Func<AsyncUnaryCall<Platform.Curation.V1.Curation>> call) =>
            await Assert.ThrowsAsync<RpcException>(() => call().ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, (await RefusedAsync(() => client.MergeEntitiesAsync(new MergeEntitiesRequest
            { SourceEntityId = microsoft, TargetEntityId = google, Actor = Operator }))).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await RefusedAsync(() => client.MergeEntitiesAsync(new MergeEntitiesRequest
            { SourceEntityId = microsoft, TargetEntityId = microsoft, Actor = Operator, Reason = "x" }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => client.MergeEntitiesAsync(new MergeEntitiesRequest
            { SourceEntityId = "no-such-entity", TargetEntityId = google, Actor = Operator, Reason = "x" }))).StatusCode);
        var nameBlocked = await RefusedAsync(() => client.BlockAliasAsync(new BlockAliasRequest
            { EntityId = microsoft, Alias = "微软", Actor = Operator, Reason = "x" }));
        Assert.Equal(StatusCode.FailedPrecondition, nameBlocked.StatusCode);
        Assert.Contains("rename the entity first", nameBlocked.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => client.SplitAliasAsync(new SplitAliasRequest
            { EntityId = microsoft, Alias = "Gemini", Actor = Operator, Reason = "x" }))).StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, (await RefusedAsync(() => client.RenameEntityAsync(new RenameEntityRequest
            { EntityId = microsoft, Name = "Micro\u0007soft", Actor = Operator, Reason = "x" }))).StatusCode);
        await using (var db = stack.Database.CreateDbContext())
        {
            Assert.False(await db.Curations.AnyAsync());
        }

        var merge = await client.MergeEntitiesAsync(new MergeEntitiesRequest { SourceEntityId = microsoft, TargetEntityId = google, Actor = Operator, Reason = "test" });
        var again = await RefusedAsync(() => client.MergeEntitiesAsync(new MergeEntitiesRequest
            { SourceEntityId = google, TargetEntityId = microsoft, Actor = Operator, Reason = "cycle" }));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Contains($"curation {merge.CurationId}", again.Status.Detail, StringComparison.Ordinal);
        await client.UndoCurationAsync(new UndoCurationRequest { CurationId = merge.CurationId, Actor = Operator, Reason = "test" });
        Assert.Equal(StatusCode.FailedPrecondition, (await RefusedAsync(() => client.UndoCurationAsync(new UndoCurationRequest
            { CurationId = merge.CurationId, Actor = Operator, Reason = "twice" }))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await RefusedAsync(() => client.UndoCurationAsync(new UndoCurationRequest
            { CurationId = merge.CurationId + 100, Actor = Operator, Reason = "x" }))).StatusCode);
    }

    [Fact]
    public async Task ListCurations_ByEntity_ShowsItsChangesNewestFirst_AndTheEngineReasonsForItsMerges()
    {
        await using var curation = await CurationStack.StartAsync();
        var stack = curation.Stack;
        var document = await stack.IngestAndExtractAsync($"Microsoft (微软) released Copilot; MSFT rose. Ref {Guid.NewGuid()}.");
        var microsoft = await curation.EntityMentionedAsAsync(document, "Microsoft");
        var rename = await curation.Client.RenameEntityAsync(new RenameEntityRequest { EntityId = microsoft, Name = "Microsoft Corporation", Actor = Operator, Reason = "Legal name." });
        var block = await curation.Client.BlockAliasAsync(new BlockAliasRequest { EntityId = microsoft, Alias = "MSFT", Actor = Operator, Reason = "Ticker." });
        await curation.Client.UndoCurationAsync(new UndoCurationRequest { CurationId = rename.CurationId, Actor = Operator, Reason = "Short name reads better." });

        var inForce = await curation.Client.ListCurationsAsync(new ListCurationsRequest { EntityId = microsoft });
        var all = await curation.Client.ListCurationsAsync(new ListCurationsRequest { EntityId = microsoft, IncludeUndone = true, PageSize = 1 });
        var next = await curation.Client.ListCurationsAsync(new ListCurationsRequest { EntityId = microsoft, IncludeUndone = true, PageSize = 1, PageToken = all.NextPageToken });

        Assert.Equal([block.CurationId], inForce.Curations.Select(c => c.CurationId));
        Assert.NotEmpty(inForce.EngineMergeReasons);
        Assert.All(inForce.EngineMergeReasons, r => Assert.True(r.DocumentCount >= 1));
        Assert.Equal([block.CurationId], all.Curations.Select(c => c.CurationId));
        Assert.Equal([rename.CurationId], next.Curations.Select(c => c.CurationId));
        Assert.Equal("Short name reads better.", next.Curations[0].UndoReason);
        Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() => curation.Client.ListCurationsAsync(
            new ListCurationsRequest { EntityId = "other", PageToken = all.NextPageToken }).ResponseAsync)).StatusCode);
    }
}
