namespace Platform.AppHost.Hosting.Postgres;

/// <summary>A database given by a configured connection string: nothing is started or stopped.</summary>
internal sealed class ConfiguredPostgres(string connectionString, string connectionName) : IPostgresInstance
{
    public string Description => $"the configured connection string ConnectionStrings:{connectionName}";

    public Task<string> GetDatabaseConnectionStringAsync(string databaseName, CancellationToken cancellationToken) =>
        Task.FromResult(connectionString);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
