using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>
/// What a manifest expression becomes in the cluster of deploy/: a resource is reached by its Service name on its
/// binding's target port (each Service's port is the target port), connection strings and values are expanded,
/// and a secret parameter takes its value in the generated Secret — so the result says whether it must come from the Secret.
/// </summary>
internal sealed partial class ClusterValues(AspireManifest manifest, IReadOnlyDictionary<string, string> secretLiterals)
{
    public (string Value, bool Secret) Expand(string expression)
    {
        var secret = false;
        var value = Reference().Replace(expression, match =>
        {
            var (expanded, isSecret) = Resolve(match.Groups["resource"].Value, match.Groups["path"].Value);
            secret |= isSecret;
            return expanded;
        });
        return (value, secret);
    }

    private (string Value, bool Secret) Resolve(string name, string path)
    {
        var resource = manifest.Resources[name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"the manifest has no resource '{name}'");
        var parts = path.Split('.');
        switch (parts)
        {
            case ["connectionString"]:
                return Expand((string)resource["connectionString"]!);
            case ["value"] when (string?)resource["type"] == "annotated.string":
                var (inner, secret) = Expand((string)resource["value"]!);
                return ((string?)resource["filter"]) switch
                {
                    "uri" => (Uri.EscapeDataString(inner), secret),
                    null => (inner, secret),
                    var filter => throw new Xunit.Sdk.XunitException($"{name}: unknown filter {filter}"),
                };
            case ["value"]:
                return Expand((string)resource["value"]!);
            case ["inputs", "value"]:
                Assert.True((bool?)resource["inputs"]?["value"]?["secret"] == true, $"{name} is a parameter deploy/ has no value for");
                var key = SecretKey(name);
                Assert.True(secretLiterals.ContainsKey(key), $"the Secret has no {key} for the manifest's parameter {name}");
                return (secretLiterals[key], true);
            case ["bindings", var binding, var property]:
                var targetPort = resource["bindings"]?[binding]?["targetPort"]?.GetValue<int>()
                    ?? throw new Xunit.Sdk.XunitException($"{name} has no binding {binding} with a targetPort");
                return property switch
                {
                    "targetPort" or "port" => (targetPort.ToString(), false),
                    "host" => (name, false),
                    "url" => ($"{resource["bindings"]![binding]!["scheme"]}://{name}:{targetPort}", false),
                    _ => throw new Xunit.Sdk.XunitException($"no cluster value for {name}.{path}"),
                };
            default:
                throw new Xunit.Sdk.XunitException($"no cluster value for {name}.{path}");
        }
    }

    /// <summary>The Secret's key for a secret parameter of the manifest: its name, but "password" for the owner's.</summary>
    public static string SecretKey(string parameter) => parameter == "postgres-password" ? "password" : parameter;

    [GeneratedRegex(@"\{(?<resource>[A-Za-z0-9-]+)\.(?<path>[^}]+)\}")]
    private static partial Regex Reference();
}
