using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Storage;
using Platform.Storage.Hosting;

namespace Platform.MigrationService;

/// <summary>
/// Brings the platform database's schema up to date, then the services' roles and grants (<see cref="ServiceRoles"/>),
/// and stops the host; a failure exits non-zero.
/// </summary>
internal sealed class MigrationWorker(
    IServiceProvider services,
    IConfiguration configuration,
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
            await using var scope = services.CreateAsyncScope();
            var connection = (NpgsqlConnection)scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.GetDbConnection();
            await connection.OpenAsync(stoppingToken);
            await ServiceRoles.EnsureAsync(connection, ServiceRoles.ConfiguredPasswords(configuration), logger, stoppingToken);
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
