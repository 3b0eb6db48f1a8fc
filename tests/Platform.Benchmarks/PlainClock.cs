using System.Diagnostics;

namespace Platform.Benchmarks;

/// <summary>
/// A plain-clock throughput figure for our code, taken in the setup so it can be printed next to the peers'
/// figures, which are timed the same way.
/// </summary>
internal static class PlainClock
{
    /// <summary>
    /// Calls <paramref name="call"/> once and then until <paramref name="warmUp"/> has passed, then at least once
    /// and for <paramref name="duration"/>; returns characters per second of wall clock and of this process's CPU time.
    /// </summary>
    public static (double Wall, double Cpu) CharsPerSecond(Action call, long charsPerCall, TimeSpan warmUp, TimeSpan duration)
    {
        // Past tiered JIT first, or the figure mostly measures unoptimised code.
        var warmUpClock = Stopwatch.StartNew();
        do
        {
            call();
        }
        while (warmUpClock.Elapsed < warmUp);

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
