using System.Diagnostics;
using Grpc.Core;
using Platform.Documents.V1;
using Platform.LoadHarness.Corpus;
using Platform.Query.V1;

namespace Platform.LoadHarness.Writes;

/// <summary>
/// Ingest → queryable, one document at a time: from the IngestDocument call until the query service lists the
/// entities extracted from it (polled every 5 ms, through the read cache, so a stale cached answer would show here).
/// </summary>
internal sealed class QueryableLatency(CallInvoker documents, CallInvoker query)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    public async Task<double[]> MeasureAsync(IEnumerable<GeneratedDocument> probes, CancellationToken cancellationToken)
    {
        var documentClient = new DocumentService.DocumentServiceClient(documents);
        var queryClient = new QueryService.QueryServiceClient(query);
        var latencies = new List<double>();
        foreach (var probe in probes)
        {
            var clock = Stopwatch.StartNew();
            var ingested = await documentClient.IngestDocumentAsync(
                new IngestDocumentRequest { Content = probe.Content, Title = probe.Title, SourceUri = probe.SourceUri }, cancellationToken: cancellationToken);
            while ((await queryClient.ListDocumentEntitiesAsync(
                       new ListDocumentEntitiesRequest { DocumentId = ingested.DocumentId }, cancellationToken: cancellationToken)).Entities.Count == 0)
            {
                if (clock.Elapsed > GiveUpAfter)
                {
                    throw new TimeoutException($"Document {ingested.DocumentId} was not queryable within {GiveUpAfter}.");
                }
                await Task.Delay(PollInterval, cancellationToken);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        return [.. latencies.Order()];
    }
}
