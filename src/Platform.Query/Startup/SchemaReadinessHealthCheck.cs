using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Query.Startup;

/// <summary>Unhealthy (gRPC health NOT_SERVING) until the schema migrations are applied.</summary>
internal sealed class SchemaReadinessHealthCheck(SchemaReadiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("Database schema is ready.")
            : HealthCheckResult.Unhealthy("Waiting for the document service to apply the database migrations."));
}
