using System.Diagnostics;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.V1;
using Platform.LoadHarness.Corpus;
using Platform.LoadHarness.Stack;
using Platform.Storage;
using Spectre.Console;
using StoredStatus = Platform.Storage.Entities.ExtractionStatus;

namespace Platform.LoadHarness.Writes;

/// <summary>
/// Sends the generated documents over IngestDocuments streams and waits, with a progress bar, until every one of
/// them has been extracted; each service's CPU time and the machine's over the same interval say what bounds it.
/// </summary>
internal sealed class SustainedIngestion(CallInvoker documents, string connectionString, IReadOnlyList<ServiceProcess> services)
{
    private const int DocumentsPerStream = 250;

    public async Task<IngestionResult> RunAsync(IReadOnlyList<GeneratedDocument> corpus, CancellationToken cancellationToken)
    {
        await using var db = new PlatformDbContext(new DbContextOptionsBuilder<PlatformDbContext>().UseNpgsql(connectionString).Options);
        var settledBefore = await SettledAsync(db, cancellationToken);
        var cpuBefore = services.ToDictionary(s => s.Service, s => s.CpuTime());
        var machineBefore = MachineCpu.Busy();
        var clock = Stopwatch.StartNew();
        var created = 0;

        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var sending = progress.AddTask("ingested", maxValue: corpus.Count);
                var extracting = progress.AddTask("extracted", maxValue: corpus.Count);
                var client = new DocumentService.DocumentServiceClient(documents);
                foreach (var batch in corpus.Chunk(DocumentsPerStream))
                {
                    using var stream = client.IngestDocuments(cancellationToken: cancellationToken);
                    foreach (var document in batch)
                    {
                        await stream.RequestStream.WriteAsync(new IngestDocumentRequest
                        {
                            Content = document.Content,
                            Title = document.Title,
                            SourceUri = document.SourceUri,
                        }, cancellationToken);
                    }
                    await stream.RequestStream.CompleteAsync();
                    created += (await stream).CreatedCount;
                    sending.Increment(batch.Length);
                    extracting.Value = await SettledAsync(db, cancellationToken) - settledBefore;
                }
                while (extracting.Value < created)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                    extracting.Value = await SettledAsync(db, cancellationToken) - settledBefore;
                }
                extracting.Value = corpus.Count;
            });

        var elapsed = clock.Elapsed;
        var cpu = services.ToDictionary(s => s.Service, s => s.CpuTime() - cpuBefore[s.Service]);
        var machine = MachineCpu.Busy() - machineBefore;
        var failed = await db.Documents.CountAsync(d => d.ExtractionStatus == StoredStatus.Failed, cancellationToken);
        return new IngestionResult(created, corpus.Sum(d => (long)d.Content.Length), elapsed, cpu, machine, failed);
    }

    private static Task<int> SettledAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        db.Documents.CountAsync(d => d.ExtractionStatus == StoredStatus.Succeeded || d.ExtractionStatus == StoredStatus.Failed, cancellationToken);
}
