using Grpc.Health.V1;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Platform.Grpc.Server;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Grpc.Health;

/// <summary>
/// Maps ASP.NET Core health checks to gRPC serving status. "" covers every check. A service name covers the checks
/// named or tagged with it; a mapped gRPC service without such checks follows the overall status. Degraded counts as serving.
/// </summary>
internal sealed class HealthStatusEvaluator(
    HealthCheckService healthChecks,
    IOptions<HealthCheckServiceOptions> healthCheckOptions,
    GrpcServiceRegistry registry)
{
    public async Task<ServingStatus> EvaluateAsync(string service, CancellationToken cancellationToken)
    {
        var predicate = SelectChecks(service);
        if (predicate is null) return ServingStatus.ServiceUnknown;
        var report = await healthChecks.CheckHealthAsync(predicate, cancellationToken).ConfigureAwait(false);
        return report.Status == HealthStatus.Unhealthy ? ServingStatus.NotServing : ServingStatus.Serving;
    }

    private Func<HealthCheckRegistration, bool>? SelectChecks(string service)
    {
        if (service.Length == 0) return _ => true;
        bool Covers(HealthCheckRegistration registration) => registration.Name == service || registration.Tags.Contains(service);
        if (healthCheckOptions.Value.Registrations.Any(Covers)) return Covers;
        return registry.Services.Any(s => s.Name == service) ? _ => true : null;
    }
}
