namespace Grpc.AspNetCore.HealthChecks;

public sealed class GrpcHealthChecksOptions
{
    /// <summary>How often Watch re-runs the health checks to detect a change. Default 5 s.</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(5);
}
