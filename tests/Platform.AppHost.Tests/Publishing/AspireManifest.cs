using System.Text.Json.Nodes;
using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>aspire-manifest.json: the committed file, or a fresh one from Aspire's manifest publisher.</summary>
internal sealed class AspireManifest(JsonObject resources)
{
    public const string RegenerateCommand =
        "dotnet run --project src/Platform.AppHost -- --publisher manifest --output-path ../../aspire-manifest.json";

    public JsonObject Resources { get; } = resources;

    public IEnumerable<(string Name, JsonObject Resource)> OfType(string type) =>
        Resources.Where(r => (string?)r.Value!["type"] == type).Select(r => (r.Key, r.Value!.AsObject()));

    public static AspireManifest LoadCommitted() =>
        new(JsonNode.Parse(File.ReadAllText(RepositoryPaths.CommittedManifest))!["resources"]!.AsObject());

    /// <summary>
    /// Runs the built AppHost with <c>--publisher manifest</c> into a temporary folder and returns the parsed manifest
    /// with each project <c>path</c> made relative to the repository root again (the publisher writes them relative
    /// to the output folder).
    /// </summary>
    /// <param name="arguments">More AppHost arguments (settings such as <c>--Platform:Access:RequireApiKeys=true</c>).</param>
    public static async Task<JsonNode> PublishNowAsync(params string[] arguments)
    {
        var output = Directory.CreateTempSubdirectory("platform-manifest-");
        try
        {
            var result = await ExternalProgram.RunAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
                [BuiltAppHost(), "--publisher", "manifest", "--output-path", output.FullName, .. arguments],
                TimeSpan.FromMinutes(2), workingDirectory: RepositoryPaths.AppHostDirectory);
            var written = Path.Combine(output.FullName, "aspire-manifest.json");
            Assert.True(result.ExitCode == 0 && File.Exists(written),
                $"the manifest publisher exited {result.ExitCode}:\n{result.Output}\n{result.Errors}");

            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(written))!;
            foreach (var (_, resource) in manifest["resources"]!.AsObject())
            {
                if (resource?["path"] is JsonValue path)
                {
                    var absolute = Path.GetFullPath(Path.Combine(output.FullName, path.GetValue<string>()));
                    resource["path"] = Path.GetRelativePath(RepositoryPaths.Root, absolute).Replace('\\', '/');
                }
            }

            return manifest;
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>The AppHost this test assembly was built with: same configuration, same target framework.</summary>
    private static string BuiltAppHost()
    {
        // tests/Platform.AppHost.Tests/bin/<Configuration>/<TargetFramework>/
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!;
        var path = Path.Combine(RepositoryPaths.AppHostDirectory, "bin", configuration.Name, framework.Name, "Platform.AppHost.dll");
        Assert.True(File.Exists(path), $"no built AppHost at {path}");
        return path;
    }
}
