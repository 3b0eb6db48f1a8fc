namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Finds Baidu LAC-small as shipped by Debian's python3-jieba
/// (<c>/usr/lib/python3/dist-packages/jieba/lac_small</c>).
/// </summary>
public static class LacModelLocator
{
    public const string DirectoryEnvironmentVariable = "PLATFORM_LAC_DIR";
    public const string DebianDirectory = "/usr/lib/python3/dist-packages/jieba/lac_small";

    private static readonly string[] PythonLibraryRoots = ["/usr/lib", "/usr/local/lib"];

    /// <summary>
    /// The explicit directory when given (it must hold the model), else <see cref="DirectoryEnvironmentVariable"/>,
    /// else the Debian location, else any <c>python3.*/dist-packages/jieba/lac_small</c>.
    /// </summary>
    public static string Locate(string? directory = null)
    {
        if (directory is not null)
        {
            return IsModelDirectory(directory)
                ? Path.GetFullPath(directory)
                : throw NotFound([directory]);
        }

        var candidates = Candidates().ToList();
        return candidates.FirstOrDefault(IsModelDirectory) is { } found
            ? Path.GetFullPath(found)
            : throw NotFound(candidates);
    }

    public static bool IsModelDirectory(string directory) =>
        File.Exists(Path.Combine(directory, "word.dic"))
        && File.Exists(Path.Combine(directory, "tag.dic"))
        && File.Exists(Path.Combine(directory, "model_baseline", "word_emb"));

    private static IEnumerable<string> Candidates()
    {
        if (Environment.GetEnvironmentVariable(DirectoryEnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            yield return fromEnvironment;
        }

        yield return DebianDirectory;
        foreach (var root in PythonLibraryRoots.Where(Directory.Exists))
        {
            IEnumerable<string> pythonDirectories;
            try
            {
                pythonDirectories = Directory.GetDirectories(root, "python3*").Order(StringComparer.Ordinal).ToList();
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var python in pythonDirectories)
            {
                yield return Path.Combine(python, "dist-packages", "jieba", "lac_small");
                yield return Path.Combine(python, "site-packages", "jieba", "lac_small");
            }
        }
    }

    private static LacModelNotFoundException NotFound(IEnumerable<string> looked) =>
        new($"The Baidu LAC-small model was not found (looked in: {string.Join(", ", looked)}). "
            + "Install Debian's python3-jieba package (`apt-get install python3-jieba`), or set "
            + $"{DirectoryEnvironmentVariable} to a folder holding word.dic, tag.dic and model_baseline/.");
}
