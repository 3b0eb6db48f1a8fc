namespace Platform.Storage.Entities;

/// <summary>
/// How many stored relations join one entity to another with one predicate, seen from that entity: one row per
/// (entity, other entity, predicate, direction). Kept by <see cref="RelationGroups"/> as documents are extracted,
/// re-extracted and deleted, so that an entity's neighbours are read without counting its edges.
/// </summary>
public sealed class RelationGroup
{
    public string EntityId { get; set; } = "";
    public string OtherId { get; set; } = "";
    public string Predicate { get; set; } = "";
    /// <summary><see cref="RelationGroups.Outgoing"/>, <see cref="RelationGroups.Incoming"/> or <see cref="RelationGroups.Undirected"/>.</summary>
    public string Direction { get; set; } = "";
    public int EvidenceCount { get; set; }
}
