using Platform.Hosting.PostgreSql;

namespace Platform.AppHost.Hosting.Postgres;

/// <summary>A server run from this machine's PostgreSQL binaries, keeping its data between runs.</summary>
internal sealed class LocalPostgres(LocalPostgresServer server, string binDirectory) : IPostgresInstance
{
    public string Description => $"a local server from {binDirectory}, data in {server.DataDirectory}";

    public async Task<string> GetDatabaseConnectionStringAsync(string databaseName, CancellationToken cancellationToken)
    {
        await server.CreateDatabaseAsync(databaseName, cancellationToken);
        return server.GetConnectionString(databaseName);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
