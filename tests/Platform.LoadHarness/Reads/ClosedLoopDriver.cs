using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;

namespace Platform.LoadHarness.Reads;

/// <summary>
/// Keeps a fixed number of calls in flight over a few HTTP/2 connections (as h2load's connections × streams) for a
/// warm-up and then a measured period; every call's latency and status inside the measured period is kept.
/// Written here rather than driving h2load because h2load cannot read gRPC's status, which travels in trailers.
/// </summary>
internal sealed class ClosedLoopDriver(IReadOnlyList<GrpcChannel> channels, TimeSpan warmUp, TimeSpan measured)
{
    public async Task<LoadResult> RunAsync(string name, int inFlight, Func<CallInvoker, Random, Task> call)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmUp.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(measured.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, inFlight)
            .Select(i => Task.Run(() => WorkAsync(channels[i % channels.Count].CreateCallInvoker(), new Random(i), call, measureFrom, measureTo)))
            .ToList();
        var outcomes = await Task.WhenAll(workers);

        var latencies = outcomes.SelectMany(o => o.Latencies).Order().ToArray();
        var failures = outcomes.SelectMany(o => o.Failures).GroupBy(f => f).ToDictionary(g => g.Key, g => (long)g.Count());
        var calls = latencies.Length + failures.Values.Sum();
        return new LoadResult(name, inFlight, calls, calls / measured.TotalSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), failures);
    }

    private static async Task<Outcome> WorkAsync(CallInvoker invoker, Random random, Func<CallInvoker, Random, Task> call, long measureFrom, long measureTo)
    {
        var outcome = new Outcome();
        while (true)
        {
            var begin = Stopwatch.GetTimestamp();
            if (begin >= measureTo)
            {
                return outcome;
            }
            StatusCode? failure = null;
            try
            {
                await call(invoker, random);
            }
            catch (RpcException ex)
            {
                failure = ex.StatusCode;
            }
            var end = Stopwatch.GetTimestamp();
            if (begin < measureFrom || end > measureTo)
            {
                continue;
            }
            if (failure is { } status)
            {
                outcome.Failures.Add(status);
            }
            else
            {
                outcome.Latencies.Add((end - begin) * 1000.0 / Stopwatch.Frequency);
            }
        }
    }

    private static double Percentile(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];

    private sealed class Outcome
    {
        public List<double> Latencies { get; } = [];
        public List<StatusCode> Failures { get; } = [];
    }
}
