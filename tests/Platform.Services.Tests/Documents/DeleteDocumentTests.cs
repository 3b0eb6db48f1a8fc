using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Documents;

public sealed class DeleteDocumentTests(DocumentsStack stack) : IClassFixture<DocumentsStack>
{
    private readonly DocumentService.DocumentServiceClient _client = stack.Documents;

    [Fact]
    public async Task DeleteDocument_OneOfTwoMentioningTheSameEntity_KeepsCountsAndRelationGroupsExact()
    {
        var unique = Guid.NewGuid();
        var first = await stack.IngestAndExtractAsync($"OpenAI and Google compete. Sam Altman leads OpenAI. Ref {unique}.");
        var second = await stack.IngestAndExtractAsync($"Google works with OpenAI on safety. Ref {unique} bis.");
        var firstId = Guid.Parse(first);
        var secondId = Guid.Parse(second);

        await using var db = stack.Database.CreateDbContext();
        var shared = await db.Mentions
            .Where(m => m.DocumentId == firstId || m.DocumentId == secondId)
            .GroupBy(m => m.EntityId)
            .Where(g => g.Select(m => m.DocumentId).Distinct().Count() == 2)
            .Select(g => g.Key)
            .ToListAsync();
        Assert.NotEmpty(shared);
        var mentionsInFirst = await db.Mentions.Where(m => m.DocumentId == firstId && shared.Contains(m.EntityId))
            .GroupBy(m => m.EntityId).ToDictionaryAsync(g => g.Key, g => g.Count());
        var before = await db.Entities.AsNoTracking().Where(e => shared.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        await AssertCountsMatchMentionsAsync(db, shared);

        await _client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = first });

        var after = await db.Entities.AsNoTracking().Where(e => shared.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
        foreach (var id in shared)
        {
            Assert.Equal(before[id].MentionCount - mentionsInFirst[id], after[id].MentionCount);
            Assert.Equal(before[id].DocumentCount - 1, after[id].DocumentCount);
        }
        await AssertCountsMatchMentionsAsync(db, shared);
        await RelationGroupsAssert.MatchRecountAsync(db);
        Assert.False(await db.Documents.AnyAsync(d => d.Id == firstId));
        Assert.False(await db.Mentions.AnyAsync(m => m.DocumentId == firstId));
        Assert.False(await db.Relations.AnyAsync(r => r.DocumentId == firstId));
        Assert.False(await db.DocumentEntities.AnyAsync(de => de.DocumentId == firstId));
        Assert.False(await db.ExtractionJobs.AnyAsync(j => j.DocumentId == firstId));
        Assert.True(await db.Mentions.AnyAsync(m => m.DocumentId == secondId));
    }

    [Fact]
    public async Task DeleteDocument_ThenGet_ReturnsNotFound()
    {
        var ingested = await _client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Short-lived {Guid.NewGuid()}" });

        await _client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = ingested.DocumentId });

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetDocumentAsync(new GetDocumentRequest { DocumentId = ingested.DocumentId }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task DeleteDocument_UnknownId_ReturnsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task DeleteDocument_MalformedId_ReturnsInvalidArgumentAndDeletesNothing()
    {
        await using var db = stack.Database.CreateDbContext();
        var before = await db.Documents.CountAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = "doc-1" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(before, await db.Documents.CountAsync());
    }

    private static async Task AssertCountsMatchMentionsAsync(Platform.Storage.PlatformDbContext db, List<string> entityIds)
    {
        foreach (var id in entityIds)
        {
            var entity = await db.Entities.AsNoTracking().SingleAsync(e => e.Id == id);
            Assert.Equal(await db.Mentions.CountAsync(m => m.EntityId == id), entity.MentionCount);
            Assert.Equal(await db.Mentions.Where(m => m.EntityId == id).Select(m => m.DocumentId).Distinct().CountAsync(), entity.DocumentCount);
        }
    }
}
