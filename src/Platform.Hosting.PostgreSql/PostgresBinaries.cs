namespace Platform.Hosting.PostgreSql;

/// <summary>Finds the PostgreSQL server programs of this machine.</summary>
public static class PostgresBinaries
{
    private const string InstallHint =
        "Install the PostgreSQL server (Debian/Ubuntu: `apt-get install -y postgresql`) " +
        "or set LocalPostgresOptions.BinDirectory to the folder holding initdb and postgres.";

    /// <summary>The directory holding initdb and postgres.</summary>
    /// <exception cref="InvalidOperationException">No PostgreSQL server is installed.</exception>
    public static string FindBinDirectory(string? preferred = null)
    {
        foreach (var candidate in Candidates(preferred))
        {
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "postgres")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException($"PostgreSQL server binaries (initdb, postgres) were not found. {InstallHint}");
    }

    private static IEnumerable<string> Candidates(string? preferred)
    {
        if (!string.IsNullOrEmpty(preferred))
        {
            yield return preferred;
            yield break;
        }
        // Debian's versioned directories first (newest first): PATH may hold wrappers or symlinks.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.GetDirectories(debianRoot)
                .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : 0))
                .OrderByDescending(x => x.version);
            foreach (var (dir, _) in versions)
            {
                yield return Path.Combine(dir, "bin");
            }
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(dir, "initdb");
            if (File.Exists(initdb))
            {
                // Resolve symlinks so the sibling programs (pg_ctl, postgres) are found next to the real one.
                var resolved = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
                yield return Path.GetDirectoryName(resolved)!;
            }
        }
    }
}
