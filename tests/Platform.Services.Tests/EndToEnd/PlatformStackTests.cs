using System.Reflection;
using Grpc.Core;
using Platform.AppHost;
using Platform.Documents.V1;
using Platform.Query.V1;

namespace Platform.Services.Tests.EndToEnd;

[Collection(PlatformStackCollection.Name)]
public sealed class PlatformStackTests(PlatformStackFixture stack)
{
    private static readonly TimeSpan ExtractionTimeout = TimeSpan.FromMinutes(10);

    [DevCorpusFact]
    public async Task DevCorpus_IngestedThroughTheStack_MicrosoftAnd微软AreOneEntityWithMentionsAndRelations()
    {
        var documentIds = new List<string>();
        foreach (var file in DevCorpus.TextFiles)
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

        Assert.Equal(2, documentIds.Distinct().Count());
        foreach (var documentId in documentIds)
        {
            await WaitForExtractionAsync(documentId);
        }

        var chinese = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "微软" })).Entity;
        var english = (await stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;
        Assert.True(chinese.EntityId == english.EntityId,
            $"微软 resolved to {chinese.EntityId} ({chinese.Name}) but Microsoft to {english.EntityId} ({english.Name}).");
        Assert.True(english.MentionCount > 0, $"Microsoft has {english.MentionCount} mentions.");
        Assert.True(english.DocumentCount >= 1, $"Microsoft appears in {english.DocumentCount} documents.");

        var mentions = await stack.Query.ListMentionsAsync(new ListMentionsRequest { EntityId = english.EntityId, PageSize = 100 });
        Assert.NotEmpty(mentions.Mentions);
        Assert.All(mentions.Mentions, m => Assert.Equal(english.EntityId, m.EntityId));
        Assert.Contains(mentions.Mentions, m => documentIds.Contains(m.DocumentId));

        var related = await stack.Query.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = english.EntityId });
        Assert.NotEmpty(related.Related);
        Assert.DoesNotContain(related.Related, r => r.Entity.EntityId == english.EntityId);
    }

    [Fact]
    public async Task Start_IngestsEachEmbeddedSampleDocumentOnce()
    {
        var sampleCount = typeof(PlatformAppHost).Assembly.GetManifestResourceNames()
            .Count(n => n.StartsWith("Platform.AppHost.SampleDocuments.", StringComparison.Ordinal));
        var sampleUris = new List<string>();
        var request = new ListDocumentsRequest { PageSize = 100 };
        do
        {
            var page = await stack.Documents.ListDocumentsAsync(request);
            sampleUris.AddRange(page.Documents.Select(d => d.SourceUri).Where(uri => uri.StartsWith("sample://", StringComparison.Ordinal)));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.True(sampleCount >= 5, $"only {sampleCount} sample documents are embedded in the AppHost");
        Assert.Equal(sampleCount, sampleUris.Count);
        Assert.Equal(sampleCount, sampleUris.Distinct().Count());
        Assert.Contains("sample documents:", stack.Log.Text());
    }

    private async Task WaitForExtractionAsync(string documentId)
    {
        using var call = stack.Documents.WatchExtraction(
            new WatchExtractionRequest { DocumentId = documentId }, deadline: DateTime.UtcNow + ExtractionTimeout);
        var last = ExtractionStatus.Unspecified;
        var error = "";
        await foreach (var update in call.ResponseStream.ReadAllAsync())
        {
            last = update.ExtractionStatus;
            error = update.ExtractionError;
        }

        Assert.True(last == ExtractionStatus.Succeeded,
            $"Extraction of {documentId} ended with {last} {error}\n{stack.Log.Tail()}");
    }
}
