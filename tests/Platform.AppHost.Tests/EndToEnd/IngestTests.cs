using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>A document written here travels documents → extraction → PostgreSQL → query.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class IngestTests(PlatformAppFixture stack)
{
    // Invented for this test: a made-up company beside a known one, in English and Chinese.
    private const string Content =
        "Brightwater Lumenics, a robotics startup in Hangzhou, signed a cloud agreement with Microsoft on Monday. " +
        "Elena Varga, the chief executive of Brightwater Lumenics, said Microsoft would host its warehouse robots.\n" +
        "微软表示，将为杭州的明水光电提供云计算服务。";

    [Fact]
    public async Task Ingest_NewDocument_IsQueryableAfterExtraction()
    {
        var ingested = await stack.Documents.IngestDocumentAsync(new IngestDocumentRequest
        {
            Content = Content,
            Title = "Brightwater Lumenics and Microsoft",
            SourceUri = "test://apphost-tests/brightwater-lumenics",
            MediaType = "text/plain",
        });
        Assert.False(string.IsNullOrEmpty(ingested.DocumentId));

        await ExtractionWaiter.AssertSucceedsAsync(stack, ingested.DocumentId);

        var microsoft = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;
        var inDocument = await stack.Query.ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = ingested.DocumentId });
        Assert.Contains(inDocument.Entities, e => e.Entity.EntityId == microsoft.EntityId);

        var mentions = await stack.Query.ListMentionsAsync(new ListMentionsRequest
        {
            EntityId = microsoft.EntityId,
            DocumentId = ingested.DocumentId,
            PageSize = 50,
        });
        Assert.True(mentions.Mentions.Count >= 3, $"Microsoft/微软 is named 3 times in the document; ListMentions found {mentions.Mentions.Count}.");
        Assert.All(mentions.Mentions, m =>
        {
            Assert.Equal(ingested.DocumentId, m.DocumentId);
            Assert.Equal(m.Text, Content[m.Start..m.End]);
        });

        var related = await stack.Query.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = microsoft.EntityId, Limit = 100 });
        Assert.True(related.Related.Any(r => r.Evidence.Any(e => e.DocumentId == ingested.DocumentId)),
            "GetRelatedEntities(Microsoft) cites no evidence from the new document; related: " +
            string.Join(", ", related.Related.Select(r => $"{r.Entity.Name} ({r.Predicate})")));
    }
}
