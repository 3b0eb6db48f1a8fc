using System.Globalization;
using Grpc.Core;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Xunit.Abstractions;

namespace Platform.AppHost.Tests.Containers;

/// <summary>
/// Three extraction replicas behind one network name share the outbox: the document service spreads ExtractDocument
/// over them (gRPC round robin over what DNS lists) and one of them is killed mid-batch. A stack of its own, so the
/// other container tests' data does not count.
/// </summary>
[Collection(ContainerStackCollection.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output)
{
    private const int Documents = 1_000;
    private const int Replicas = 3;
    private static readonly TimeSpan ExtractionTimeout = TimeSpan.FromMinutes(15);

    [DockerFact]
    public async Task ThreeExtractionReplicas_OneKilledMidway_ExtractEveryDocumentExactlyOnce()
    {
        await using var stack = await ComposeStack.StartAsync("scale", extractionReplicas: Replicas);
        var replicas = await stack.ContainersAsync("extraction");
        Assert.Equal(Replicas, replicas.Count);

        var ingested = await IngestAsync(stack);
        Assert.Equal(Documents, ingested.Distinct().Count());

        // Kill one replica once a third of the batch is stored: it holds calls in flight, and DNS still lists it for a while.
        await WaitUntilAsync(stack, succeeded => succeeded >= Documents / 3);
        var killed = replicas[0];
        await ComposeStack.DockerAsync("kill", killed);
        output.WriteLine($"killed {killed}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await WaitUntilAsync(stack, succeeded => succeeded == Documents);
        output.WriteLine($"the rest extracted {clock.Elapsed.TotalSeconds:F0} s after the kill");

        // None lost: every job settled SUCCEEDED. None done twice: each job's results were stored exactly once.
        var jobs = await stack.SqlAsync("SELECT state, extractions, count(*) FROM extraction_jobs GROUP BY state, extractions ORDER BY 1, 2");
        Assert.True(jobs is [[var state, var extractions, var count]] && state == "3" && extractions == "1" && count == $"{Documents}",
            $"(state, extractions, jobs): {string.Join("; ", jobs.Select(r => string.Join(", ", r)))}");
        var documents = await stack.SqlAsync("SELECT extraction_status, count(*) FROM documents GROUP BY 1");
        Assert.True(documents is [[_, var stored]] && stored == $"{Documents}", $"documents by status: {string.Join("; ", documents.Select(r => string.Join(", ", r)))}");
        // No mention stored twice: the entities' counts add up to the mentions stored.
        var counts = await stack.SqlAsync("SELECT (SELECT count(*) FROM mentions), (SELECT coalesce(sum(mention_count), 0) FROM entities)");
        Assert.Equal(counts[0][0], counts[0][1]);

        // Every replica took a share, the killed one until it died.
        foreach (var replica in replicas)
        {
            var logs = await ExternalProgram.RunAsync("docker", ["logs", replica], TimeSpan.FromMinutes(1));
            var stores = $"{logs.Output}\n{logs.Errors}".Split('\n').Count(line => line.Contains("Stored extraction of document", StringComparison.Ordinal));
            output.WriteLine($"{replica}: {stores} extractions stored");
            Assert.True(stores > 0, $"{replica} stored no extraction: the calls did not reach it");
        }
    }

    private static async Task<List<string>> IngestAsync(ComposeStack stack)
    {
        var samples = Directory.GetFiles(RepositoryPaths.SampleDocuments, "*.txt").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).ToList();
        var ids = new List<string>();
        // Two streams: one carries at most 1,000 documents (Ingestion:MaxDocumentsPerStream).
        foreach (var half in Enumerable.Range(0, Documents).Chunk(Documents / 2))
        {
            using var call = stack.Documents.IngestDocuments();
            foreach (var i in half)
            {
                await call.RequestStream.WriteAsync(new IngestDocumentRequest
                {
                    // Distinct content: documents are deduplicated by it.
                    Content = $"{samples[i % samples.Count]}\n\n（样稿第 {i.ToString(CultureInfo.InvariantCulture)} 份 / sample copy {i.ToString(CultureInfo.InvariantCulture)}）",
                    SourceUri = $"test://containers/scale/{i}",
                });
            }
            await call.RequestStream.CompleteAsync();
            var response = await call;
            Assert.Empty(response.Rejected);
            ids.AddRange(response.Documents.Select(d => d.DocumentId));
        }
        return ids;
    }

    private async Task WaitUntilAsync(ComposeStack stack, Func<int, bool> done)
    {
        using var timeout = new CancellationTokenSource(ExtractionTimeout);
        while (true)
        {
            var succeeded = int.Parse((await stack.SqlAsync("SELECT count(*) FROM documents WHERE extraction_status = 3"))[0][0], CultureInfo.InvariantCulture);
            if (done(succeeded))
            {
                return;
            }
            if (timeout.IsCancellationRequested)
            {
                var states = await stack.SqlAsync("SELECT state, count(*), max(last_error) FROM extraction_jobs GROUP BY state");
                Assert.Fail($"{succeeded} of {Documents} extracted after {ExtractionTimeout}; jobs: {string.Join("; ", states.Select(r => string.Join(", ", r)))}\n{stack.LogTails(20)}");
            }
            await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        }
    }
}
