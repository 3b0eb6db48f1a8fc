using Grpc.Health.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.Documents;
using Platform.Documents.V1;
using Platform.Extraction;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage.Entities;
using ExtractionStatus = Platform.Documents.V1.ExtractionStatus;

namespace Platform.Services.Tests.Documents;

/// <summary>The outbox: jobs survive an unavailable extraction service and a crashed dispatcher.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ExtractionDispatchTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Ingest_WhileExtractionServiceIsDown_HealthIsDegradedAndTheDocumentSaysWhy_ThenItIsExtractedWithinSecondsOfItsReturn()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        var extractionAddress = ServiceHost.FreeAddress();
        // A back-off of minutes: only the probe noticing the service's return can make the document run within seconds.
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, extractionAddress,
            "--ExtractionDispatcher:InitialBackoff=00:05:00", "--ExtractionDispatcher:MaxBackoff=00:05:00");
        var client = new DocumentService.DocumentServiceClient(documents.Channel);
        var health = documents.Services.GetRequiredService<HealthCheckService>();

        var ingested = await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"OpenAI met Google in London. {Guid.NewGuid()}" });
        Platform.Documents.V1.Document waiting = null!;
        await WaitUntilAsync(async () =>
        {
            waiting = (await client.GetDocumentAsync(new GetDocumentRequest { DocumentId = ingested.DocumentId })).Document;
            return waiting.ExtractionError.Contains("unreachable", StringComparison.Ordinal);
        });
        var whileDown = await health.CheckHealthAsync();

        Assert.Equal(ExtractionStatus.Pending, waiting.ExtractionStatus);
        Assert.Equal(HealthStatus.Degraded, whileDown.Status);
        Assert.Contains("unreachable", whileDown.Entries["extraction"].Description);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, await documents.HealthAsync());

        // As an attempt that failed against the down service leaves it: retried only after the back-off.
        await using (var db = database.CreateDbContext())
        {
            var id = Guid.Parse(ingested.DocumentId);
            await db.ExtractionJobs.Where(j => j.DocumentId == id).ExecuteUpdateAsync(set => set
                .SetProperty(j => j.Attempts, 1).SetProperty(j => j.NextAttemptAt, DateTimeOffset.UtcNow.AddMinutes(5)));
        }
        await using var extraction = await ServiceHost.StartOnAsync(ExtractionApp.Build, extractionAddress, database.ConnectionSetting);

        var document = await DocumentStatus.WaitForTerminalAsync(client, ingested.DocumentId, TimeSpan.FromSeconds(20));
        Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }

    [Fact]
    public async Task RunningJobWithExpiredLease_IsCompletedAfterDocumentServiceRestart()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        var extractionAddress = ServiceHost.FreeAddress();
        string documentId;
        await using (var crashed = await DocumentsStack.StartDocumentsAsync(database, extractionAddress))
        {
            var client = new DocumentService.DocumentServiceClient(crashed.Channel);
            documentId = (await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Sam Altman runs OpenAI. {Guid.NewGuid()}" })).DocumentId;
        }
        // What a dispatcher that died mid-call leaves behind: the job RUNNING under a lease that has run out.
        var id = Guid.Parse(documentId);
        await using (var db = database.CreateDbContext())
        {
            await db.ExtractionJobs.Where(j => j.DocumentId == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, ExtractionJobState.Running)
                .SetProperty(j => j.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.ExtractionStatus, Platform.Storage.Entities.ExtractionStatus.Running));
        }

        await using var extraction = await ServiceHost.StartOnAsync(ExtractionApp.Build, extractionAddress, database.ConnectionSetting);
        await using var restarted = await DocumentsStack.StartDocumentsAsync(database, extractionAddress);
        var restartedClient = new DocumentService.DocumentServiceClient(restarted.Channel);

        var document = await DocumentStatus.WaitForTerminalAsync(restartedClient, documentId);
        Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
        await using var check = database.CreateDbContext();
        Assert.Equal(ExtractionJobState.Succeeded, (await check.ExtractionJobs.SingleAsync(j => j.DocumentId == id)).State);
    }

    [Fact]
    public async Task RunningJobWithLiveLease_IsNotTakenOverByAnotherDispatcher()
    {
        await using var stack = await DocumentsStack.StartAsync();
        var documentId = Guid.NewGuid();
        await using (var db = stack.Database.CreateDbContext())
        {
            var now = DateTimeOffset.UtcNow;
            db.Documents.Add(new Platform.Storage.Entities.Document
            {
                Id = documentId, Content = "Leased OpenAI text", ContentSha256 = Guid.NewGuid().ToString("N"), SizeChars = 18,
                ExtractionStatus = Platform.Storage.Entities.ExtractionStatus.Running, CreatedAt = now, UpdatedAt = now,
            });
            db.ExtractionJobs.Add(new ExtractionJob
            {
                DocumentId = documentId, State = ExtractionJobState.Running, Attempts = 1,
                NextAttemptAt = now.AddMinutes(10), CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await using var check = stack.Database.CreateDbContext();
        var job = await check.ExtractionJobs.SingleAsync(j => j.DocumentId == documentId);
        Assert.Equal(1, job.Attempts);
        Assert.Equal(ExtractionJobState.Running, job.State);
    }

    [Fact]
    public async Task Job_FailingWithANonTransientError_IsMarkedFailedWithTheErrorAfterMaxAttempts()
    {
        await using var database = await postgres.CreateDatabaseAsync(migrate: true);
        await using var otherDatabase = await postgres.CreateDatabaseAsync(migrate: true);
        // A real gRPC server that does not implement ExtractionService: every call fails with UNIMPLEMENTED.
        await using var wrongService = await DocumentsStack.StartDocumentsAsync(otherDatabase, ServiceHost.FreeAddress());
        await using var documents = await DocumentsStack.StartDocumentsAsync(database, wrongService.Address.ToString(),
            "--ExtractionDispatcher:MaxAttempts=2");
        var client = new DocumentService.DocumentServiceClient(documents.Channel);

        var ingested = await client.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Doomed text {Guid.NewGuid()}" });

        var document = await DocumentStatus.WaitForTerminalAsync(client, ingested.DocumentId);
        Assert.Equal(ExtractionStatus.Failed, document.ExtractionStatus);
        Assert.Contains("Unimplemented", document.ExtractionError);
        await using var db = database.CreateDbContext();
        var job = await db.ExtractionJobs.SingleAsync(j => j.DocumentId == Guid.Parse(ingested.DocumentId));
        Assert.Equal(ExtractionJobState.Failed, job.State);
        Assert.True(job.Attempts >= 2);
    }

    [Fact]
    public async Task WatchExtraction_StreamsStatusChangesUntilSucceeded()
    {
        await using var stack = await DocumentsStack.StartAsync();
        var ingested = await stack.Documents.IngestDocumentAsync(new IngestDocumentRequest { Content = $"Google and OpenAI. {Guid.NewGuid()}" });

        using var call = stack.Documents.WatchExtraction(new WatchExtractionRequest { DocumentId = ingested.DocumentId });
        var statuses = new List<ExtractionStatus>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            Assert.Equal(ingested.DocumentId, call.ResponseStream.Current.DocumentId);
            statuses.Add(call.ResponseStream.Current.ExtractionStatus);
        }

        Assert.Equal(ExtractionStatus.Succeeded, statuses[^1]);
        // Changes only: never the same status twice in a row.
        Assert.All(statuses.Zip(statuses.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true within 30 s.");
            await Task.Delay(100);
        }
    }
}
