namespace Platform.AppHost.Hosting.Postgres;

/// <summary>A PostgreSQL server the AppHost started (or found) for this run; disposing stops what was started.</summary>
public interface IPostgresInstance : IAsyncDisposable
{
    /// <summary>How the server was provided, for the start-up summary (e.g. "local server from /usr/lib/postgresql/15/bin").</summary>
    string Description { get; }

    /// <summary>The connection string of a database on this server, creating the database when it does not exist.</summary>
    Task<string> GetDatabaseConnectionStringAsync(string databaseName, CancellationToken cancellationToken);
}
