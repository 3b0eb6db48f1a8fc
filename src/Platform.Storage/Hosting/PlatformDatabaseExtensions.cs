using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Platform.Storage.Hosting;

public static class PlatformDatabaseExtensions
{
    /// <summary>The connection string name every service reads (<c>ConnectionStrings__platformdb</c>).</summary>
    public const string ConnectionName = "platformdb";

    /// <summary>
    /// Connections one service may hold at once, unless <c>Platform:Database:MaxPoolSize</c> or the connection string
    /// says otherwise. Three services at 20 each, plus the migration worker, stay under PostgreSQL's default
    /// <c>max_connections</c> of 100; calls beyond it queue for a connection instead of failing with 53300.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

    private const int AutoPreparedStatements = 64;

    /// <summary>
    /// <see cref="PlatformDbContext"/> through Aspire's Npgsql EF Core integration (pooled contexts, retries, tracing
    /// and metrics) on a bounded connection pool, and a health check that stays unhealthy while the database is
    /// unreachable or the migration worker has not brought the schema up to date; the stored API keys for the access check.
    /// </summary>
    public static TBuilder AddPlatformDatabase<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var maxPoolSize = builder.Configuration.GetValue("Platform:Database:MaxPoolSize", DefaultMaxPoolSize);
        builder.AddNpgsqlDbContext<PlatformDbContext>(ConnectionName, settings =>
        {
            settings.ConnectionString = WithPoolSettings(settings.ConnectionString, maxPoolSize);
            // SchemaHealthCheck checks reachability too, and the schema, without tracing its probes.
            settings.DisableHealthChecks = true;
        });
        builder.Services.AddSingleton<IApiKeyDirectory, Access.StoredApiKeys>();
        builder.Services.AddSingleton<SchemaHealthCheck>();
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "platformdb-schema", services => services.GetRequiredService<SchemaHealthCheck>(), failureStatus: null, tags: null));
        return builder;
    }

    private static string? WithPoolSettings(string? connectionString, int maxPoolSize)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return connectionString; // Aspire reports the missing setting by name.
        }
        var parsed = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            parsed.MaxPoolSize = maxPoolSize;
        }
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            // Statements a connection runs again and again are prepared on it: parsed and planned once, not per call.
            parsed.MaxAutoPrepare = AutoPreparedStatements;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            // No service leaves session state on a pooled connection (the cache listener has its own, unpooled), so
            // the reset statements sent each time a connection is taken from the pool would be work for nothing.
            parsed.NoResetOnClose = true;
        }
        return parsed.ConnectionString;
    }
}
