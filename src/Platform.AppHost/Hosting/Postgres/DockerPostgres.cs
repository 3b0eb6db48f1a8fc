using System.Diagnostics;
using Npgsql;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.AppHost.Hosting.Orchestration;

namespace Platform.AppHost.Hosting.Postgres;

/// <summary>
/// The server as a container, like Aspire's AddPostgres: the configured image, a generated password and a
/// named data volume, published on a loopback port. The container is removed on stop; the volume stays.
/// </summary>
internal sealed class DockerPostgres(string docker, string containerName, string image, string serverConnectionString) : IPostgresInstance
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    public string Description => $"the container {containerName} ({image})";

    public static async Task<bool> IsEngineReachableAsync(string docker, CancellationToken cancellationToken) =>
        (await CommandLine.RunAsync(docker, ["info"], TimeSpan.FromSeconds(15), cancellationToken)).Succeeded;

    public static async Task<DockerPostgres> StartAsync(string docker, PostgresServerResource server, int? hostPort, ResourceLogWriter log, CancellationToken cancellationToken)
    {
        var containerName = $"platform-{server.Name}-{Environment.ProcessId}";
        var password = server.Password.Value;
        List<string> arguments =
        [
            "run", "--detach", "--rm", "--name", containerName,
            "--env", $"POSTGRES_USER={PostgresServerResource.UserName}",
            "--env", $"POSTGRES_PASSWORD={password}",
            "--env", "POSTGRES_HOST_AUTH_METHOD=scram-sha-256",
            "--env", "POSTGRES_INITDB_ARGS=--auth-host=scram-sha-256 --auth-local=scram-sha-256",
            "--publish", $"127.0.0.1:{hostPort?.ToString() ?? ""}:{PostgresServerResource.DefaultPort}",
        ];
        if (server.DataVolumeName is not null)
        {
            arguments.AddRange(["--volume", $"{server.DataVolumeName}:/var/lib/postgresql/data"]);
        }

        arguments.Add(server.Image);
        log.Write(server.Name, $"starting container {containerName} from {server.Image}");
        var run = await CommandLine.RunAsync(docker, arguments, TimeSpan.FromMinutes(5), cancellationToken);
        if (!run.Succeeded)
        {
            throw new PostgresUnavailableException($"`docker run {server.Image}` failed: {run.StandardError}");
        }

        var port = await PublishedPortAsync(docker, containerName, cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = PostgresServerResource.UserName,
            Password = password,
        }.ConnectionString;
        var instance = new DockerPostgres(docker, containerName, server.Image, connectionString);
        try
        {
            await WaitUntilAcceptingConnectionsAsync(connectionString, cancellationToken);
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    public async Task<string> GetDatabaseConnectionStringAsync(string databaseName, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = databaseName });
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{databaseName.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = databaseName }.ConnectionString;
    }

    public async ValueTask DisposeAsync() =>
        await CommandLine.RunAsync(docker, ["stop", containerName], CommandTimeout, CancellationToken.None);

    private static async Task<int> PublishedPortAsync(string docker, string containerName, CancellationToken cancellationToken)
    {
        var result = await CommandLine.RunAsync(docker, ["port", containerName, $"{PostgresServerResource.DefaultPort}/tcp"], CommandTimeout, cancellationToken);
        // "127.0.0.1:49153"
        var text = result.StandardOutput.Split('\n')[0];
        return int.TryParse(text[(text.LastIndexOf(':') + 1)..], out var port)
            ? port
            : throw new PostgresUnavailableException($"Could not read the published port of {containerName}: {result.StandardError}");
    }

    // The image's first start runs initdb behind a socket-only server; TCP answers only once the real server is up.
    private static async Task WaitUntilAcceptingConnectionsAsync(string connectionString, CancellationToken cancellationToken)
    {
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 }.ConnectionString;
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (elapsed.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }
}
