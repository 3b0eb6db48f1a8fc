namespace Platform.Documents.Dispatch;

/// <summary>Settings of ingestion's back-pressure (configuration section <c>Ingestion</c>).</summary>
internal sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Documents waiting for extraction beyond which new ones are refused until the queue drains.</summary>
    public int MaxQueuedExtractions { get; set; } = 10_000;

    /// <summary>Documents one IngestDocuments stream may carry; those beyond are refused.</summary>
    public int MaxDocumentsPerStream { get; set; } = 1_000;
}
