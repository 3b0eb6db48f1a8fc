using System.Text.Json.Nodes;
using Grpc.Core;
using Platform.Cli;
using Platform.Cli.Infrastructure;
using Platform.Extraction.V1;
using Platform.Query;
using Platform.Query.V1;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Query;

/// <summary>WatchEntity over the real services: documents ingested, extracted and announced through PostgreSQL.</summary>
public sealed class WatchEntityTests(DocumentsStack stack) : IClassFixture<DocumentsStack>, IAsyncLifetime
{
    private static readonly TimeSpan NoticeTimeout = TimeSpan.FromSeconds(30);

    private ServiceHost _query = null!;
    private QueryService.QueryServiceClient _client = null!;

    public async Task InitializeAsync()
    {
        _query = await ServiceHost.StartAsync(QueryApp.Build, stack.Database.ConnectionSetting, "--Platform:Query:Watch:MaxWatches=2");
        _client = new QueryService.QueryServiceClient(_query.Channel);
        await stack.IngestAndExtractAsync($"OpenAI opens the watch tests. {Guid.NewGuid()}");
    }

    public async Task DisposeAsync() => await _query.DisposeAsync();

    [Fact]
    public async Task WatchEntity_NewDocuments_SendEachMentioningDocumentOnceAndNoOther()
    {
        using var watch = _client.WatchEntity(new WatchEntityRequest { EntityId = "openai" });
        await watch.ResponseHeadersAsync;

        var first = await stack.IngestAndExtractAsync($"Sam Altman said OpenAI will ship a new model. {Guid.NewGuid()}");
        var notice = await NextNoticeAsync(watch);
        Assert.Equal(first, notice.DocumentId);
        var mention = Assert.Single(notice.Mentions);
        Assert.Equal("OpenAI", mention.Text);
        Assert.StartsWith("Sam Altman said OpenAI", mention.Snippet);

        // Extracted again (a retried job): nothing new to send. A document without the entity: nothing either.
        await stack.Extraction.ExtractDocumentAsync(new ExtractDocumentRequest { DocumentId = first });
        await stack.IngestAndExtractAsync($"Google and DeepMind trained Gemini. {Guid.NewGuid()}");
        var third = await stack.IngestAndExtractAsync($"微软继续投资OpenAI。OpenAI表示感谢。{Guid.NewGuid()}");

        notice = await NextNoticeAsync(watch);
        Assert.Equal(third, notice.DocumentId);
        Assert.Equal(["OpenAI", "OpenAI"], notice.Mentions.Select(m => m.Text));
    }

    [Fact]
    public async Task WatchEntity_ChangeNotificationsLost_SendsWhatWasExtractedMeanwhileOnce_AndNothingFromBeforeTheWatch()
    {
        using var watch = _client.WatchEntity(new WatchEntityRequest { EntityId = "openai" });
        await watch.ResponseHeadersAsync;

        // The listener comes back a second later and looks again at the last minute's documents: the one extracted
        // while it was away is news; the one InitializeAsync extracted before the watch began is not.
        await stack.Database.TerminateChangeListenerAsync(NoticeTimeout);
        var meanwhile = await stack.IngestAndExtractAsync($"OpenAI published a paper while nobody listened. {Guid.NewGuid()}");
        Assert.Equal(meanwhile, (await NextNoticeAsync(watch)).DocumentId);

        var after = await stack.IngestAndExtractAsync($"OpenAI hired a new researcher. {Guid.NewGuid()}");
        Assert.Equal(after, (await NextNoticeAsync(watch)).DocumentId);
    }

    [Fact]
    public async Task WatchEntity_UnknownEntity_ReturnsNotFound()
    {
        using var watch = _client.WatchEntity(new WatchEntityRequest { EntityId = "no-such-entity" });

        var error = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task WatchEntity_BeyondTheMaximumOfWatches_ReturnsResourceExhaustedWithTheSetting()
    {
        using var first = _client.WatchEntity(new WatchEntityRequest { EntityId = "openai" });
        using var second = _client.WatchEntity(new WatchEntityRequest { EntityId = "openai" });
        await first.ResponseHeadersAsync;
        await second.ResponseHeadersAsync;

        using var third = _client.WatchEntity(new WatchEntityRequest { EntityId = "openai" });
        var error = await Assert.ThrowsAsync<RpcException>(() => third.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("Platform:Query:Watch:MaxWatches", error.Status.Detail);
    }

    [Fact]
    public async Task WatchCommand_Count_PrintsTheNoticeAsJsonAndEnds()
    {
        var output = new StringWriter();
        var cli = PlatformCli.RunAsync(["watch", "OpenAI", "--count", "1", "--json", "--query-address", _query.Address.ToString()],
            CliConsole.ForWriters(output, new StringWriter()), _ => null);

        // Documents ingested before the watch is in place are not sent: keep ingesting until one is.
        var deadline = DateTime.UtcNow + NoticeTimeout;
        var ingested = new List<string>();
        while (!cli.IsCompleted && DateTime.UtcNow < deadline)
        {
            ingested.Add(await stack.IngestAndExtractAsync($"OpenAI, seen from the command line. {Guid.NewGuid()}"));
            await Task.WhenAny(cli, Task.Delay(500));
        }

        Assert.Equal(0, await cli);
        var notice = JsonNode.Parse(output.ToString())!;
        Assert.Contains((string)notice["documentId"]!, ingested);
        Assert.Equal("OpenAI", (string)notice["mentions"]![0]!["text"]!);
    }

    private static async Task<EntityNotice> NextNoticeAsync(AsyncServerStreamingCall<EntityNotice> watch)
    {
        using var timeout = new CancellationTokenSource(NoticeTimeout);
        Assert.True(await watch.ResponseStream.MoveNext(timeout.Token), "The watch ended without a notice.");
        return watch.ResponseStream.Current;
    }
}
