using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;

namespace Platform.Storage.Hosting;

/// <summary>
/// Unhealthy while the database is unreachable or lacks a migration this build knows of, so gRPC health answers
/// NOT_SERVING. Once the schema has been seen current, only reachability is checked. A singleton.
/// The database is probed at most once per <see cref="ProbeInterval"/>: every grpc.health.v1 Check runs this check,
/// and a client polling health thousands of times a second must not take the connections the reads need.
/// </summary>
internal sealed class SchemaHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private volatile bool _schemaCurrent;
    private Task<HealthCheckResult>? _probe;
    private long _probeStartedMs;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (_probe is null || now - _probeStartedMs >= ProbeInterval.TotalMilliseconds)
            {
                // Not the caller's token: the probe's answer is shared with every caller until the next one.
                _probe = ProbeAsync(CancellationToken.None);
                _probeStartedMs = now;
            }
            return _probe.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        // Probes run every few seconds, also outside any request: their SQL would bury the traces people look for.
        using var untraced = SuppressInstrumentationScope.Begin();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database is unreachable.");
            }
            if (!_schemaCurrent)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy(
                        $"{pending.Count} migration(s) not applied yet ({string.Join(", ", pending)}); the migration worker applies them.");
                }
                _schemaCurrent = true;
            }
            return HealthCheckResult.Healthy("The database is reachable and its schema is up to date.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable.", ex);
        }
    }
}
