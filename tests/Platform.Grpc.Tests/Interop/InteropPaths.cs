namespace Platform.Grpc.Tests.Interop;

/// <summary>Locates the repository's interop scripts and the test proto from the test's output directory.</summary>
internal static class InteropPaths
{
    public const string Python = "/usr/bin/python3";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PythonDirectory => Path.Combine(RepoRoot, "tests", "interop", "python");

    public static string NodeDirectory => Path.Combine(RepoRoot, "tests", "interop", "node");

    public static string ProtoRoot => Path.Combine(RepoRoot, "tests", "Platform.Grpc.Tests", "Protos");

    public const string TestProto = "test.proto";

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "tests", "interop"))) return directory.FullName;
        }
        throw new InvalidOperationException($"No tests/interop folder above {AppContext.BaseDirectory}.");
    }
}
