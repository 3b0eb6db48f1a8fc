using System.Diagnostics;
using Grpc.Net.Client;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Curation.V1;
using Platform.Documents.V1;
using Platform.Query.V1;
using Xunit.Abstractions;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>
/// 256 calls in flight against the document and query services at once, on the stack as the AppHost runs it: every
/// call answers (the services' bounded pools queue for a connection instead of exhausting PostgreSQL's). A correctness
/// check under load, not a benchmark: eng/load.sh measures speed.
/// </summary>
[Collection(PlatformAppCollection.Name)]
public sealed class LoadTests(PlatformAppFixture stack, ITestOutputHelper output)
{
    private const int InFlight = 256;
    private const int CallsPerWorker = 12;

    [Fact]
    public async Task ReadsAndListings_256InFlight_AllAnswer()
    {
        using var documentsChannel = Channel("documents");
        using var queryChannel = Channel("query");
        var documents = new DocumentService.DocumentServiceClient(documentsChannel);
        var curations = new CurationService.CurationServiceClient(documentsChannel);
        var query = new QueryService.QueryServiceClient(queryChannel);
        var documentId = (await documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 1 })).Documents.Single().DocumentId;
        Func<int, Task>[] calls =
        [
            _ => query.GetEntityAsync(new GetEntityRequest { Name = "微软" }).ResponseAsync,
            _ => query.SearchEntitiesAsync(new SearchEntitiesRequest { Query = "Open" }).ResponseAsync,
            _ => query.ListMentionsAsync(new ListMentionsRequest { EntityId = "microsoft", PageSize = 20 }).ResponseAsync,
            _ => query.GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = "microsoft" }).ResponseAsync,
            _ => documents.ListDocumentsAsync(new ListDocumentsRequest { PageSize = 20 }).ResponseAsync,
            _ => documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId }).ResponseAsync,
            _ => curations.ListCurationsAsync(new ListCurationsRequest { EntityId = "microsoft" }).ResponseAsync,
        ];
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerWorker; i++)
            {
                try
                {
                    await calls[(worker + i) % calls.Length](i);
                }
                catch (Exception ex)
                {
                    failures.Add(ex.Message);
                }
            }
        })));

        output.WriteLine($"{InFlight * CallsPerWorker} calls, {InFlight} in flight: {clock.Elapsed.TotalSeconds:F1} s, {failures.Count} failed");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {InFlight * CallsPerWorker} calls failed, e.g. {failures.FirstOrDefault()}");
    }

    /// <summary>A client as a busy one would be: more than one HTTP/2 connection once 100 streams are in use.</summary>
    private GrpcChannel Channel(string service) => GrpcChannel.ForAddress(stack.GrpcAddress(service), new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
    });
}
