using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Documents.V1;
using Platform.Extraction;
using Platform.Services.Tests.Infrastructure;
using Platform.Storage;
using Testcontainers.PostgreSql;

namespace Platform.Services.Tests.Documents;

/// <summary>
/// PostgreSQL stops and starts again while documents stream in: clients see UNAVAILABLE meanwhile and send again (an
/// ingest is idempotent by content), and afterwards every document is stored once and extracted once.
/// A server of its own (the shared one serves every other test), its data kept across the restart.
/// </summary>
public sealed class DatabaseRestartTests
{
    private const int Documents = 120;

    [Fact(Timeout = 300_000)] // a restart that never completes fails the test instead of holding up the run
    public async Task IngestAcrossAPostgresRestart_StoresAndExtractsEachDocumentOnce()
    {
        ContainerEnvironment.ApplyDefaults();
        var port = PortOutsideTheEphemeralRange();
        await using var postgres = new PostgreSqlBuilder(TestPostgres.Image)
            .WithImagePullPolicy(DotNet.Testcontainers.Images.PullPolicy.Never)
            .WithPortBinding(port, 5432) // the same address after the restart
            .Build();
        await postgres.StartAsync();
        var connectionString = postgres.GetConnectionString();
        await using (var migrate = Context(connectionString))
        {
            await migrate.Database.MigrateAsync();
        }
        var setting = $"--ConnectionStrings:platformdb={connectionString}";
        await using var extraction = await ServiceHost.StartAsync(ExtractionApp.Build, setting);
        await using var documents = await ServiceHost.StartAsync(Platform.Documents.DocumentsApp.Build,
            [setting, $"--services:extraction:grpc:0={extraction.Address}", .. DocumentsStack.FastDispatcher]);
        var client = new DocumentService.DocumentServiceClient(documents.Channel);

        var ingested = new string[Documents];
        var contents = new string[Documents];
        var restarted = new TaskCompletionSource();
        var ingest = Parallel.ForEachAsync(Enumerable.Range(0, Documents), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            if (i == Documents / 4)
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await postgres.StopAsync();
                        await postgres.StartAsync();
                        restarted.SetResult();
                    }
                    catch (Exception ex)
                    {
                        restarted.SetException(ex); // the test fails saying why, instead of waiting for ever
                    }
                });
            }
            if (i >= Documents / 2)
            {
                await restarted.Task; // the second half is sent once PostgreSQL is back; the quarter before it meets the restart
            }
            contents[i] = $"Document {i}: Sam Altman leads OpenAI, and Satya Nadella leads Microsoft. {Guid.NewGuid()}";
            var request = new IngestDocumentRequest { Content = contents[i] };
            ingested[i] = (await UntilAvailableAsync(() => client.IngestDocumentAsync(request).ResponseAsync)).DocumentId;
        });
        await ingest.WaitAsync(TimeSpan.FromMinutes(4));
        foreach (var id in ingested)
        {
            var document = await UntilAvailableAsync(() => DocumentStatus.WaitForTerminalAsync(client, id, TimeSpan.FromMinutes(2)));
            Assert.Equal(ExtractionStatus.Succeeded, document.ExtractionStatus);
        }

        await using var db = Context(connectionString);
        Assert.Equal(Documents, await db.Documents.CountAsync());
        Assert.Equal(Documents, ingested.Distinct().Count());
        var doubled = await db.Mentions.GroupBy(m => new { m.DocumentId, m.Start, m.End, m.EntityId }).CountAsync(g => g.Count() > 1);
        Assert.Equal(0, doubled);
        // Each entity's counts are those of its stored mentions: no extraction was counted twice or lost.
        var drifted = await db.Entities.CountAsync(e => e.MentionCount != db.Mentions.Count(m => m.EntityId == e.Id));
        Assert.Equal(0, drifted);
        // Each document holds the mentions one extraction of its text gives: none twice over, none missing.
        var stored = await db.Mentions.GroupBy(m => m.DocumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var engine = new Platform.Extraction.V1.ExtractionService.ExtractionServiceClient(extraction.Channel);
        for (var i = 0; i < Documents; i++)
        {
            var expected = (await engine.ExtractAsync(new Platform.Extraction.V1.ExtractRequest { Text = contents[i] })).Mentions.Count;
            Assert.Equal(expected, stored.GetValueOrDefault(Guid.Parse(ingested[i])));
        }
        Assert.Equal(Documents, await db.Mentions.Select(m => m.DocumentId).Distinct().CountAsync());
    }

    /// <summary>
    /// A free port below the kernel's ephemeral range (32768–60999): while PostgreSQL is stopped its port is released,
    /// and the other tests' services, which bind port 0, could otherwise be handed it before it starts again.
    /// </summary>
    private static int PortOutsideTheEphemeralRange()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = Random.Shared.Next(20_000, 30_000);
            try
            {
                using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (System.Net.Sockets.SocketException)
            {
                // taken: try another
            }
        }
        throw new InvalidOperationException("No free port between 20000 and 30000.");
    }

    private static PlatformDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<PlatformDbContext>().UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure()).Options);

    /// <summary>What a client does while the database restarts: send again after UNAVAILABLE, for up to two minutes.</summary>
    private static async Task<T> UntilAvailableAsync<T>(Func<Task<T>> call)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            try
            {
                return await call();
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Unavailable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
