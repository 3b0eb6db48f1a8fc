using Npgsql;
using Platform.Hosting.PostgreSql;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run: <c>PLATFORM_TEST_CONNECTION_STRING</c> when set (a role that may
/// CREATE DATABASE), otherwise a throwaway cluster started once from the local binaries (unix socket only, fast
/// settings) and stopped when the test process ends — also if it is killed, by the server's watchdog.
/// </summary>
public static class TestPostgres
{
    public const string ConnectionStringVariable = "PLATFORM_TEST_CONNECTION_STRING";

    private static readonly Lazy<Task<string>> AdminConnectionString = new(StartAsync);
    private static LocalPostgresServer? _server;

    /// <summary>A superuser (or CREATEDB) connection string to the server's maintenance database.</summary>
    public static Task<string> GetAdminConnectionStringAsync() => AdminConnectionString.Value;

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }
        _server = await LocalPostgresServer.StartTemporaryAsync(new TemporaryPostgresOptions { Fast = true });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => _server.Dispose();
        return _server.GetConnectionString();
    }

    internal static async Task<string> CreateDatabaseAsync(string name)
    {
        var admin = await GetAdminConnectionStringAsync();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    internal static async Task DropDatabaseAsync(string name)
    {
        var admin = await GetAdminConnectionStringAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
