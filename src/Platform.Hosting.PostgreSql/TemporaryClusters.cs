using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Platform.Hosting.PostgreSql;

/// <summary>
/// Directories of throwaway clusters, named after their owner (pid and kernel start time) so that
/// the leftovers of a dead owner can be recognised, their server stopped and the directory removed.
/// </summary>
internal static class TemporaryClusters
{
    private const string FolderName = "platform-pg";

    public sealed record Cluster(string Root, string DataDirectory, string SocketDirectory);

    public static Cluster Create(ILogger? logger)
    {
        var baseDirectory = BaseDirectory();
        Directory.CreateDirectory(baseDirectory);
        RemoveStale(baseDirectory, logger);
        var self = Environment.ProcessId;
        var startTime = PosixProcesses.StartTime(self) ?? 0;
        var root = Path.Combine(baseDirectory, $"{self}-{startTime}-{Guid.NewGuid().ToString("N")[..8]}");
        var cluster = new Cluster(root, Path.Combine(root, "data"), Path.Combine(root, "s"));
        Directory.CreateDirectory(cluster.Root);
        return cluster;
    }

    public static void Delete(string? root)
    {
        if (root is null || !Directory.Exists(root))
        {
            return;
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the stale-cluster clean-up of a later run.
        }
    }

    private static string BaseDirectory()
    {
        // tmpfs makes initdb and start-up several times faster than disk.
        const string shm = "/dev/shm";
        var parent = Directory.Exists(shm) ? shm : Path.GetTempPath();
        return Path.Combine(parent, FolderName);
    }

    private static void RemoveStale(string baseDirectory, ILogger? logger)
    {
        foreach (var directory in Directory.GetDirectories(baseDirectory))
        {
            var parts = Path.GetFileName(directory).Split('-');
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ownerPid)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ownerStart))
            {
                continue;
            }
            if (PosixProcesses.StartTime(ownerPid) == ownerStart && PosixProcesses.IsAlive(ownerPid))
            {
                continue;
            }
            logger?.LogInformation("Removing the throwaway PostgreSQL cluster {Directory} of a process that is gone", directory);
            StopOrphanServer(Path.Combine(directory, "data"));
            Delete(directory);
        }
    }

    private static void StopOrphanServer(string dataDirectory)
    {
        int pid;
        try
        {
            var firstLine = File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).FirstOrDefault();
            if (!int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out pid))
            {
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }
        if (!PosixProcesses.IsAlive(pid) || PosixProcesses.CommandName(pid) is not ("postgres" or "postmaster"))
        {
            return;
        }
        PosixProcesses.Signal(pid, PosixProcesses.SigInt);
        for (var i = 0; i < 100 && PosixProcesses.IsAlive(pid); i++)
        {
            Thread.Sleep(50);
        }
        if (PosixProcesses.IsAlive(pid))
        {
            PosixProcesses.Signal(pid, PosixProcesses.SigKill);
        }
    }
}
