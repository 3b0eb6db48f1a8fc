namespace Platform.Storage.Entities;

/// <summary>An entity as it appears in one document.</summary>
public sealed class DocumentEntity
{
    public Guid DocumentId { get; set; }
    public string EntityId { get; set; } = "";
    public int MentionCount { get; set; }
    public double Salience { get; set; }
    /// <summary>The distinct strings by which this document refers to the entity.</summary>
    public List<string> SurfaceForms { get; set; } = [];
    /// <summary>Why the engine linked separate strings to the entity in this document.</summary>
    public List<string> MergeReasons { get; set; } = [];
}
