namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>One curated real-world entity.</summary>
/// <param name="Id">Stable lowercase slug, e.g. <c>microsoft</c>; used as the entity id across documents.</param>
/// <param name="Aliases">Every name the entity is matched by, including <paramref name="Name"/> and <paramref name="NameZh"/>.</param>
/// <param name="OwnerId">The organisation a product belongs to or a division is part of, if any.</param>
/// <param name="ContextIds">Entities whose presence in a document licenses the <see cref="AliasPolicy.NeedsContext"/> aliases.</param>
/// <param name="Generic">A common noun ("data center", "GPU") known so that no tagger takes it for a name; never reported as an entity.</param>
public sealed record KnowledgeBaseEntry(
    string Id,
    string Name,
    string? NameZh,
    EntityType Type,
    IReadOnlyList<KnowledgeBaseAlias> Aliases,
    string? WikidataId,
    string? Description,
    string? OwnerId,
    IReadOnlyList<string> ContextIds,
    bool Generic = false);

/// <summary>How freely an alias may be matched.</summary>
public enum AliasPolicy
{
    /// <summary>Matched case- and width-insensitively wherever word boundaries allow.</summary>
    Always = 0,

    /// <summary>Matched only with the exact letter case ("Apple", not "apple"; "US", not "us").</summary>
    CaseSensitive = 1,

    /// <summary>Case-sensitive and kept only when the document also names the entity unambiguously or one of its context entities ("Edge" needs Microsoft).</summary>
    NeedsContext = 2,
}

/// <param name="Ambiguous">Deliberately shared with another entry; the matcher picks the one the document supports.</param>
public sealed record KnowledgeBaseAlias(string Text, AliasPolicy Policy, bool Ambiguous = false);
