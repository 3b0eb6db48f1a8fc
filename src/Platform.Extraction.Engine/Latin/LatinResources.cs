using System.Reflection;

namespace Platform.Extraction.Engine.Latin;

/// <summary>Reads the data files embedded from Data/Latin.</summary>
internal static class LatinResources
{
    private const string Prefix = "Platform.Extraction.Engine.Data.Latin.";

    public static Stream Open(string fileName)
    {
        var assembly = typeof(LatinResources).Assembly;
        return assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"Embedded resource '{Prefix + fileName}' is missing from {assembly.GetName().Name}; check the EmbeddedResource items of the engine project.");
    }

    public static bool Exists(string fileName) =>
        typeof(LatinResources).Assembly.GetManifestResourceInfo(Prefix + fileName) is not null;

    /// <summary>Non-empty lines that are not '#' comments, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
