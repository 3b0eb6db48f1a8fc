using Microsoft.Extensions.Configuration;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.AppHost.Hosting.Orchestration;
using Platform.Hosting.PostgreSql;

namespace Platform.AppHost.Hosting.Postgres;

/// <summary>
/// Provides the PostgreSQL server of a run, first available wins:
/// (a) a configured <c>ConnectionStrings:{database}</c>; (b) a container when a Docker engine answers;
/// (c) a local server from the machine's binaries, data kept in <c>.platform-data/postgres</c>;
/// (d) otherwise <see cref="PostgresUnavailableException"/> naming what to install or set.
/// </summary>
/// <remarks>
/// Settings: <c>Postgres:UseDocker</c> (default true), <c>Postgres:DockerCommand</c> (default <c>docker</c>),
/// <c>Postgres:BinDirectory</c> (default: searched),
/// <c>Postgres:DataDirectory</c>, <c>Ports:postgres</c> (default: a free port).
/// </remarks>
public sealed class PostgresProvisioner(IConfiguration configuration, AppHostPaths paths, ResourceLogWriter log)
{
    public async Task<IPostgresInstance> ProvisionAsync(PostgresServerResource server, CancellationToken cancellationToken)
    {
        var instance = await StartServerAsync(server, cancellationToken);
        log.Write(server.Name, $"using {instance.Description}");
        try
        {
            foreach (var database in server.Databases)
            {
                database.RunConnectionString = await instance.GetDatabaseConnectionStringAsync(database.DatabaseName, cancellationToken);
            }
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    private async Task<IPostgresInstance> StartServerAsync(PostgresServerResource server, CancellationToken cancellationToken)
    {
        var configured = server.Databases
            .Select(d => (d.Name, ConnectionString: configuration.GetConnectionString(d.Name)))
            .FirstOrDefault(d => !string.IsNullOrWhiteSpace(d.ConnectionString));
        if (configured.ConnectionString is not null)
        {
            return new ConfiguredPostgres(configured.ConnectionString, configured.Name);
        }

        var hostPort = configuration.GetValue<int?>($"Ports:{server.Name}");
        var docker = configuration["Postgres:DockerCommand"] ?? "docker";
        if (configuration.GetValue("Postgres:UseDocker", true) && await DockerPostgres.IsEngineReachableAsync(docker, cancellationToken))
        {
            return await DockerPostgres.StartAsync(docker, server, hostPort, log, cancellationToken);
        }

        string binDirectory;
        try
        {
            binDirectory = PostgresBinaries.FindBinDirectory(configuration["Postgres:BinDirectory"]);
        }
        catch (InvalidOperationException)
        {
            throw new PostgresUnavailableException(NothingAvailableMessage(server));
        }

        var options = new LocalPostgresOptions
        {
            DataDirectory = configuration["Postgres:DataDirectory"] ?? Path.Combine(paths.DataDirectory, server.Name),
            Port = hostPort ?? 0,
            BinDirectory = binDirectory,
            Logger = new ResourceLogger(server.Name, log),
        };
        return new LocalPostgres(await LocalPostgresServer.StartAsync(options, cancellationToken), binDirectory);
    }

    private static string NothingAvailableMessage(PostgresServerResource server)
    {
        var database = server.Databases.FirstOrDefault()?.Name ?? server.Name;
        return $"""
            No PostgreSQL is available for '{database}': no connection string is configured, no Docker engine answers `docker info`, and no PostgreSQL server binaries (initdb, postgres) were found.
            Do one of:
              - install the PostgreSQL server: sudo apt-get install -y postgresql   (the AppHost then runs it itself, data in .platform-data/{server.Name})
              - start a Docker engine                                              (the AppHost then runs the {server.Image} image)
              - set ConnectionStrings__{database} to an existing database, e.g. ConnectionStrings__{database}="Host=localhost;Username=postgres;Password=...;Database={database}"
            """;
    }
}
