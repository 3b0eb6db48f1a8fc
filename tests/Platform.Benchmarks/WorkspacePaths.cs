namespace Platform.Benchmarks;

/// <summary>Finds files that live outside the build output: the shared corpus, peer scripts, other projects' files.</summary>
internal static class WorkspacePaths
{
    /// <summary>
    /// The first existing file or folder at <paramref name="relative"/> inside the current directory, the base
    /// directory or any of their parents; null when there is none.
    /// </summary>
    public static string? FindUp(string relative)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (Directory.Exists(candidate) || File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
