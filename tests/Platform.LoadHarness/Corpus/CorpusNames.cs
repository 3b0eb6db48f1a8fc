using Platform.Extraction.Engine;
using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.LoadHarness.Corpus;

/// <summary>The knowledge base's names by type, in English and (where it has one) Chinese: what generated documents talk about.</summary>
internal sealed class CorpusNames
{
    private CorpusNames(EntityKnowledgeBase kb)
    {
        var named = kb.Entries.Where(e => !e.Generic).ToList();
        People = Of(named, EntityType.Person);
        Organizations = Of(named, EntityType.Organization);
        Products = Of(named, EntityType.Product);
        Locations = Of(named, EntityType.Location);
        Events = Of(named, EntityType.Event);
        Works = Of(named, EntityType.Work);
    }

    public static CorpusNames FromKnowledgeBase() => new(EntityKnowledgeBase.Default);

    public IReadOnlyList<Name> People { get; }
    public IReadOnlyList<Name> Organizations { get; }
    public IReadOnlyList<Name> Products { get; }
    public IReadOnlyList<Name> Locations { get; }
    public IReadOnlyList<Name> Events { get; }
    public IReadOnlyList<Name> Works { get; }

    /// <summary>Every name a generated document can contain, in both languages: the read load looks these up.</summary>
    public IEnumerable<string> All =>
        new[] { People, Organizations, Products, Locations, Events, Works }
            .SelectMany(names => names)
            .SelectMany(n => new[] { n.English, n.Chinese })
            .Distinct(StringComparer.Ordinal);

    private static List<Name> Of(List<KnowledgeBaseEntry> entries, EntityType type) =>
        entries.Where(e => e.Type == type).Select(e => new Name(e.Name, e.NameZh ?? e.Name)).ToList();

    public sealed record Name(string English, string Chinese);
}
