namespace Platform.AppHost.Hosting.Postgres;

/// <summary>No PostgreSQL could be found or started; the message says what to install or configure.</summary>
public sealed class PostgresUnavailableException(string message) : Exception(message);
