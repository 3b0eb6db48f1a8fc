using System.Reflection;

namespace Platform.AppHost.Tests.Infrastructure;

/// <summary>Folders of the repository the tests read, found by walking up from the test assembly to Platform.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root => Platform.Tests.RepositoryRoot.Path;

    public static string AppHostDirectory => Path.Combine(Root, "src", "Platform.AppHost");

    public static string SampleDocuments => Path.Combine(AppHostDirectory, "SampleDocuments");

    public static string Deploy => Path.Combine(Root, "deploy");

    /// <summary>The manifests of every install; deploy/ renders them as they are, deploy/cloudnative-pg/ with its Cluster.</summary>
    public static string DeployBase => Path.Combine(Deploy, "base");

    public static string Protos => Path.Combine(Root, "protos");

    public static string Interop => Path.Combine(Root, "tests", "interop");

    /// <summary>google/api/*.proto from the Google.Api.CommonProtos package, as its build targets name the folder.</summary>
    public static string GoogleApiProtos { get; } = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GoogleApiProtos").Value!;

    public static string CommittedManifest => Path.Combine(Root, "aspire-manifest.json");
}
