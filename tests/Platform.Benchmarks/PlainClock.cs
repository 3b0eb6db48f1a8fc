using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// A plain-clock throughput figure for our code, taken in the setup so it can be printed next to the peers'
/// figures, which are timed the same way.
/// </summary>
internal static class PlainClock
{
    // The runtime's default call count before a method is recompiled optimised (TC_CallCountThreshold).
    private const int TieredCompilationCalls = 30;

    /// <summary>
    /// Calls <paramref name="call"/> until <paramref name="warmUp"/> has passed and at least 30 times, then at least once
    /// and for <paramref name="duration"/>; returns characters per second of wall clock and of this process's CPU time.
    /// </summary>
    public static (double Wall, double Cpu) CharsPerSecond(Action call, long charsPerCall, TimeSpan warmUp, TimeSpan duration)
    {
        // Past tiered JIT first, or the figure mostly measures unoptimised code: a time alone was four calls of a
        // 230 ms engine, and the figure read 0.6 of BenchmarkDotNet's median.
        var warmUpClock = Stopwatch.StartNew();
        for (var calls = 0; calls < TieredCompilationCalls || warmUpClock.Elapsed < warmUp; calls++)
        {
            call();
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < duration || runs == 0)
        {
            call();
            runs++;
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var chars = (double)charsPerCall * runs;
        return (chars / wall, chars / cpu);
    }
}
