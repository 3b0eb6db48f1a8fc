using System.Diagnostics;
using Platform.Storage.Hosting;

namespace Platform.MigrationService;

/// <summary>Brings the platform database's schema up to date and stops the host; a failure exits non-zero.</summary>
internal sealed class MigrationWorker(
    IServiceProvider services,
    IHostApplicationLifetime lifetime,
    ILogger<MigrationWorker> logger) : BackgroundService
{
    public const string ActivitySourceName = "Platform.MigrationService";
    private static readonly ActivitySource s_activitySource = new(ActivitySourceName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var activity = s_activitySource.StartActivity("Migrating database", ActivityKind.Client);
        try
        {
            await services.MigrateDatabaseAsync(logger, stoppingToken);
            logger.LogInformation("Database schema is up to date");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            activity?.AddException(ex);
            logger.LogCritical(ex, "Migrating the database failed");
            Environment.ExitCode = 1;
        }
        lifetime.StopApplication();
    }
}
