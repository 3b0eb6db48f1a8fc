using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Storage.Hosting;

/// <summary>
/// Unhealthy while the database is unreachable or lacks a migration this build knows of (gRPC health answers
/// NOT_SERVING); once the schema is current it stays so and the check costs nothing. A singleton.
/// </summary>
internal sealed class SchemaHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    private volatile bool _current;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_current)
        {
            return HealthCheckResult.Healthy("The database schema is up to date.");
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                return HealthCheckResult.Unhealthy(
                    $"{pending.Count} migration(s) not applied yet ({string.Join(", ", pending)}); the migration worker applies them.");
            }
            _current = true;
            return HealthCheckResult.Healthy("The database schema is up to date.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable.", ex);
        }
    }
}
