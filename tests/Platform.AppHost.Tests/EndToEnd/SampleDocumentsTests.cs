using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>What the AppHost's <c>samples</c> resource leaves behind once it has finished.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class SampleDocumentsTests(PlatformAppFixture stack)
{
    [Fact]
    public async Task Start_IngestsEverySampleDocument_AndEachExtractionSucceeds()
    {
        var samples = Directory.GetFiles(RepositoryPaths.SampleDocuments, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(samples.Count >= 5, $"only {samples.Count} sample documents in {RepositoryPaths.SampleDocuments}");

        var documents = await ListAllDocumentsAsync();

        foreach (var sample in samples)
        {
            var sourceUri = new Uri(sample).AbsoluteUri;
            var document = documents.SingleOrDefault(d => d.SourceUri == sourceUri);
            Assert.True(document is not null,
                $"no document with source_uri {sourceUri}; listed: {string.Join(", ", documents.Select(d => d.SourceUri))}");
            Assert.True(document.ExtractionStatus == ExtractionStatus.Succeeded,
                $"{Path.GetFileName(sample)}: extraction {document.ExtractionStatus} {document.ExtractionError}");
        }
    }

    [Fact]
    public async Task GetEntity_MicrosoftAnd微软_ResolveToTheSameEntityWithMentions()
    {
        var chinese = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "微软" })).Entity;
        var english = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;

        Assert.True(chinese.EntityId == english.EntityId,
            $"微软 resolved to {chinese.EntityId} ({chinese.Name}) but Microsoft to {english.EntityId} ({english.Name}).");
        Assert.True(english.MentionCount > 0, $"Microsoft has {english.MentionCount} mentions.");
        Assert.True(english.DocumentCount >= 2, $"Microsoft appears in {english.DocumentCount} documents; several samples name it.");
        var mentions = await stack.Query.ListMentionsAsync(new ListMentionsRequest { EntityId = english.EntityId, PageSize = 100 });
        Assert.Contains(mentions.Mentions, m => m.Text == "微软");
        Assert.Contains(mentions.Mentions, m => m.Text == "Microsoft");
    }

    private async Task<List<Document>> ListAllDocumentsAsync()
    {
        var documents = new List<Document>();
        var request = new ListDocumentsRequest { PageSize = 100 };
        do
        {
            var page = await stack.Documents.ListDocumentsAsync(request);
            documents.AddRange(page.Documents);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        return documents;
    }
}
