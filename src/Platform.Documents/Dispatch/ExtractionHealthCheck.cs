using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.Documents.Dispatch;

/// <summary>DEGRADED while the extraction service is unreachable: documents are still stored, their extraction waits.</summary>
internal sealed class ExtractionHealthCheck(ExtractionReachability reachability) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(reachability.WaitReason is { } reason
            ? HealthCheckResult.Degraded($"Documents are stored, but their extraction is {reason}.")
            : HealthCheckResult.Healthy("The extraction service answers."));
}
