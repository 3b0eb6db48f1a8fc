using Grpc.Core;

namespace Platform.LoadHarness.Reads;

/// <summary>What one closed-loop run measured: completed calls per second, latency percentiles, failures by status.</summary>
public sealed record LoadResult(string Name, int InFlight, long Calls, double CallsPerSecond, double P50Ms, double P99Ms,
    IReadOnlyDictionary<StatusCode, long> Failures)
{
    public long FailureCount => Failures.Values.Sum();

    public string DescribeFailures() => FailureCount == 0 ? "0"
        : string.Join(", ", Failures.OrderByDescending(f => f.Value).Select(f => $"{f.Value} {f.Key}"));
}
