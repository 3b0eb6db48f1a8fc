using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Platform.Hosting.PostgreSql;

/// <summary>
/// A real PostgreSQL server run from this machine's binaries: initdb on first use, start, wait until it
/// accepts connections, stop. The server never outlives this process, however it ends: postgres runs
/// behind a watchdog shell that reads a pipe from our stdin and sends postgres SIGINT (fast shutdown)
/// when that pipe closes, which the kernel does even on SIGKILL. When the current user is root the
/// server runs as the `postgres` OS user (initdb and postgres refuse to run as root).
/// </summary>
public sealed class LocalPostgresServer : IAsyncDisposable, IDisposable
{
    private const string ServiceUser = "postgres";
    private const int DefaultPort = 5432;

    // Becomes postgres itself (exec keeps the pid); the background subshell holds the stdin pipe as fd 3
    // (an asynchronous list gets /dev/null as stdin) and signals $$, which by then is the postmaster.
    private const string WatchdogScript =
        "exec 3<&0 0</dev/null\n" +
        "( cat <&3 >/dev/null 2>&1; kill -INT $$ 2>/dev/null; exit 0 ) &\n" +
        "exec \"$@\" 3<&-\n";

    private readonly LocalPostgresOptions _options;
    private readonly ServerLog _log;
    private readonly string? _directoryToDelete;
    private Process? _process;

    private LocalPostgresServer(LocalPostgresOptions options, int port, string? directoryToDelete)
    {
        _options = options;
        _log = new ServerLog(options.Logger);
        Port = port;
        _directoryToDelete = directoryToDelete;
    }

    public string DataDirectory => _options.DataDirectory;

    /// <summary>The unix socket directory, or null when the server listens on TCP only.</summary>
    public string? SocketDirectory => _options.SocketDirectory;

    /// <summary>The port: the TCP port on 127.0.0.1 when TCP is on; otherwise it only names the socket file.</summary>
    public int Port { get; }

    public bool ListensOnTcp => _options.Port is not null;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts a server on the given data directory, running initdb first when it holds no cluster.</summary>
    public static async Task<LocalPostgresServer> StartAsync(LocalPostgresOptions options, CancellationToken cancellationToken = default)
    {
        if (options.SocketDirectory is null && options.Port is null)
        {
            throw new ArgumentException("Give a SocketDirectory, a Port or both: the server must listen somewhere.", nameof(options));
        }
        var port = options.Port switch
        {
            null => DefaultPort,
            0 => FreeTcpPort(),
            var p => p.Value,
        };
        var server = new LocalPostgresServer(options with { Port = options.Port is null ? null : port }, port, directoryToDelete: null);
        await server.StartCoreAsync(cancellationToken);
        return server;
    }

    /// <summary>
    /// Starts a throwaway cluster in a fresh directory under /dev/shm (or the temp directory), deleted on
    /// dispose. Directories of earlier throwaway clusters whose owning process is gone are removed first.
    /// </summary>
    public static async Task<LocalPostgresServer> StartTemporaryAsync(TemporaryPostgresOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TemporaryPostgresOptions();
        var cluster = TemporaryClusters.Create(options.Logger);
        var serverOptions = new LocalPostgresOptions
        {
            DataDirectory = cluster.DataDirectory,
            SocketDirectory = cluster.SocketDirectory,
            Port = options.UseTcp ? 0 : null,
            Fast = options.Fast,
            Logger = options.Logger,
            Settings = options.Settings,
            BinDirectory = options.BinDirectory,
        };
        var port = options.UseTcp ? FreeTcpPort() : DefaultPort;
        var server = new LocalPostgresServer(serverOptions with { Port = options.UseTcp ? port : null }, port, cluster.Root);
        try
        {
            await server.StartCoreAsync(cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>A connection string for the superuser `postgres` (trust authentication) and the given database.</summary>
    public string GetConnectionString(string database = "postgres") => CreateConnectionStringBuilder(database).ConnectionString;

    public NpgsqlConnectionStringBuilder CreateConnectionStringBuilder(string database = "postgres") => new()
    {
        Host = SocketDirectory ?? "127.0.0.1",
        Port = Port,
        Username = ServiceUser,
        Database = database,
    };

    /// <summary>Creates a database (owned by the superuser) unless it exists.</summary>
    public async Task CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = name });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Fast shutdown (SIGINT), waiting for the server to exit.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var process = _process;
        if (process is null)
        {
            return;
        }
        _process = null;
        // Closing the watchdog's pipe is the shutdown signal.
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _log.Warning("PostgreSQL did not stop within 30 s; killing it");
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
        _log.Info("PostgreSQL stopped");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        TemporaryClusters.Delete(_directoryToDelete);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var binDirectory = PostgresBinaries.FindBinDirectory(_options.BinDirectory);
        var runAsServiceUser = PosixProcesses.IsRoot;
        Directory.CreateDirectory(DataDirectory);
        if (SocketDirectory is not null)
        {
            Directory.CreateDirectory(SocketDirectory);
        }
        if (runAsServiceUser)
        {
            await GiveToServiceUserAsync(cancellationToken);
        }
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            await InitDbAsync(binDirectory, runAsServiceUser, cancellationToken);
        }
        await WaitForPreviousServerToExitAsync(cancellationToken);

        var startInfo = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = DataDirectory,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(WatchdogScript);
        startInfo.ArgumentList.Add("postgres-watchdog");
        foreach (var argument in AsServiceUser(runAsServiceUser, Path.Combine(binDirectory, "postgres"), ServerArguments()))
        {
            startInfo.ArgumentList.Add(argument);
        }
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start PostgreSQL.");
        _process = process;
        process.OutputDataReceived += (_, e) => _log.ServerLine(e.Data);
        process.ErrorDataReceived += (_, e) => _log.ServerLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _log.Info($"PostgreSQL starting (pid {process.Id}) on {Describe()}");

        await WaitUntilReadyAsync(process, cancellationToken);
        _log.Info($"PostgreSQL ready on {Describe()}");
    }

    // A server of this data directory whose owner just ended is still shutting down (its watchdog sent SIGINT):
    // give it a moment rather than fail on its lock file.
    private async Task WaitForPreviousServerToExitAsync(CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        for (var i = 0; i < 200 && File.Exists(pidFile); i++)
        {
            string? firstLine;
            try
            {
                firstLine = File.ReadLines(pidFile).FirstOrDefault();
            }
            catch (IOException)
            {
                return;
            }
            if (!int.TryParse(firstLine, out var pid) || !PosixProcesses.IsAlive(pid)
                || PosixProcesses.CommandName(pid) is not ("postgres" or "postmaster"))
            {
                return;
            }
            if (i == 0)
            {
                _log.Info($"Waiting for the previous PostgreSQL (pid {pid}) of {DataDirectory} to exit");
            }
            await Task.Delay(50, cancellationToken);
        }
    }

    private IEnumerable<string> ServerArguments()
    {
        yield return "-D";
        yield return DataDirectory;
        yield return "-p";
        yield return Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "-k";
        yield return SocketDirectory ?? "";
        var settings = new Dictionary<string, string>
        {
            ["listen_addresses"] = ListensOnTcp ? "127.0.0.1" : "",
            ["logging_collector"] = "off",
        };
        if (_options.Fast)
        {
            settings["fsync"] = "off";
            settings["synchronous_commit"] = "off";
            settings["full_page_writes"] = "off";
            settings["max_connections"] = "300";
        }
        foreach (var (name, value) in _options.Settings)
        {
            settings[name] = value;
        }
        foreach (var (name, value) in settings)
        {
            yield return "-c";
            yield return $"{name}={value}";
        }
    }

    private async Task InitDbAsync(string binDirectory, bool runAsServiceUser, CancellationToken cancellationToken)
    {
        _log.Info($"Initialising a PostgreSQL cluster in {DataDirectory}");
        var arguments = new List<string> { "-D", DataDirectory, "-U", ServiceUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8" };
        if (_options.Fast)
        {
            arguments.Add("--no-sync");
        }
        var command = AsServiceUser(runAsServiceUser, Path.Combine(binDirectory, "initdb"), arguments).ToList();
        await PosixProcesses.RunAsync(command[0], command.Skip(1), DataDirectory, cancellationToken);
    }

    private static IEnumerable<string> AsServiceUser(bool runAsServiceUser, string program, IEnumerable<string> arguments)
    {
        if (runAsServiceUser)
        {
            // setpriv execs the program, so the started process is the program itself (unlike runuser).
            yield return "setpriv";
            yield return $"--reuid={ServiceUser}";
            yield return $"--regid={ServiceUser}";
            yield return "--init-groups";
        }
        yield return program;
        foreach (var argument in arguments)
        {
            yield return argument;
        }
    }

    private async Task GiveToServiceUserAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PosixProcesses.RunAsync("id", ["-u", ServiceUser], "/", cancellationToken);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"Running as root, PostgreSQL must run as the OS user '{ServiceUser}', which does not exist. " +
                "Install the server package (`apt-get install -y postgresql` creates the user) or run as a non-root user.");
        }
        var directories = new List<string> { DataDirectory };
        if (SocketDirectory is not null)
        {
            directories.Add(SocketDirectory);
        }
        await PosixProcesses.RunAsync("chown", ["-R", $"{ServiceUser}:{ServiceUser}", .. directories], "/", cancellationToken);
        // PostgreSQL insists on a data directory only its owner can read.
        await PosixProcesses.RunAsync("chmod", ["700", DataDirectory], "/", cancellationToken);
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                _process = null;
                throw new InvalidOperationException(
                    $"PostgreSQL exited with code {process.ExitCode} while starting on {Describe()}. Its last output:\n{_log.Tail()}");
            }
            if (IsReady(pidFile, process.Id) && await AcceptsConnectionsAsync(cancellationToken))
            {
                return;
            }
            if (deadline.Elapsed > _options.StartTimeout)
            {
                await StopAsync(CancellationToken.None);
                throw new TimeoutException(
                    $"PostgreSQL was not ready within {_options.StartTimeout.TotalSeconds:0} s on {Describe()}. Its last output:\n{_log.Tail()}");
            }
            await Task.Delay(25, cancellationToken);
        }
    }

    // Line 1 of postmaster.pid is the postmaster's pid, line 8 its status ("ready" once it accepts connections).
    private static bool IsReady(string pidFile, int pid)
    {
        try
        {
            var lines = File.ReadAllLines(pidFile);
            return lines.Length >= 8 && lines[0].Trim() == pid.ToString(System.Globalization.CultureInfo.InvariantCulture) && lines[7].Trim() == "ready";
        }
        catch (IOException)
        {
            return false;
        }
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken cancellationToken)
    {
        var builder = CreateConnectionStringBuilder();
        builder.Pooling = false;
        builder.Timeout = 2;
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private string Describe() =>
        string.Join(" and ", new[]
        {
            SocketDirectory is null ? null : $"unix socket {SocketDirectory}",
            ListensOnTcp ? $"127.0.0.1:{Port}" : null,
        }.Where(x => x is not null));

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
