using System.Globalization;

namespace Platform.LoadHarness.Stack;

/// <summary>CPU time the whole machine spent busy so far (all cores, from /proc/stat): what the services left to others.</summary>
internal static class MachineCpu
{
    private const double ClockTicksPerSecond = 100; // USER_HZ

    public static TimeSpan Busy()
    {
        // "cpu  user nice system idle iowait irq softirq steal …": busy is everything but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Take(8).Sum() - fields[3] - fields[4];
        return TimeSpan.FromSeconds(busy / ClockTicksPerSecond);
    }
}
