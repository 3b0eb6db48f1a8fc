using Npgsql;
using Platform.AppHost;
using Platform.AppHost.Hosting;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.AppHost.Hosting.Orchestration;
using Platform.AppHost.Hosting.Postgres;
using Platform.Services.Tests.EndToEnd;

namespace Platform.Services.Tests.AppHost;

/// <summary>The AppHost's PostgreSQL resolution order: connection string, Docker, local binaries, else a clear message.</summary>
public sealed class PostgresResolutionTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"platform-pg-resolution-{Guid.NewGuid():N}");
    private readonly StringWriter _log = new();

    public PostgresResolutionTests() => Directory.CreateDirectory(_scratch);

    [Fact]
    public async Task ConfiguredConnectionString_WinsOverLocalBinaries_AndStartsNothing()
    {
        const string configured = "Host=db.example;Username=app;Password=secret;Database=platformdb";
        var dataDirectory = Path.Combine(_scratch, "postgres");
        var (app, server) = Build($"--ConnectionStrings:platformdb={configured}", $"--Postgres:DataDirectory={dataDirectory}");

        await using var instance = await Provisioner(app).ProvisionAsync(server, CancellationToken.None);

        Assert.Equal(configured, app.GetConnectionString("platformdb"));
        Assert.Contains("ConnectionStrings:platformdb", instance.Description);
        Assert.False(Directory.Exists(dataDirectory), "a local server was initialised although a connection string was configured");
    }

    [Fact]
    public async Task LocalBinaries_WithoutConnectionStringOrDocker_RunAServerWithThePlatformDatabase_StoppedOnDispose()
    {
        var dataDirectory = Path.Combine(_scratch, "postgres");
        var (app, server) = Build($"--Postgres:DataDirectory={dataDirectory}");

        var instance = await Provisioner(app).ProvisionAsync(server, CancellationToken.None);
        try
        {
            Assert.Contains("local server", instance.Description);
            await using var connection = new NpgsqlConnection(app.GetConnectionString("platformdb"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal("platformdb", await command.ExecuteScalarAsync());
            Assert.NotEmpty(ProcessTree.WithCommandLineContaining(dataDirectory));
        }
        finally
        {
            await instance.DisposeAsync();
        }

        Assert.True(File.Exists(Path.Combine(dataDirectory, "PG_VERSION")), "the cluster was not kept in the data directory");
        Assert.Empty(ProcessTree.WithCommandLineContaining(dataDirectory));
    }

    [Fact]
    public async Task NothingAvailable_FailsWithAMessageNamingWhatToInstallOrSet()
    {
        var emptyBinDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "no-binaries")).FullName;
        var (app, server) = Build($"--Postgres:BinDirectory={emptyBinDirectory}");

        var error = await Assert.ThrowsAsync<PostgresUnavailableException>(() => Provisioner(app).ProvisionAsync(server, CancellationToken.None));

        Assert.Contains("apt-get install -y postgresql", error.Message);
        Assert.Contains("Docker", error.Message);
        Assert.Contains("ConnectionStrings__platformdb", error.Message);
    }

    [Fact]
    public async Task RunAsync_WhenNoPostgreSqlIsAvailable_PrintsTheMessageAndExitsNonZero()
    {
        var emptyBinDirectory = Directory.CreateDirectory(Path.Combine(_scratch, "no-binaries")).FullName;
        var ports = FreePorts.Take(3);
        var app = PlatformAppHost.Build(
        [
            "--Postgres:UseDocker=false", $"--Postgres:BinDirectory={emptyBinDirectory}",
            $"--Ports:documents={ports[0]}", $"--Ports:extraction={ports[1]}", $"--Ports:query={ports[2]}",
        ], _log);

        var exitCode = await app.RunAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("apt-get install -y postgresql", _log.ToString());
        Assert.DoesNotContain("[documents]", _log.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private (DistributedApplication App, PostgresServerResource Server) Build(params string[] args)
    {
        var app = PlatformAppHost.Build(["--Postgres:UseDocker=false", .. args], _log);
        return (app, app.Resources.OfType<PostgresServerResource>().Single());
    }

    private PostgresProvisioner Provisioner(DistributedApplication app) =>
        new(app.Configuration, app.Paths, new ResourceLogWriter(_log, useColor: false));
}
