using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// The fallback where no container engine runs: a throwaway cluster started with the AppHost's own
/// <c>run-postgres.sh</c> (initdb, then the postmaster as the postgres user when root) on a free port.
/// </summary>
internal sealed class LocalPostgres : IDisposable
{
    private const string Password = "platform-tests";
    private readonly Process _watchdog;
    private readonly string _root;

    private LocalPostgres(Process watchdog, string root, int port)
    {
        _watchdog = watchdog;
        _root = root;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Password={Password};Database=postgres";
    }

    public string ConnectionString { get; }

    public static string? BinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres"))).Order().LastOrDefault()
            : null;

    public static async Task<LocalPostgres> StartAsync()
    {
        RemoveStoppedClusters();
        var root = Path.Combine(Path.GetTempPath(), $"platform-test-pg-{Guid.NewGuid():N}");
        var port = FreePort();
        var script = Path.Combine(Platform.Tests.RepositoryRoot.Path, "src", "Platform.AppHost", "postgres", "run-postgres.sh");
        // postgres does not die with its parent: a shell holds our stdin and stops the server when that pipe
        // closes, which happens however this process ends.
        var watchdog = Process.Start(new ProcessStartInfo("bash", ["-c", "\"$0\" & pid=$!; cat >/dev/null; kill -INT $pid; wait $pid", script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PG_BIN"] = BinDirectory()!,
                ["PG_DATA"] = Path.Combine(root, "data"),
                ["PG_PASSWORD"] = Password,
                ["PGPORT"] = port.ToString(),
            },
        })!;
        var server = new LocalPostgres(watchdog, root, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(server.ConnectionString);
                await connection.OpenAsync();
                return server;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException && DateTime.UtcNow < deadline && !watchdog.HasExited)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Clusters of earlier runs whose server has stopped (no postmaster.pid): the test host may exit before Dispose finishes.</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "platform-test-pg-*")
                     .Where(dir => !File.Exists(Path.Combine(dir, "data", "postmaster.pid"))))
        {
            TryDelete(stale);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _watchdog.StandardInput.Close();
        _watchdog.WaitForExit(TimeSpan.FromSeconds(10));
        TryDelete(_root);
    }
}
