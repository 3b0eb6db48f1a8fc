using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Storage;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database on the test run's PostgreSQL server (<see cref="TestPostgres"/>), dropped on dispose.
/// <code>
/// await using var database = await TestDatabase.CreateAsync();            // empty: no schema yet
/// await using var migrated = await TestDatabase.CreateAsync(migrate: true); // schema applied, as the migration worker does
/// await using var db = migrated.CreateDbContext();
/// </code>
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The setting that points a service at this database (<c>ConnectionStrings:platformdb</c>).</summary>
    public string ConnectionSetting => $"--ConnectionStrings:platformdb={ConnectionString}";

    public static async Task<TestDatabase> CreateAsync(bool migrate = false)
    {
        var name = $"test_{Guid.NewGuid():N}";
        var database = new TestDatabase(name, await TestPostgres.CreateDatabaseAsync(name));
        if (migrate)
        {
            await using var db = database.CreateDbContext();
            await db.Database.MigrateAsync();
        }
        return database;
    }

    /// <summary>A context on this database (not pooled, no retry strategy): for seeding and assertions.</summary>
    public PlatformDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<PlatformDbContext>().UseNpgsql(ConnectionString).Options);

    /// <summary>
    /// Ends the query service's LISTEN connection (<c>platform-query-cache-listener</c>) from the server side, as a
    /// failover or a restart of PostgreSQL would, once it exists (it connects in the background at start-up).
    /// </summary>
    public async Task TerminateChangeListenerAsync(TimeSpan allowance)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'platform-query-cache-listener'",
            connection);
        var deadline = DateTime.UtcNow + allowance;
        while ((long)(await terminate.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"No change listener connected within {allowance}.");
            await Task.Delay(5);
        }
    }

    public ValueTask DisposeAsync() => new(TestPostgres.DropDatabaseAsync(Name));
}
