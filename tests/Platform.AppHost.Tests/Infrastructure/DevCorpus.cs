namespace Platform.AppHost.Tests.Infrastructure;

/// <summary>
/// The development documents in <c>shared/corpus/dev</c>, found by walking up from the repository root.
/// Third-party text: read at test time, never copied into the repository.
/// </summary>
internal static class DevCorpus
{
    public const string MissingMessage = "shared/corpus/dev was not found in any folder above the repository root; the corpus tests need it.";

    public static string? Directory { get; } = Find();

    private static string? Find()
    {
        for (var folder = new DirectoryInfo(RepositoryPaths.Root); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "corpus", "dev");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that is skipped, saying why, when the development corpus is absent.</summary>
public sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute()
    {
        if (DevCorpus.Directory is null)
        {
            Skip = DevCorpus.MissingMessage;
        }
    }
}
