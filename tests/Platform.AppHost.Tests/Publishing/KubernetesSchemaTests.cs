using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>
/// deploy/ rendered as kubectl renders it (<c>kubectl kustomize</c>, offline) and every object validated against the
/// Kubernetes API schema of its kind (tests/deploy/validate.mjs, npm kubernetes-models).
/// </summary>
public sealed class KubernetesSchemaTests
{
    private static readonly string Validator = Path.Combine(RepositoryPaths.Root, "tests", "deploy", "validate.mjs");

    private const string CloudNativePgCluster = "postgresql.cnpg.io/v1/Cluster";

    [KubectlFact]
    public async Task RenderedManifests_AreValidKubernetesObjects_OfEveryKindDeployNeeds()
    {
        var rendered = await RenderAsync(RepositoryPaths.Deploy);

        var (exit, report, errors) = await ValidateAsync(rendered);

        Assert.True(exit == 0, $"{report}\n{errors}");
        foreach (var kind in new[] { "Deployment", "StatefulSet", "Job", "Service", "Secret", "NetworkPolicy", "PodDisruptionBudget" })
        {
            Assert.Contains($" {kind} ", report);
        }
    }

    [KubectlFact]
    public async Task CloudNativePgOverlay_ReplacesTheStatefulSetWithACluster_AndKeepsTheServiceName()
    {
        var rendered = await RenderAsync(Path.Combine(RepositoryPaths.Deploy, "cloudnative-pg"));

        var (exit, report, errors) = await ValidateAsync(rendered, "--custom-resource", CloudNativePgCluster);

        Assert.True(exit == 0, $"{report}\n{errors}");
        Assert.Contains("SKIP postgresql.cnpg.io/v1 Cluster postgres", report);
        Assert.DoesNotContain(" StatefulSet ", report);
        Assert.Contains("PASS v1 Service postgres", report);
        Assert.Contains("cnpg.io/instanceRole: primary", rendered); // the Service "postgres" reaches the primary
        Assert.Contains("name: platformdb-superuser", rendered);      // the Cluster's superuserSecret, rendered unhashed
        Assert.Matches(@"instances: [3-9]", rendered);
    }

    [Fact]
    public async Task Validator_RefusesAnObjectTheApiServerWouldRefuse()
    {
        const string broken = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              selector:
                matchLabels: { app: broken }
              template:
                spec:
                  containers:
                    - name: broken
                      ports:
                        - containerPort: grpc
            """;

        var (exit, report, _) = await ValidateAsync(broken);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL apps/v1 Deployment broken", report);
        Assert.Contains("containerPort must be integer", report);
    }

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private static async Task<string> RenderAsync(string directory)
    {
        var result = await ExternalProgram.RunAsync("kubectl", ["kustomize", directory], Timeout);
        Assert.True(result.ExitCode == 0, $"kubectl kustomize {directory} failed: {result.Errors}");
        return result.Output;
    }

    private static Task<ExternalProgram.Result> ValidateAsync(string manifests, params string[] arguments) =>
        ExternalProgram.RunAsync("node", [Validator, .. arguments], Timeout, input: manifests);
}

/// <summary>A fact that is skipped, saying why, where no kubectl is on PATH (eng/prerequisites.sh tries to install it).</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => File.Exists(Path.Combine(directory, "kubectl")));
        if (!onPath)
        {
            Skip = "kubectl is not installed: apt-get install kubectl (it renders deploy/ offline with kubectl kustomize).";
        }
    }
}
