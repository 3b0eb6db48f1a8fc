namespace Platform.Storage.Entities;

/// <summary>
/// An operator's correction of the graph, kept for ever: while it holds (not undone) the extraction service applies it
/// to every extraction it stores, in the order the corrections were made.
/// </summary>
public sealed class Curation
{
    public long Id { get; set; }
    public CurationAction Action { get; set; }
    /// <summary>The entity changed: merge's source, or the entity split, renamed or whose alias is blocked.</summary>
    public string EntityId { get; set; } = "";
    /// <summary>Merge: the entity merged into. Split: the new entity.</summary>
    public string? TargetEntityId { get; set; }
    /// <summary>Split and block: the alias as given, and its <see cref="NameKey"/>.</summary>
    public string? Alias { get; set; }
    public string? NormalizedAlias { get; set; }
    /// <summary>Rename: the new name. Split: the new entity's name.</summary>
    public string? Name { get; set; }
    /// <summary>Rename: the name before, given back on undo.</summary>
    public string? PreviousName { get; set; }
    public string Actor { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
    public string? UndoReason { get; set; }
    /// <summary>The stored documents queued for extraction again by the change, or by its undo once undone.</summary>
    public List<Guid> DocumentIds { get; set; } = [];
}

public enum CurationAction
{
    Merge = 1,
    Split = 2,
    Rename = 3,
    Block = 4,
}
