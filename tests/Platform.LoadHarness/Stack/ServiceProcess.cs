using System.Globalization;

namespace Platform.LoadHarness.Stack;

/// <summary>A service's process on this machine, found by its program name, read from /proc: memory and CPU time.</summary>
internal sealed record ServiceProcess(string Service, int Pid)
{
    private const double ClockTicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    /// <summary>The process of <c>Platform.&lt;Name&gt;</c> (its apphost or <c>dotnet Platform.&lt;Name&gt;.dll</c>), if it runs here.</summary>
    public static ServiceProcess? Find(string service, string assemblyName)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            string[] arguments;
            try
            {
                arguments = File.ReadAllText(Path.Combine(directory, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue; // the process ended meanwhile, or is not ours to read
            }
            var program = arguments.Take(2).Select(Path.GetFileName).ToList();
            if (program.Contains(assemblyName) || program.Contains(assemblyName + ".dll"))
            {
                return new ServiceProcess(service, pid);
            }
        }
        return null;
    }

    public long WorkingSetBytes()
    {
        var line = File.ReadLines($"/proc/{Pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>User plus system CPU time used so far.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        // Fields after the command name (which may hold spaces) start at the state, field 3; utime and stime are 14 and 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }
}
