using Platform.Storage.Hosting;

namespace Platform.Documents.Startup;

/// <summary>Applies the schema migrations at start-up (this service owns them), retrying while PostgreSQL starts.</summary>
internal sealed class DatabaseMigrator(IServiceProvider services, DatabaseReadiness readiness, ILogger<DatabaseMigrator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await services.MigrateDatabaseAsync(logger, stoppingToken);
        readiness.MarkReady();
        logger.LogInformation("Database schema is up to date");
    }
}
