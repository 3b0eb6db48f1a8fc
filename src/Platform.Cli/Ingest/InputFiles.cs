namespace Platform.Cli.Ingest;

internal sealed record InputFile(string FullPath, string DisplayPath, string MediaType);

internal sealed record InputSelection(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing);

/// <summary>
/// Expands the paths given to <c>ingest</c>: folders recursively to their *.txt and *.md files, files as
/// named (whatever their extension). Sorted and deduplicated so runs are repeatable.
/// </summary>
internal static class InputFiles
{
    private static readonly string[] FolderExtensions = [".txt", ".md", ".markdown"];

    public static InputSelection Collect(IEnumerable<string> paths, string currentDirectory)
    {
        var files = new SortedDictionary<string, InputFile>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var fullPath = Path.GetFullPath(path, currentDirectory);
            if (File.Exists(fullPath))
            {
                Add(files, fullPath, currentDirectory);
            }
            else if (Directory.Exists(fullPath))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = System.IO.FileAttributes.Hidden };
                foreach (var file in Directory.EnumerateFiles(fullPath, "*", options))
                {
                    if (FolderExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                    {
                        Add(files, file, currentDirectory);
                    }
                }
            }
            else
            {
                missing.Add(path);
            }
        }
        return new InputSelection([.. files.Values], missing);
    }

    public static string MediaTypeOf(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" ? "text/markdown" : "text/plain";

    private static void Add(SortedDictionary<string, InputFile> files, string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        var display = relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative;
        files[fullPath] = new InputFile(fullPath, display, MediaTypeOf(fullPath));
    }
}
