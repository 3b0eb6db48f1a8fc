namespace Platform.Storage.Entities;

/// <summary>One real-world thing, whatever the language or spelling it is mentioned by.</summary>
public sealed class KnowledgeEntity
{
    /// <summary>Stable id from the extraction engine (a KB id or a canonical id for names outside the KB).</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameZh { get; set; }
    public EntityKind Type { get; set; }
    public string? Description { get; set; }
    public string? WikidataId { get; set; }
    /// <summary>Kept exact: recomputed from mentions whenever a document's mentions change.</summary>
    public int MentionCount { get; set; }
    public int DocumentCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<EntityAlias> Aliases { get; set; } = [];
}

public enum EntityKind
{
    Person = 1,
    Organization = 2,
    Product = 3,
    Location = 4,
    Event = 5,
    Work = 6,
    Concept = 7,
}
