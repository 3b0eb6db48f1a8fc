using System.Diagnostics;

namespace Platform.AppHost;

/// <summary>What this machine offers to run PostgreSQL with.</summary>
internal static class LocalTools
{
    /// <summary>True when a Docker engine answers and holds <paramref name="image"/> (checked in at most a few seconds).</summary>
    public static bool DockerImageExists(string image)
    {
        try
        {
            using var docker = Process.Start(new ProcessStartInfo("docker", ["image", "inspect", "--format", "{{.Id}}", image])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (docker is null)
            {
                return false;
            }
            if (!docker.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                docker.Kill();
                return false;
            }
            return docker.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no docker CLI
        }
    }

    /// <summary>The newest <c>/usr/lib/postgresql/&lt;major&gt;/bin</c> holding initdb and postgres, if any.</summary>
    public static string? PostgresBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
}
