namespace Platform.Extraction.Engine.Tests.Latin;

/// <summary>Finds ../shared/data/ner by walking up from the test's base directory.</summary>
internal static class SharedNerData
{
    public static string? Directory { get; } = Locate();

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ner");
            if (System.IO.Directory.Exists(Path.Combine(dir.FullName, "shared", "corpus")) && System.IO.Directory.Exists(Path.Combine(candidate, "wikiann-en")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, saying why, when the shared NER data is not next to the repository.</summary>
public sealed class SharedNerDataFactAttribute : FactAttribute
{
    public SharedNerDataFactAttribute()
    {
        if (SharedNerData.Directory is null)
        {
            Skip = "shared/data/ner was not found in any parent folder of the test directory; held-out scoring needs it.";
        }
    }
}
