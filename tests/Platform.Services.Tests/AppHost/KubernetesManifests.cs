using Platform.AppHost.Hosting;
using YamlDotNet.RepresentationModel;

namespace Platform.Services.Tests.AppHost;

/// <summary>The YAML documents of deploy/, parsed into plain dictionaries, lists and strings.</summary>
internal sealed class KubernetesManifests
{
    public static readonly string DeployDirectory = Path.Combine(AppHostPaths.FromBuild().RepositoryRoot, "deploy");

    private KubernetesManifests(IReadOnlyList<(string File, Dictionary<string, object?> Document)> documents) => Documents = documents;

    public IReadOnlyList<(string File, Dictionary<string, object?> Document)> Documents { get; }

    public static KubernetesManifests Load()
    {
        var documents = new List<(string, Dictionary<string, object?>)>();
        foreach (var file in Directory.GetFiles(DeployDirectory, "*.yaml").Order(StringComparer.Ordinal))
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

    public Dictionary<string, object?> Single(string kind, string name) =>
        Documents.Select(d => d.Document).SingleOrDefault(d => Str(d, "kind") == kind && Str(d, "metadata", "name") == name)
        ?? throw new Xunit.Sdk.XunitException($"deploy/ has no {kind} named '{name}'.");

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
