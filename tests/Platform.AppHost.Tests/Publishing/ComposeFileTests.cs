using Platform.AppHost.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>deploy/compose/compose.yaml runs the application of aspire-manifest.json: every resource, its image and its environment.</summary>
public sealed class ComposeFileTests
{
    // The secrets of a test .env, keyed like deploy/'s Secret (ClusterValues.SecretKey) and named like compose.yaml's variables.
    private static readonly (string SecretKey, string Variable, string Value)[] Secrets =
    [
        ("password", "POSTGRES_PASSWORD", "0wner0wner"),
        ("platformdb-documents-password", "PLATFORMDB_DOCUMENTS_PASSWORD", "d0cuments"),
        ("platformdb-extraction-password", "PLATFORMDB_EXTRACTION_PASSWORD", "extracti0n"),
        ("platformdb-query-password", "PLATFORMDB_QUERY_PASSWORD", "qu3ry"),
        ("service-key", "PLATFORM_SERVICE_KEY", "s3rvice"),
        ("admin-key", "PLATFORM_ADMIN_KEY", "adm1n"),
    ];

    private readonly AspireManifest _manifest = AspireManifest.LoadCommitted();

    [Fact]
    public async Task EveryResourceOfTheManifest_IsAComposeService_WithItsImageAndTheManifestsEnvironment()
    {
        var services = await RenderedServicesAsync();
        var values = new ClusterValues(_manifest, Secrets.ToDictionary(s => s.SecretKey, s => s.Value));
        var resources = _manifest.OfType("project.v0").Concat(_manifest.OfType("container.v0")).ToList();
        Assert.Equal(resources.Select(r => r.Name).Order(StringComparer.Ordinal), services.Keys.Order(StringComparer.Ordinal));

        foreach (var (name, resource) in resources)
        {
            var service = services[name];
            var image = (string)service["image"];
            var expectedImage = (string?)resource["image"] is { } container ? container.Replace("docker.io/", "", StringComparison.Ordinal) : $"platform/{name}:latest";
            Assert.Equal(expectedImage, image);
            var environment = ((Dictionary<object, object>)service["environment"]).ToDictionary(e => (string)e.Key, e => e.Value?.ToString() ?? "");
            foreach (var (variable, expression) in resource["env"]!.AsObject())
            {
                var (expected, _) = values.Expand((string)expression!);
                Assert.True(environment.TryGetValue(variable, out var actual), $"compose service {name} lacks {variable}, which the manifest passes ({expression})");
                Assert.True(expected == actual, $"compose service {name}: {variable} is '{actual}', the manifest's {expression} is '{expected}'");
            }
        }
    }

    /// <summary>docker-compose's own rendering (anchors merged, variables substituted from a test .env): service → its settings.</summary>
    private static async Task<Dictionary<string, Dictionary<object, object>>> RenderedServicesAsync()
    {
        var envFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(envFile, Secrets.Select(s => $"{s.Variable}={s.Value}"));
            var result = await ExternalProgram.RunAsync("docker-compose",
                ["--file", Path.Combine(RepositoryPaths.Deploy, "compose", "compose.yaml"), "--env-file", envFile, "config"], TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, $"docker-compose config exited {result.ExitCode}: {result.Errors}");
            var rendered = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(result.Output);
            return ((Dictionary<object, object>)rendered["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);
        }
        finally
        {
            File.Delete(envFile);
        }
    }
}
