using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage;

namespace Platform.Services.Tests.Extraction;

public sealed class ExtractDocumentTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly ExtractionService.ExtractionServiceClient _extraction = stack.Extraction;
    private readonly DocumentService.DocumentServiceClient _documents = stack.Documents;

    [Fact]
    public async Task ExtractDocument_Twice_ReplacesTheResultsInsteadOfAddingToThem()
    {
        var documentId = await stack.IngestAndExtractAsync($"OpenAI and Google. Sam Altman leads OpenAI. 谷歌在伦敦。 {Guid.NewGuid()}");
        var id = Guid.Parse(documentId);
        await using var db = stack.Database.CreateDbContext();
        var mentionsBefore = await db.Mentions.Where(m => m.DocumentId == id).CountAsync();
        var countsBefore = await EntityCountsOfAsync(db, id);

        var again = await _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = documentId });

        Assert.True(mentionsBefore > 0);
        Assert.Equal(mentionsBefore, again.MentionCount);
        Assert.Equal(mentionsBefore, await db.Mentions.Where(m => m.DocumentId == id).CountAsync());
        Assert.Equal(again.EntityCount, await db.DocumentEntities.Where(de => de.DocumentId == id).CountAsync());
        Assert.Equal(again.RelationCount, await db.Relations.Where(r => r.DocumentId == id).CountAsync());
        Assert.Equal(countsBefore, await EntityCountsOfAsync(db, id));
    }

    [Fact]
    public async Task ExtractDocument_NameOutsideTheKnowledgeBase_IsOneEntityAcrossDocumentsAndLanguages()
    {
        var bilingual = await stack.IngestAndExtractAsync($"记者采访了尼克·克莱格。\n\nThe reporter interviewed Nick Clegg about the new policy. {Guid.NewGuid()}");
        var chineseOnly = await stack.IngestAndExtractAsync($"尼克·克莱格今天在伦敦发表了讲话。{Guid.NewGuid()}");
        await using var db = stack.Database.CreateDbContext();

        var inBilingual = await db.Mentions.Where(m => m.DocumentId == Guid.Parse(bilingual) && m.Text == "Nick Clegg").Select(m => m.EntityId).Distinct().SingleAsync();
        var inChinese = await db.Mentions.Where(m => m.DocumentId == Guid.Parse(chineseOnly) && m.Text == "尼克·克莱格").Select(m => m.EntityId).Distinct().SingleAsync();

        Assert.Equal(inBilingual, inChinese);
        Assert.True((await db.Entities.SingleAsync(e => e.Id == inBilingual)).DocumentCount >= 2);
    }

    [Fact]
    public async Task ExtractDocument_MarkdownFrontMatter_BecomesTheDocumentsTitleDateAndTags()
    {
        var content = $"---\ntitle: 英伟达的新芯片\ndate: 2024-11-03 09:15:00 +08:00\ntags: ['NVIDIA', '芯片']\n---\n\n黄仁勋介绍了新产品。{Guid.NewGuid()}";
        var response = await _documents.IngestDocumentAsync(new IngestDocumentRequest { Content = content, MediaType = "text/markdown" });
        var document = await DocumentStatus.WaitForTerminalAsync(_documents, response.DocumentId);

        Assert.Equal(Platform.Documents.V1.ExtractionStatus.Succeeded, document.ExtractionStatus);
        Assert.Equal("英伟达的新芯片", document.Title);
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 1, 15, 0, TimeSpan.Zero), document.PublishedAt.ToDateTimeOffset());
        Assert.Equal("NVIDIA, 芯片", document.Metadata["tags"]);
    }

    [Fact]
    public async Task ExtractDocument_StoresMentionsWithCodePointOffsetsSnippetsAndAliases()
    {
        var content = $"😀 OpenAI was founded in San Francisco. Google competes with it. {Guid.NewGuid()}";
        var documentId = await stack.IngestAndExtractAsync(content);
        var id = Guid.Parse(documentId);
        await using var db = stack.Database.CreateDbContext();

        var mentions = await db.Mentions.Where(m => m.DocumentId == id).ToListAsync();
        var codePoints = content.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            Assert.Equal(mention.Text, string.Concat(codePoints[mention.Start..mention.End]));
            Assert.Contains(mention.Text, mention.Snippet);
            Assert.True(content.Contains(mention.Snippet, StringComparison.Ordinal));
            var key = NameKey.Normalize(mention.Text);
            Assert.True(await db.EntityAliases.AnyAsync(a => a.EntityId == mention.EntityId && a.NormalizedAlias == key),
                $"alias '{key}' of {mention.EntityId} was not stored");
        }
        var document = (await _documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId })).Document;
        Assert.NotEqual("und", document.Language);
        Assert.Equal("", document.ExtractionError);
    }

    [Fact]
    public async Task ExtractDocument_StoresTheEnginesValuesAndReExtractionStoresTheSameRowsAgain()
    {
        var content = $"😀 Sam Altman is the CEO of OpenAI. OpenAI and Google compete.\n\n谷歌在伦敦设有办公室。 {Guid.NewGuid()}";
        var documentId = await stack.IngestAndExtractAsync(content);
        var id = Guid.Parse(documentId);
        var engine = await _extraction.ExtractAsync(new ExtractRequest { Text = content, MediaType = "text/plain" });

        var first = await StoredRowsAsync(id);
        await _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = documentId });
        var second = await StoredRowsAsync(id);

        var expectedMentions = engine.Mentions
            .Select(m => (m.EntityId, m.Start, m.End, m.Text, m.Confidence))
            .Order().ToList();
        var expectedRelations = engine.Relations
            .Select(r => (r.SubjectEntityId, r.Predicate, r.ObjectEntityId, r.Evidence, r.EvidenceStart, r.EvidenceEnd, r.Confidence))
            .Order().ToList();
        var expectedEntities = engine.Entities
            .Select(e => (e.EntityId, engine.Mentions.Count(m => m.EntityId == e.EntityId), e.Salience, string.Join("|", e.SurfaceForms.Distinct())))
            .Order().ToList();
        Assert.NotEmpty(expectedRelations);
        Assert.Contains(first.Entities, e => e.SurfaceForms.Contains('|'));
        Assert.Equal(expectedMentions, first.Mentions.Select(m => (m.EntityId, m.Start, m.End, m.Text, m.Confidence)).Order().ToList());
        Assert.Equal(expectedRelations, first.Relations);
        Assert.Equal(expectedEntities, first.Entities);
        Assert.Equal("OpenAI and Google compete.", first.Mentions.First(m => m.Text == "Google").Snippet);
        Assert.All(first.Mentions, m => Assert.Contains(m.Text, m.Snippet));
        // Rows are stored in text order: a mention's id follows those of the mentions before it.
        Assert.Equal(first.Mentions.Select(m => m.Start).Order(), first.Mentions.Select(m => m.Start));

        Assert.Equal(first.Mentions.Select(m => m with { Id = 0 }), second.Mentions.Select(m => m with { Id = 0 }));
        Assert.True(second.Mentions.Min(m => m.Id) > first.Mentions.Max(m => m.Id));
        Assert.Equal(first.Relations, second.Relations);
        Assert.Equal(first.Entities, second.Entities);
    }

    [Fact]
    public async Task ExtractDocument_ConcurrentlyForDocumentsSharingEntities_KeepsCountsAndRelationGroupsExact()
    {
        var unique = Guid.NewGuid();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await stack.IngestAndExtractAsync($"OpenAI, Google and DeepMind, number {i}. {unique}"));
        }

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => ids).Select(id =>
            _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = id }).ResponseAsync));

        await using var db = stack.Database.CreateDbContext();
        var entities = await db.Entities.AsNoTracking().ToListAsync();
        Assert.NotEmpty(entities);
        foreach (var entity in entities)
        {
            Assert.Equal(await db.Mentions.CountAsync(m => m.EntityId == entity.Id), entity.MentionCount);
            Assert.Equal(await db.Mentions.Where(m => m.EntityId == entity.Id).Select(m => m.DocumentId).Distinct().CountAsync(), entity.DocumentCount);
        }
        Assert.True(await db.RelationGroups.AnyAsync());
        await RelationGroupsAssert.MatchRecountAsync(db);
    }

    [Fact]
    public async Task ExtractDocument_UnknownDocument_ReturnsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ExtractDocument_MalformedId_ReturnsInvalidArgument()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = "nope" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task ExtractDocument_RacingADelete_EndsWithNoRowsOfTheDocument()
    {
        var documentId = await stack.IngestAndExtractAsync($"Google and OpenAI, raced. {Guid.NewGuid()}");
        var id = Guid.Parse(documentId);

        var extract = _extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = documentId }).ResponseAsync;
        await _documents.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = documentId });
        try
        {
            await extract;
        }
        catch (RpcException ex)
        {
            Assert.Equal(StatusCode.NotFound, ex.StatusCode);
        }

        await using var db = stack.Database.CreateDbContext();
        Assert.False(await db.Mentions.AnyAsync(m => m.DocumentId == id));
        Assert.False(await db.DocumentEntities.AnyAsync(de => de.DocumentId == id));
        foreach (var entity in await db.Entities.AsNoTracking().ToListAsync())
        {
            Assert.Equal(await db.Mentions.CountAsync(m => m.EntityId == entity.Id), entity.MentionCount);
        }
        await RelationGroupsAssert.MatchRecountAsync(db);
    }

    private sealed record StoredMention(long Id, string EntityId, int Start, int End, string Text, string Snippet, double Confidence);

    private sealed record StoredRows(
        List<StoredMention> Mentions,
        List<(string, string, string, string, int, int, double)> Relations,
        List<(string EntityId, int MentionCount, double Salience, string SurfaceForms)> Entities);

    /// <summary>The document's stored rows: mentions in id order, relations and document entities sorted by value.</summary>
    private async Task<StoredRows> StoredRowsAsync(Guid documentId)
    {
        await using var db = stack.Database.CreateDbContext();
        var mentions = await db.Mentions.Where(m => m.DocumentId == documentId).OrderBy(m => m.Id)
            .Select(m => new StoredMention(m.Id, m.EntityId, m.Start, m.End, m.Text, m.Snippet, m.Confidence))
            .ToListAsync();
        var relations = (await db.Relations.Where(r => r.DocumentId == documentId).ToListAsync())
            .Select(r => (r.SubjectId, r.Predicate, r.ObjectId, r.Evidence, r.EvidenceStart, r.EvidenceEnd, r.Confidence))
            .Order().ToList();
        var entities = (await db.DocumentEntities.Where(de => de.DocumentId == documentId).ToListAsync())
            .Select(de => (de.EntityId, de.MentionCount, de.Salience, string.Join("|", de.SurfaceForms)))
            .Order().ToList();
        return new StoredRows(mentions, relations, entities);
    }

    private static async Task<Dictionary<string, (int Mentions, int Documents)>> EntityCountsOfAsync(PlatformDbContext db, Guid documentId)
    {
        var entityIds = await db.DocumentEntities.Where(de => de.DocumentId == documentId).Select(de => de.EntityId).ToListAsync();
        return await db.Entities.AsNoTracking().Where(e => entityIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (e.MentionCount, e.DocumentCount));
    }
}
