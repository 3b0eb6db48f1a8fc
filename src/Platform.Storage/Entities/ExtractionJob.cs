namespace Platform.Storage.Entities;

/// <summary>
/// The outbox row that makes extraction durable: written in the same transaction as its document,
/// dispatched until the extraction service reports success or attempts run out.
/// </summary>
public sealed class ExtractionJob
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }
    public ExtractionJobState State { get; set; } = ExtractionJobState.Pending;
    public int Attempts { get; set; }
    /// <summary>When the job may next be dispatched (backoff after failures, lease while running).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>
    /// How many times the extraction service stored this document's results. It counts in the same transaction as the
    /// results and settles the job there, so a replica dying before it answers does not get the document extracted twice.
    /// </summary>
    public int Extractions { get; set; }
    /// <summary>The W3C trace context of the ingestion, so its extraction joins the same trace.</summary>
    public string? TraceParent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum ExtractionJobState
{
    Pending = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}
