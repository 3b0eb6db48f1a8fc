using Grpc.Core;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>
/// PostgreSQL restarted (docker restart) while documents stream in: the services reconnect on their own, clients that
/// met UNAVAILABLE send again (ingest is idempotent by content), and every document is stored and extracted once.
/// </summary>
[Collection(PlatformAppCollection.Name)]
public sealed class DatabaseRestartTests(PlatformAppFixture stack)
{
    private const int Documents = 40;

    [Fact]
    public async Task PostgresRestartedMidIngest_EveryDocumentIsStoredAndExtractedOnce()
    {
        var containerId = stack.App.ResourceNotifications.TryGetCurrentState("postgres", out var postgres)
            ? postgres.Snapshot.Properties.FirstOrDefault(p => p.Name == "container.id")?.Value as string
            : null;
        Assert.True(containerId is not null, "PostgreSQL does not run as a container here; eng/prerequisites.sh sets the Docker engine and image up.");
        var batch = Enumerable.Range(0, Documents)
            .Select(i => $"Restart document {i}: Jensen Huang leads Nvidia, and Sundar Pichai leads Google. {Guid.NewGuid()}")
            .ToList();
        var ingested = new (string DocumentId, string Content)[Documents];
        var restarted = new TaskCompletionSource();

        await Parallel.ForEachAsync(Enumerable.Range(0, Documents), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            if (i == Documents / 4)
            {
                _ = DockerAsync("restart", containerId!).ContinueWith(done => restarted.TrySetFromTask(done), TaskScheduler.Default);
            }
            if (i >= Documents / 2)
            {
                await restarted.Task; // the second half is sent once PostgreSQL is back; the quarter before it meets the restart
            }
            var response = await UntilAvailableAsync(() => stack.Documents.IngestDocumentAsync(new IngestDocumentRequest { Content = batch[i] }).ResponseAsync);
            ingested[i] = (response.DocumentId, batch[i]);
        });
        foreach (var (documentId, _) in ingested)
        {
            await UntilAvailableAsync(async () => { await ExtractionWaiter.AssertSucceedsAsync(stack, documentId); return 0; });
        }

        Assert.Equal(Documents, ingested.Select(d => d.DocumentId).Distinct().Count());
        await ExtractedOnce.AssertAsync(stack, ingested);
    }

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
                await Task.Delay(250);
            }
        }
    }

    private static async Task DockerAsync(params string[] arguments)
    {
        var docker = await ExternalProgram.RunAsync("docker", arguments, TimeSpan.FromMinutes(2));
        Assert.True(docker.ExitCode == 0, $"docker {string.Join(' ', arguments)}: {docker.Errors}");
    }
}
