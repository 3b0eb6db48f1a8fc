namespace Platform.Tests;

/// <summary>The checkout a test assembly was built from: the nearest folder above it holding Platform.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Platform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Platform.sln in any folder above {AppContext.BaseDirectory}.");
    }
}
