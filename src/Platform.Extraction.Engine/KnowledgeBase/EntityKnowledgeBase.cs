using System.Collections.Frozen;
using Platform.Extraction.Engine.Data;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>
/// The curated knowledge base (embedded <c>Data/kb/*.jsonl</c>), validated on load. Immutable and thread-safe.
/// Named EntityKnowledgeBase so it does not collide with its namespace.
/// </summary>
public sealed class EntityKnowledgeBase
{
    private static readonly Lazy<EntityKnowledgeBase> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, KnowledgeBaseEntry> _byId;
    private readonly FrozenDictionary<string, KnowledgeBaseEntry[]> _byKey;

    public EntityKnowledgeBase(IReadOnlyList<KnowledgeBaseEntry> entries)
    {
        var problems = KnowledgeBaseValidator.Validate(entries);
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"The knowledge base is invalid ({problems.Count} problems): {string.Join(" ", problems.Take(20))}");
        }
        Entries = entries;
        _byId = entries.ToFrozenDictionary(entry => entry.Id, StringComparer.Ordinal);
        _byKey = entries
            .SelectMany(entry => entry.Aliases.Select(alias => (Key: MatchFolding.Key(alias.Text), Entry: entry)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Entry).Distinct().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The embedded curated KB, loaded once.</summary>
    public static EntityKnowledgeBase Default => LazyDefault.Value;

    public IReadOnlyList<KnowledgeBaseEntry> Entries { get; }

    public KnowledgeBaseEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Entries having this exact name or alias (case, width, traditional/simplified and spacing insensitive).</summary>
    public IReadOnlyList<KnowledgeBaseEntry> FindByName(string name) =>
        _byKey.TryGetValue(MatchFolding.Key(name), out var found) ? found : [];

    public static EntityKnowledgeBase FromJsonLines(IEnumerable<string> lines, string source = "kb") =>
        new(KnowledgeBaseJsonLines.Parse(lines, source).ToList());

    private static EntityKnowledgeBase LoadEmbedded() =>
        new(EmbeddedData.Names("kb/")
            .SelectMany(name => KnowledgeBaseJsonLines.Parse(EmbeddedData.ReadLines(name), name))
            .ToList());
}
