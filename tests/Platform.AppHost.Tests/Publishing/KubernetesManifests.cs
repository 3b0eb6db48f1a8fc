using Platform.AppHost.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Platform.AppHost.Tests.Publishing;

/// <summary>The YAML documents of deploy/, parsed into plain dictionaries, lists and strings.</summary>
internal sealed class KubernetesManifests
{
    private KubernetesManifests(IReadOnlyList<(string File, Dictionary<string, object?> Document)> documents) => Documents = documents;

    public IReadOnlyList<(string File, Dictionary<string, object?> Document)> Documents { get; }

    public Dictionary<string, object?> Kustomization => Documents.Single(d => d.File == "kustomization.yaml").Document;

    public static KubernetesManifests Load()
    {
        var documents = new List<(string, Dictionary<string, object?>)>();
        foreach (var file in Directory.GetFiles(RepositoryPaths.DeployBase, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            foreach (var document in stream.Documents)
            {
                documents.Add((Path.GetFileName(file), (Dictionary<string, object?>)Convert(document.RootNode)!));
            }
        }

        return new KubernetesManifests(documents);
    }

    public Dictionary<string, object?>? Find(string kind, string name) =>
        Documents.Select(d => d.Document).SingleOrDefault(d => Str(d, "kind") == kind && Str(d, "metadata", "name") == name);

    public Dictionary<string, object?> Single(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"deploy/ has no {kind} named '{name}'.");

    /// <summary>The container named <paramref name="name"/> of the Deployment, StatefulSet or Job named <paramref name="name"/>.</summary>
    public Dictionary<string, object?> Container(string kind, string name) =>
        Named(List(Single(kind, name), "spec", "template", "spec", "containers"), name)
        ?? throw new Xunit.Sdk.XunitException($"{kind} {name} has no container named {name}.");

    /// <summary>The literals of the generated secret, by key.</summary>
    public Dictionary<string, string> SecretLiterals(string secretName) =>
        List(Named(List(Kustomization, "secretGenerator"), secretName), "literals").Cast<string>()
            .Select(l => l.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1]);

    public static object? Get(object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<string, object?> map, string key) => map.GetValueOrDefault(key),
                (List<object?> list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return node;
    }

    public static string? Str(object? node, params object[] path) => Get(node, path) as string;

    public static List<object?> List(object? node, params object[] path) => Get(node, path) as List<object?> ?? [];

    /// <summary>The map in a list whose <c>name</c> is <paramref name="name"/> (containers, ports, env vars).</summary>
    public static Dictionary<string, object?>? Named(List<object?> list, string name) =>
        list.OfType<Dictionary<string, object?>>().FirstOrDefault(item => Str(item, "name") == name);

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => Convert(c.Value)),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
