using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Platform.AppHost;
using Platform.AppHost.Hosting;
using Platform.AppHost.Hosting.Publishing;

namespace Platform.Services.Tests.AppHost;

public sealed partial class AspireManifestTests
{
    private const string RegenerateCommand = "dotnet run --project src/Platform.AppHost -- --publisher manifest --output-path aspire-manifest.json";
    private static readonly string[] ServiceNames = ["documents", "extraction", "query"];

    private static string RepositoryRoot => AppHostPaths.FromBuild().RepositoryRoot;

    [Fact]
    public void CommittedManifest_EqualsWhatThePublisherWritesNow()
    {
        var committedPath = Path.Combine(RepositoryRoot, "aspire-manifest.json");
        Assert.True(File.Exists(committedPath), $"aspire-manifest.json is missing at the repository root; generate it with: {RegenerateCommand}");

        var current = ManifestPublisher.Render(PlatformAppHost.Build([]).Resources, RepositoryRoot);

        Assert.True(File.ReadAllText(committedPath) == current,
            $"aspire-manifest.json is stale (the AppHost's resources changed); regenerate it with: {RegenerateCommand}");
    }

    [Fact]
    public async Task PublisherMode_WritesTheManifestFile_WithoutStartingAnything()
    {
        var output = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}", "aspire-manifest.json");
        var log = new StringWriter();

        var exitCode = await PlatformAppHost.Build(["--publisher", "manifest", "--output-path", output], log).RunAsync();

        Assert.Equal(0, exitCode);
        var written = JsonNode.Parse(File.ReadAllText(output))!;
        var queryPath = written["resources"]!["query"]!["path"]!.GetValue<string>();
        Assert.Equal(
            Path.Combine(RepositoryRoot, "src", "Platform.Query", "Platform.Query.csproj"),
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(output)!, queryPath)));
        Assert.DoesNotContain("[documents]", log.ToString());
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Fact]
    public void Manifest_DeclaresEachServiceAsProjectV0_WithAnHttp2GrpcBinding()
    {
        var resources = Manifest()["resources"]!;

        foreach (var (name, port) in ServiceNames.Zip([7101, 7102, 7103]))
        {
            var project = resources[name]!;
            Assert.Equal("project.v0", project["type"]!.GetValue<string>());
            Assert.True(File.Exists(Path.Combine(RepositoryRoot, project["path"]!.GetValue<string>())), $"{name}: path {project["path"]} does not exist");
            var grpc = project["bindings"]!["grpc"]!;
            Assert.Equal("http", grpc["scheme"]!.GetValue<string>());
            Assert.Equal("tcp", grpc["protocol"]!.GetValue<string>());
            Assert.Equal("http2", grpc["transport"]!.GetValue<string>());
            Assert.Equal(port, grpc["port"]!.GetValue<int>());
            Assert.Equal(port, grpc["targetPort"]!.GetValue<int>());
            var env = project["env"]!.AsObject();
            Assert.Equal("{platformdb.connectionString}", env["ConnectionStrings__platformdb"]!.GetValue<string>());
            Assert.Equal($"http://+:{{{name}.bindings.grpc.targetPort}}", env["ASPNETCORE_URLS"]!.GetValue<string>());
            Assert.Equal("Http2", env["Kestrel__EndpointDefaults__Protocols"]!.GetValue<string>());
            Assert.Equal(name, env["OTEL_SERVICE_NAME"]!.GetValue<string>());
        }

        Assert.Equal("{extraction.bindings.grpc.url}", resources["documents"]!["env"]!["services__extraction__grpc__0"]!.GetValue<string>());
    }

    [Fact]
    public void Manifest_PostgresIsAContainerWithVolume_DatabaseIsAValueAndPasswordAGeneratedSecret()
    {
        var resources = Manifest()["resources"]!;

        var postgres = resources["postgres"]!;
        Assert.Equal("container.v0", postgres["type"]!.GetValue<string>());
        Assert.StartsWith("docker.io/library/postgres:", postgres["image"]!.GetValue<string>());
        Assert.Equal(5432, postgres["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>());
        Assert.Equal("tcp", postgres["bindings"]!["tcp"]!["transport"]!.GetValue<string>());
        Assert.Equal("/var/lib/postgresql/data", postgres["volumes"]![0]!["target"]!.GetValue<string>());
        Assert.Equal("{postgres-password.value}", postgres["env"]!["POSTGRES_PASSWORD"]!.GetValue<string>());

        var database = resources["platformdb"]!;
        Assert.Equal("value.v0", database["type"]!.GetValue<string>());
        Assert.Equal("{postgres.connectionString};Database=platformdb", database["connectionString"]!.GetValue<string>());

        var password = resources["postgres-password"]!;
        Assert.Equal("parameter.v0", password["type"]!.GetValue<string>());
        var input = password["inputs"]!["value"]!;
        Assert.Equal("string", input["type"]!.GetValue<string>());
        Assert.True(input["secret"]!.GetValue<bool>());
        Assert.True(input["default"]!["generate"]!["minLength"]!.GetValue<int>() >= 22);
    }

    [Fact]
    public void Manifest_EveryExpression_RefersToADeclaredResource()
    {
        var manifest = Manifest();
        var declared = manifest["resources"]!.AsObject().Select(r => r.Key).ToHashSet();

        var references = ExpressionReference().Matches(manifest.ToJsonString()).Select(m => m.Groups["resource"].Value).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.Contains(r, declared));
    }

    [Fact]
    public async Task PublisherCommand_TakesPortsFromPrefixedEnvironmentAndCommandLine()
    {
        var paths = AppHostPaths.FromBuild();
        var output = Path.Combine(Path.GetTempPath(), $"manifest-{Guid.NewGuid():N}.json");
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList =
            {
                paths.BuiltAssemblyPath(Path.Combine(paths.AppHostDirectory, "Platform.AppHost.csproj")),
                "--publisher", "manifest", "--output-path", output, "--Ports:query=7303",
            },
            Environment = { ["Platform__Ports__documents"] = "7301" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(startInfo)!;
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var resources = JsonNode.Parse(File.ReadAllText(output))!["resources"]!;
        Assert.Equal(7301, resources["documents"]!["bindings"]!["grpc"]!["port"]!.GetValue<int>());
        Assert.Equal(7102, resources["extraction"]!["bindings"]!["grpc"]!["port"]!.GetValue<int>());
        Assert.Equal(7303, resources["query"]!["bindings"]!["grpc"]!["port"]!.GetValue<int>());
        File.Delete(output);
    }

    private static JsonNode Manifest() => JsonNode.Parse(ManifestPublisher.Render(PlatformAppHost.Build([]).Resources, RepositoryRoot))!;

    [GeneratedRegex(@"\{(?<resource>[a-z0-9-]+)\.(connectionString|value|bindings|inputs)[^}]*\}")]
    private static partial Regex ExpressionReference();
}
