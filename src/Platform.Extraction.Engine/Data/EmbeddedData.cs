using System.Reflection;

namespace Platform.Extraction.Engine.Data;

/// <summary>Reads the data files compiled into this assembly (see the EmbeddedResource items of the csproj).</summary>
internal static class EmbeddedData
{
    private static readonly Assembly EngineAssembly = typeof(EmbeddedData).Assembly;

    public static IEnumerable<string> Names(string prefix) =>
        EngineAssembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> ReadLines(string name)
    {
        using var stream = EngineAssembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data file '{name}' is missing from {EngineAssembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
