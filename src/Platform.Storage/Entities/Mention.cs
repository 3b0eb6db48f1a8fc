namespace Platform.Storage.Entities;

public sealed class Mention
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public string EntityId { get; set; } = "";
    /// <summary>Code point offsets into the document content; End is exclusive.</summary>
    public int Start { get; set; }
    public int End { get; set; }
    public string Text { get; set; } = "";
    /// <summary>The sentence containing the mention.</summary>
    public string Snippet { get; set; } = "";
    public double Confidence { get; set; }
}
