namespace Platform.Storage.Entities;

public sealed class Relation
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public string SubjectId { get; set; } = "";
    /// <summary>ceo_of, founder_of, ... or "co_occurrence".</summary>
    public string Predicate { get; set; } = "";
    public string ObjectId { get; set; } = "";
    public string Evidence { get; set; } = "";
    /// <summary>Code point offsets of the evidence in the document content.</summary>
    public int EvidenceStart { get; set; }
    public int EvidenceEnd { get; set; }
    public double Confidence { get; set; }
}
