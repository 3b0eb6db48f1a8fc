using Platform.Storage.Hosting;

namespace Platform.Query.Startup;

/// <summary>Waits (retrying while PostgreSQL starts) until every migration this build knows of is applied.</summary>
internal sealed class SchemaWaiter(IServiceProvider services, SchemaReadiness readiness, ILogger<SchemaWaiter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.WaitForMigrationsAsync(logger, stoppingToken);
        readiness.MarkReady();
        logger.LogInformation("Database schema is ready; serving queries");
    }
}
