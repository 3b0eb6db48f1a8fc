using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>The development corpus (third-party text, read at test time) through the AppHost-run stack.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class DevCorpusTests(PlatformAppFixture stack)
{
    [DevCorpusFact]
    public async Task DevCorpus_IngestedThroughTheStack_MicrosoftAnd微软AreOneEntityWithMentionsAndRelations()
    {
        var documentIds = new List<string>();
        foreach (var file in Directory.GetFiles(DevCorpus.Directory!, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var response = await stack.Documents.IngestDocumentAsync(new IngestDocumentRequest
            {
                Content = await File.ReadAllTextAsync(file),
                Title = name,
                SourceUri = $"corpus://dev/{name}",
                MediaType = "text/plain",
            });
            documentIds.Add(response.DocumentId);
        }

        Assert.True(documentIds.Distinct().Count() >= 2, $"{documentIds.Distinct().Count()} distinct documents in {DevCorpus.Directory}");
        foreach (var documentId in documentIds)
        {
            await ExtractionWaiter.AssertSucceedsAsync(stack, documentId);
        }

        var chinese = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "微软" })).Entity;
        var english = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;
        Assert.True(chinese.EntityId == english.EntityId,
            $"微软 resolved to {chinese.EntityId} ({chinese.Name}) but Microsoft to {english.EntityId} ({english.Name}).");

        var mentions = await stack.Query.ListMentionsAsync(new ListMentionsRequest { EntityId = english.EntityId, PageSize = 100 });
        Assert.All(mentions.Mentions, m => Assert.Equal(english.EntityId, m.EntityId));
        Assert.Contains(mentions.Mentions, m => documentIds.Contains(m.DocumentId));

        var related = await stack.Query.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = english.EntityId });
        Assert.NotEmpty(related.Related);
        Assert.DoesNotContain(related.Related, r => r.Entity.EntityId == english.EntityId);
    }
}
