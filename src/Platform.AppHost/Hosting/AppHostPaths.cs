using System.Reflection;

namespace Platform.AppHost.Hosting;

/// <summary>Where the repository and the AppHost project are, as recorded when the AppHost was built.</summary>
public sealed record AppHostPaths(string RepositoryRoot, string AppHostDirectory, string Configuration, string TargetFramework)
{
    public static AppHostPaths FromBuild()
    {
        var metadata = typeof(AppHostPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? "");
        return new AppHostPaths(
            metadata["Platform.RepositoryRoot"],
            metadata["Platform.AppHostDirectory"],
            metadata["Platform.Configuration"],
            metadata["Platform.TargetFramework"]);
    }

    /// <summary>Git-ignored folder for state the AppHost keeps between runs (local PostgreSQL data, generated password).</summary>
    public string DataDirectory => Path.Combine(RepositoryRoot, ".platform-data");

    /// <summary>The assembly a project builds to with the AppHost's own configuration (the SDK's default output layout).</summary>
    public string BuiltAssemblyPath(string projectPath) => Path.Combine(
        Path.GetDirectoryName(projectPath)!, "bin", Configuration, TargetFramework,
        Path.GetFileNameWithoutExtension(projectPath) + ".dll");
}
