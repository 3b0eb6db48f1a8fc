using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Platform.AppHost.Tests.EndToEnd;
using Platform.AppHost.Tests.Infrastructure;
using Platform.AppHost.Tests.Interop;
using Platform.AppHost.Tests.Publishing;
using Platform.Documents.V1;
using Platform.Query.V1;
using Xunit.Abstractions;

namespace Platform.AppHost.Tests.Containers;

/// <summary>The end-to-end checks against the images built here, run by deploy/compose as containers on one Docker network.</summary>
[Collection(ContainerStackCollection.Name)]
public sealed class ContainerStackTests(ContainerStackFixture fixture, ITestOutputHelper output)
{
    private ComposeStack Stack => fixture.Stack;

    [DockerFact]
    public async Task Images_RunAsNonRootOnTheProjectsDebianBase_WithHealthChecksOnTheServices()
    {
        var baseLayers = Layers(await InspectAsync("platform/aspnet:10.0"));
        foreach (var (resource, _) in AspireManifest.LoadCommitted().OfType("project.v0"))
        {
            var image = $"platform/{resource}:latest";
            var inspected = await InspectAsync(image);
            var config = inspected.GetProperty("Config");
            Assert.Equal("1654", config.GetProperty("User").GetString());
            Assert.True(Layers(inspected).Take(baseLayers.Count).SequenceEqual(baseLayers), $"{image} is not built on platform/aspnet:10.0");
            var healthCheck = config.TryGetProperty("Healthcheck", out var h) && h.ValueKind == JsonValueKind.Object
                ? string.Join(' ', h.GetProperty("Test").EnumerateArray().Select(t => t.GetString())) : null;
            if (resource == "migrations")
            {
                Assert.Null(healthCheck);
            }
            else
            {
                Assert.Equal("CMD http-probe", healthCheck);
            }
            output.WriteLine($"{image}: {inspected.GetProperty("Size").GetInt64() / 1e6:F0} MB");
        }
    }

    [DockerFact]
    public async Task SampleDocuments_IngestedIntoTheContainers_AreExtractedAndOneEntityAcrossLanguages()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.SampleDocuments, "*.txt").Order(StringComparer.Ordinal))
        {
            var ingested = await Stack.Documents.IngestDocumentAsync(new IngestDocumentRequest
            {
                Content = await File.ReadAllTextAsync(file),
                SourceUri = $"test://containers/{Path.GetFileName(file)}",
            });
            await ExtractionWaiter.AssertSucceedsAsync(Stack, ingested.DocumentId);
        }

        var chinese = (await Stack.Query.GetEntityAsync(new GetEntityRequest { Name = "微软" })).Entity;
        var english = (await Stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;
        Assert.Equal(english.EntityId, chinese.EntityId);
        Assert.True(english.DocumentCount >= 3, $"Microsoft is named in {english.DocumentCount} documents");
    }

    [DockerFact]
    public async Task PythonGrpcio_CallsEveryServiceInTheContainers_WithTheApiKey()
    {
        var result = await InteropClient.RunPythonAsync(Stack, "documents", "extraction", "query");

        foreach (var service in new[] { "documents", "extraction", "query" })
        {
            InteropClient.AssertPassed(Stack, result, service, "unary", "server stream", "error", "deadline");
        }
    }

    [DockerFact(RequiresDevCorpus = true)]
    public async Task PythonGrpcio_IngestsDevCorpusIntoTheContainers_GetsMicrosoftAnd微软AsOneEntity()
    {
        var result = await InteropClient.RunPythonAsync(Stack, "corpus", "--corpus-dir", DevCorpus.Directory!);

        InteropClient.AssertPassed(Stack, result, "corpus", "ingest", "entity");
    }

    [DockerFact]
    public async Task FrontDoor_AnswersTheJsonApiWithTheKey_AndRefusesWithout()
    {
        using var http = new HttpClient { BaseAddress = Stack.FrontDoorAddress };
        var lookup = "/v1/entities:lookup?name=" + Uri.EscapeDataString("微软");

        using var refused = await http.GetAsync(lookup);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, lookup);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Stack.ApiKey);
        using var answered = await http.SendAsync(request);
        Assert.True(answered.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound,
            $"{answered.StatusCode}: {await answered.Content.ReadAsStringAsync()}");
    }

    [DockerFact]
    public async Task StoppedAndStartedAgain_OrRemovedAndCreatedAgain_TheStackKeepsItsData()
    {
        var ingested = await Stack.Documents.IngestDocumentAsync(new IngestDocumentRequest
        {
            // Written for this test.
            Content = "Kestrel Harbor Analytics opened an office in Lisbon. 微软与 Kestrel Harbor Analytics 签署了合作协议。",
            SourceUri = "test://containers/restart",
        });
        await ExtractionWaiter.AssertSucceedsAsync(Stack, ingested.DocumentId);
        var before = (await Stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;

        await Stack.ComposeAsync("stop", "--timeout", "20");
        await Stack.ComposeAsync("start");
        await Stack.WaitHealthyAsync();
        await AssertKeptAsync(ingested.DocumentId, before);

        // "down" removes the containers and the network but not the volume: "up" finds the data again.
        await Stack.ComposeAsync("down", "--timeout", "20");
        await Stack.UpAsync();
        await AssertKeptAsync(ingested.DocumentId, before);
    }

    private async Task AssertKeptAsync(string documentId, Entity before)
    {
        var document = await Stack.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId });
        Assert.Equal(ExtractionStatus.Succeeded, document.Document.ExtractionStatus);
        var after = (await Stack.Query.GetEntityAsync(new GetEntityRequest { Name = "Microsoft" })).Entity;
        Assert.Equal(before.MentionCount, after.MentionCount);
        Assert.Equal(before.DocumentCount, after.DocumentCount);
    }

    private static async Task<JsonElement> InspectAsync(string image) =>
        JsonDocument.Parse(await ComposeStack.DockerAsync("image", "inspect", "--format", "{{json .}}", image)).RootElement;

    private static List<string?> Layers(JsonElement inspected) =>
        inspected.GetProperty("RootFS").GetProperty("Layers").EnumerateArray().Select(l => l.GetString()).ToList();
}
