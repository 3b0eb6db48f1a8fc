using System.Text.Json.Nodes;
using static Platform.AppHost.Tests.Publishing.KubernetesManifests;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>deploy/ describes the application of aspire-manifest.json: names, ports, environment, image, secret.</summary>
public sealed class KubernetesManifestTests
{
    private const string SecretName = "platformdb";

    private readonly KubernetesManifests _deploy = Load();
    private readonly AspireManifest _manifest = AspireManifest.LoadCommitted();

    /// <summary>Projects with bindings serve (a Deployment); the others run to completion (a Job).</summary>
    private IEnumerable<(string Name, JsonObject Resource)> Services => _manifest.OfType("project.v0").Where(p => p.Resource["bindings"] is not null);

    private IEnumerable<(string Name, JsonObject Resource)> Jobs => _manifest.OfType("project.v0").Where(p => p.Resource["bindings"] is null);

    [Fact]
    public void EveryYamlDocument_ParsesWithApiVersionKindAndName()
    {
        Assert.True(_deploy.Documents.Count >= 11, $"only {_deploy.Documents.Count} YAML documents in deploy/");
        Assert.All(_deploy.Documents, d =>
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
        var listed = List(_deploy.Kustomization, "resources").Cast<string>().Order(StringComparer.Ordinal);
        var present = _deploy.Documents.Select(d => d.File).Where(f => f != "kustomization.yaml").Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(present, listed);
    }

    [Fact]
    public void EveryProjectResource_HasADeploymentOrAJobOfTheSameName_RunningItsImage()
    {
        Assert.Equal(["extraction", "documents", "query", "frontdoor"], Services.Select(s => s.Name));
        Assert.Equal(["migrations"], Jobs.Select(j => j.Name));
        var images = List(_deploy.Kustomization, "images").Select(i => Str(i, "name")).ToList();

        foreach (var (name, kind) in Services.Select(s => (s.Name, "Deployment")).Concat(Jobs.Select(j => (j.Name, "Job"))))
        {
            var container = _deploy.Container(kind, name);
            Assert.Equal($"platform/{name}", Str(container, "image"));
            Assert.Contains($"platform/{name}", images);
        }

        Assert.Equal("OnFailure", Str(_deploy.Single("Job", "migrations"), "spec", "template", "spec", "restartPolicy"));
    }

    [Fact]
    public void EachServiceBinding_IsANamedContainerAndServicePort_AndTheGrpcBindingH2c()
    {
        foreach (var (name, resource) in Services)
        {
            var container = _deploy.Container("Deployment", name);
            var servicePorts = List(_deploy.Single("Service", name), "spec", "ports");
            foreach (var (binding, node) in resource["bindings"]!.AsObject())
            {
                var targetPort = node!["targetPort"]!.GetValue<int>().ToString();
                Assert.True(targetPort == Str(Named(List(container, "ports"), binding), "containerPort"),
                    $"Deployment {name}: no container port named {binding} on {targetPort}");
                // Every binding is reachable in the cluster: the front door forwards to the services' http bindings.
                var port = Named(servicePorts, binding);
                Assert.True(port is not null, $"Service {name} does not expose the {binding} binding");
                Assert.Equal(targetPort, Str(port, "port"));
                Assert.Equal(binding, Str(port, "targetPort"));
                if ((string?)node["transport"] == "http2")
                {
                    Assert.Equal("kubernetes.io/h2c", Str(port, "appProtocol"));
                }
            }
        }
    }

    [Fact]
    public void EveryContainer_SetsEachVariableTheManifestPasses_WithItsClusterValueOrFromTheSecret()
    {
        var secret = _deploy.SecretLiterals(SecretName);
        var cluster = new ClusterValues(_manifest, secret);
        var containers = Services.Select(s => (s.Name, s.Resource, Kind: "Deployment"))
            .Concat(Jobs.Select(j => (j.Name, j.Resource, Kind: "Job")))
            .Concat(_manifest.OfType("container.v0").Select(c => (c.Name, c.Resource, Kind: "StatefulSet")));

        foreach (var (name, resource, kind) in containers)
        {
            var env = List(_deploy.Container(kind, name), "env");
            foreach (var (variable, expression) in resource["env"]!.AsObject())
            {
                var (expected, isSecret) = cluster.Expand((string)expression!);
                var entry = Named(env, variable);
                Assert.True(entry is not null, $"{kind} {name} lacks {variable}, which the manifest passes ({expression})");
                if (isSecret)
                {
                    Assert.True(SecretName == Str(entry, "valueFrom", "secretKeyRef", "name"),
                        $"{kind} {name}: {variable} holds the password and must come from the Secret {SecretName}");
                    var key = Str(entry, "valueFrom", "secretKeyRef", "key")!;
                    Assert.True(secret.TryGetValue(key, out var literal) && literal == expected,
                        $"{kind} {name}: {variable} reads {SecretName}.{key} = '{literal}', the manifest's {expression} is '{expected}' there");
                }
                else
                {
                    Assert.True(expected == Str(entry, "value"), $"{kind} {name}: {variable} is '{Str(entry, "value")}', the manifest's {expression} is '{expected}'");
                }
            }
        }
    }

    [Fact]
    public void EachService_ReadinessProbesHealth_LivenessProbesAlive_OnTheHttpPort_AfterWaitingForMigrations()
    {
        foreach (var (name, resource) in Services)
        {
            var container = _deploy.Container("Deployment", name);
            Assert.Equal("/health", Str(container, "readinessProbe", "httpGet", "path"));
            Assert.Equal("http", Str(container, "readinessProbe", "httpGet", "port"));
            Assert.Equal("/alive", Str(container, "livenessProbe", "httpGet", "path"));
            Assert.Equal("http", Str(container, "livenessProbe", "httpGet", "port"));
            Assert.NotNull(Get(container, "resources", "requests", "memory"));
            Assert.NotNull(Get(container, "resources", "limits", "memory"));

            // The AppHost's WaitForCompletion(migrations), for every service of the database.
            if (resource["env"]?["ConnectionStrings__platformdb"] is null)
            {
                continue;
            }
            var wait = Named(List(_deploy.Single("Deployment", name), "spec", "template", "spec", "initContainers"), "wait-for-migrations");
            Assert.True(wait is not null, $"Deployment {name} does not wait for the migrations");
            Assert.Contains("__EFMigrationsHistory", string.Join(' ', List(wait, "command")));
        }
    }

    [Fact]
    public void EveryGrpcService_RequiresApiKeys_AndNoServicePodHoldsTheOwnersPassword()
    {
        foreach (var (name, _) in Services.Where(s => s.Name != "frontdoor"))
        {
            var deployment = _deploy.Single("Deployment", name);
            Assert.Equal("true", Str(Named(List(_deploy.Container("Deployment", name), "env"), "Platform__Access__RequireApiKeys"), "value"));
            var secretKeys = System.Text.Json.JsonSerializer.Serialize(deployment);
            Assert.DoesNotContain("\"key\":\"password\"", secretKeys);
            Assert.DoesNotContain("\"key\":\"connectionString\"", secretKeys);
            Assert.DoesNotContain("\"key\":\"uri\"", secretKeys);
        }
    }

    [Fact]
    public void PostgresStatefulSet_RunsTheContainerResourcesImage_PortAndVolume()
    {
        var (name, postgres) = _manifest.OfType("container.v0").Single();
        var statefulSet = _deploy.Single("StatefulSet", name);
        var container = _deploy.Container("StatefulSet", name);
        var volume = postgres["volumes"]![0]!;

        Assert.Equal((string)postgres["image"]!, Str(container, "image"));
        Assert.Contains((string)postgres["image"]!, List(_deploy.Kustomization, "images").Select(i => $"{Str(i, "name")}:{Str(i, "newTag")}"));
        var targetPort = postgres["bindings"]!["tcp"]!["targetPort"]!.GetValue<int>().ToString();
        Assert.Equal(targetPort, Str(Named(List(container, "ports"), "tcp"), "containerPort"));
        Assert.Equal(targetPort, Str(Named(List(_deploy.Single("Service", name), "spec", "ports"), "tcp"), "port"));
        Assert.Equal((string)volume["name"]!, Str(statefulSet, "spec", "volumeClaimTemplates", 0, "metadata", "name"));
        Assert.Equal((string)volume["target"]!, Str(Named(List(container, "volumeMounts"), (string)volume["name"]!), "mountPath"));
    }

    [Fact]
    public void GeneratedSecret_HoldsOnePassword_InItsConnectionStringAndUri()
    {
        var secret = _deploy.SecretLiterals(SecretName);
        var cluster = new ClusterValues(_manifest, secret);

        Assert.Equal(cluster.Expand("{platformdb.connectionString}"), (secret["connectionString"], true));
        Assert.Equal(cluster.Expand("postgresql://postgres:{postgres-password-uri-encoded.value}@postgres:5432/platformdb"), (secret["uri"], true));
    }

}
