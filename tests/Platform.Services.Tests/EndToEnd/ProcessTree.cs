using System.Globalization;
using System.Runtime.InteropServices;

namespace Platform.Services.Tests.EndToEnd;

/// <summary>Linux /proc facts for checking that a stopped stack left no process behind.</summary>
internal static class ProcessTree
{
    /// <summary>Every live descendant of <paramref name="rootPid"/> (children, grandchildren, ...).</summary>
    public static IReadOnlyList<int> Descendants(int rootPid)
    {
        var parents = AllProcesses().ToDictionary(p => p.Pid, p => p.ParentPid);
        var result = new List<int>();
        var frontier = new Queue<int>([rootPid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (pid, _) in parents.Where(p => p.Value == parent))
            {
                result.Add(pid);
                frontier.Enqueue(pid);
            }
        }

        return result;
    }

    public const int SigInt = 2;
    public const int SigKill = 9;
    public const int SigTerm = 15;

    public static void Signal(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    public static bool IsAlive(int pid) => ReadStat(pid) is { State: not 'Z' and not 'X' };

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    /// <summary>Live processes whose command line contains <paramref name="fragment"/> (e.g. a data directory).</summary>
    public static IReadOnlyList<int> WithCommandLineContaining(string fragment) =>
        [.. AllProcesses().Where(p => p.State is not 'Z' and not 'X' && CommandLine(p.Pid).Contains(fragment, StringComparison.Ordinal)).Select(p => p.Pid)];

    private static IEnumerable<(int Pid, int ParentPid, char State)> AllProcesses()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ReadStat(pid) is { } stat)
            {
                yield return (pid, stat.ParentPid, stat.State);
            }
        }
    }

    private static (char State, int ParentPid)? ReadStat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int sig);
}
