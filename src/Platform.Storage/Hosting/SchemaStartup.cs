using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.Storage.Hosting;

/// <summary>Whether a service applies the schema migrations (only the document service) or waits for them.</summary>
public enum SchemaRole
{
    Migrate,
    WaitForMigrations,
}

public static class SchemaStartupExtensions
{
    /// <summary>The platform database (<c>ConnectionStrings:platformdb</c>) and this service's part in its schema.</summary>
    public static TBuilder AddPlatformDatabase<TBuilder>(this TBuilder builder, SchemaRole role) where TBuilder : IHostApplicationBuilder
    {
        builder.AddNpgsqlDbContext<PlatformDbContext>("platformdb");
        return builder.AddSchemaStartup(role);
    }

    /// <summary>
    /// At start-up, applies or awaits the migrations (retrying while PostgreSQL starts), then opens
    /// <see cref="SchemaReadiness"/>; until then the health check "database-migrated" reports NOT_SERVING.
    /// </summary>
    public static TBuilder AddSchemaStartup<TBuilder>(this TBuilder builder, SchemaRole role) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton<SchemaReadiness>();
        builder.Services.AddHostedService(services => new SchemaStartup(services, role));
        builder.Services.AddHealthChecks().AddCheck<SchemaReadinessHealthCheck>("database-migrated");
        return builder;
    }
}

internal sealed class SchemaStartup(IServiceProvider services, SchemaRole role) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = services.GetRequiredService<ILogger<SchemaStartup>>();
        if (role == SchemaRole.Migrate)
        {
            await services.MigrateDatabaseAsync(logger, stoppingToken);
        }
        else
        {
            await services.WaitForMigrationsAsync(logger, stoppingToken);
        }
        services.GetRequiredService<SchemaReadiness>().MarkReady();
        logger.LogInformation("Database schema is up to date");
    }
}

internal sealed class SchemaReadinessHealthCheck(SchemaReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("Database schema is up to date.")
            : HealthCheckResult.Unhealthy("Database migrations have not been applied yet."));
}
