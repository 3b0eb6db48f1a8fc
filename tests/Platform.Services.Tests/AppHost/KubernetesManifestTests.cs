using System.Text.RegularExpressions;
using Platform.AppHost;
using Platform.AppHost.Hosting.ApplicationModel;
using Platform.Extraction.Engine.Chinese;
using static Platform.Services.Tests.AppHost.KubernetesManifests;

namespace Platform.Services.Tests.AppHost;

/// <summary>deploy/ describes the same application as the AppHost: names, ports, environment variables, image.</summary>
public sealed class KubernetesManifestTests
{
    private readonly KubernetesManifests _manifests = Load();
    private readonly IReadOnlyList<IResource> _resources = PlatformAppHost.Build([]).Resources;

    [Fact]
    public void EveryYamlDocument_ParsesWithApiVersionKindAndName()
    {
        Assert.True(_manifests.Documents.Count >= 9, $"only {_manifests.Documents.Count} YAML documents in deploy/");
        Assert.All(_manifests.Documents, d =>
        {
            Assert.False(string.IsNullOrEmpty(Str(d.Document, "apiVersion")), $"{d.File}: a document without apiVersion");
            Assert.False(string.IsNullOrEmpty(Str(d.Document, "kind")), $"{d.File}: a document without kind");
            if (Str(d.Document, "kind") != "Kustomization")
            {
                Assert.False(string.IsNullOrEmpty(Str(d.Document, "metadata", "name")), $"{d.File}: a {Str(d.Document, "kind")} without a name");
            }
        });
    }

    [Fact]
    public void Kustomization_ListsExactlyTheOtherManifestFiles()
    {
        var kustomization = _manifests.Documents.Single(d => d.File == "kustomization.yaml").Document;

        var listed = List(kustomization, "resources").Cast<string>().Order(StringComparer.Ordinal);
        var present = _manifests.Documents.Select(d => d.File).Where(f => f != "kustomization.yaml").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(present, listed);
    }

    [Fact]
    public void EachService_HasADeploymentAndService_WithTheAppHostsPortsEnvironmentAndGrpcProbes()
    {
        var projects = _resources.OfType<ProjectResource>().ToList();
        Assert.Equal(["extraction", "documents", "query"], projects.Select(p => p.Name));

        foreach (var project in projects)
        {
            var endpoint = project.GetEndpoint("grpc");
            var container = Named(List(_manifests.Single("Deployment", project.Name), "spec", "template", "spec", "containers"), project.Name);
            Assert.True(container is not null, $"Deployment {project.Name} has no container named {project.Name}");
            Assert.Equal(endpoint.TargetPort?.ToString(), Str(Named(List(container, "ports"), "grpc"), "containerPort"));
            foreach (var probe in new[] { "startupProbe", "readinessProbe", "livenessProbe" })
            {
                Assert.True(endpoint.TargetPort?.ToString() == Str(container, probe, "grpc", "port"), $"{project.Name}: {probe} is not a gRPC probe on {endpoint.TargetPort}");
            }

            Assert.NotNull(Get(container, "resources", "requests", "memory"));
            Assert.NotNull(Get(container, "resources", "limits", "memory"));

            var servicePort = Named(List(_manifests.Single("Service", project.Name), "spec", "ports"), "grpc");
            Assert.Equal(endpoint.Port?.ToString(), Str(servicePort, "port"));
            Assert.Equal("grpc", Str(servicePort, "targetPort"));

            var env = List(container, "env");
            foreach (var (name, value) in project.Environment)
            {
                var variable = Named(env, name);
                Assert.True(variable is not null, $"Deployment {project.Name} lacks the environment variable {name} the AppHost passes");
                Assert.Equal(KubernetesValue(value.ManifestExpression), Str(variable, "value"));
            }
        }
    }

    [Fact]
    public void PostgresStatefulSet_MatchesTheContainerResource_AndTheGeneratedSecret()
    {
        var server = _resources.OfType<PostgresServerResource>().Single();
        var statefulSet = _manifests.Single("StatefulSet", server.Name);
        var container = Named(List(statefulSet, "spec", "template", "spec", "containers"), server.Name);

        Assert.Equal(server.Image, Str(container, "image"));
        Assert.Equal(PostgresServerResource.DefaultPort.ToString(), Str(Named(List(container, "ports"), "tcp"), "containerPort"));
        Assert.Equal(PostgresServerResource.UserName, Str(Named(List(container, "env"), "POSTGRES_USER"), "value"));
        Assert.Equal(server.DataVolumeName, Str(statefulSet, "spec", "volumeClaimTemplates", 0, "metadata", "name"));
        Assert.Equal("/var/lib/postgresql/data", Str(Named(List(container, "volumeMounts"), server.DataVolumeName!), "mountPath"));
        Assert.Equal(PostgresServerResource.DefaultPort.ToString(), Str(_manifests.Single("Service", server.Name), "spec", "ports", 0, "port"));

        var secretName = Str(_manifests.Documents.Single(d => d.File == "kustomization.yaml").Document, "secretGenerator", 0, "name");
        Assert.Equal(secretName, Str(Named(List(container, "env"), "POSTGRES_PASSWORD"), "valueFrom", "secretKeyRef", "name"));
        foreach (var project in _resources.OfType<ProjectResource>())
        {
            var env = List(_manifests.Single("Deployment", project.Name), "spec", "template", "spec", "containers", 0, "env");
            Assert.Equal(secretName, Str(Named(env, "POSTGRES_PASSWORD"), "valueFrom", "secretKeyRef", "name"));
        }
    }

    [Fact]
    public void Dockerfile_FinalStage_InstallsPython3JiebaForTheExtractionServiceAtTheDefaultLacPath()
    {
        var finalStage = DockerfileStages(File.ReadAllText(Path.Combine(DeployDirectory, "Dockerfile")))[^1];

        // Without ARG SERVICE in this stage $SERVICE is empty there and the condition below never holds.
        Assert.Contains("ARG SERVICE", finalStage);
        var install = finalStage.FindIndex(i => i.StartsWith("RUN ", StringComparison.Ordinal) && i.Contains("python3-jieba", StringComparison.Ordinal));
        Assert.True(install >= 0, $"the final stage of deploy/Dockerfile does not install python3-jieba:\n{string.Join('\n', finalStage)}");
        var run = finalStage[install];
        Assert.Matches(@"if \[ ""\$\{?SERVICE\}?"" = ""?extraction""? \]; then", run);
        Assert.Contains("apt-get install -y --no-install-recommends python3-jieba", run);
        Assert.Contains("rm -rf /var/lib/apt/lists/*", run);
        Assert.Contains(LacModelLocator.DebianDirectory, run);
        var user = finalStage.FindIndex(i => i.StartsWith("USER ", StringComparison.Ordinal));
        Assert.True(user < 0 || install < user, "python3-jieba is installed after USER switches away from root");

        var extractionEnv = List(_manifests.Single("Deployment", "extraction"), "spec", "template", "spec", "containers", 0, "env");
        Assert.Null(Named(extractionEnv, LacModelLocator.DirectoryEnvironmentVariable));
        Assert.DoesNotContain(finalStage, i => i.Contains(LacModelLocator.DirectoryEnvironmentVariable, StringComparison.Ordinal));
    }

    /// <summary>The instructions of each build stage, continuation lines joined and comments dropped.</summary>
    private static List<List<string>> DockerfileStages(string dockerfile)
    {
        var stages = new List<List<string>>();
        var instruction = string.Empty;
        foreach (var line in dockerfile.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            instruction += line.TrimEnd('\\') + " ";
            if (line.EndsWith('\\'))
            {
                continue;
            }

            instruction = Regex.Replace(instruction, @"\s+", " ").Trim();
            if (instruction.StartsWith("FROM ", StringComparison.Ordinal))
            {
                stages.Add([]);
            }

            stages.LastOrDefault()?.Add(instruction);
            instruction = string.Empty;
        }

        Assert.NotEmpty(stages);
        return stages;
    }

    /// <summary>
    /// The value a manifest expression takes in the cluster: services are reached by their Service name and port,
    /// listen on all interfaces, and get the connection string expanded from the secret.
    /// </summary>
    private string KubernetesValue(string manifestExpression)
    {
        var value = manifestExpression.Replace(
            "{platformdb.connectionString}",
            $"Host=postgres;Port={PostgresServerResource.DefaultPort};Username={PostgresServerResource.UserName};Password=$(POSTGRES_PASSWORD);Database=platformdb");
        foreach (var project in _resources.OfType<ProjectResource>())
        {
            var endpoint = project.GetEndpoint("grpc");
            value = value
                .Replace($"{{{project.Name}.bindings.grpc.url}}", $"http://{project.Name}:{endpoint.Port}")
                .Replace($"{{{project.Name}.bindings.grpc.targetPort}}", $"{endpoint.TargetPort}");
        }

        Assert.DoesNotContain("{", value);
        return value;
    }
}
