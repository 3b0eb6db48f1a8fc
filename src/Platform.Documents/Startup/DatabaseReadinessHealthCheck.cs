using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Documents.Startup;

/// <summary>Unhealthy (gRPC health NOT_SERVING) until the migrations are applied.</summary>
internal sealed class DatabaseReadinessHealthCheck(DatabaseReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("Database schema is up to date.")
            : HealthCheckResult.Unhealthy("Database migrations have not been applied yet."));
}
