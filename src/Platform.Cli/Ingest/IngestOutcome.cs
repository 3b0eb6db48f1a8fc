using Platform.Documents.V1;

namespace Platform.Cli.Ingest;

internal enum IngestResult
{
    Created,
    Existing,
    Failed,
}

/// <summary>What happened to one input file, filled in as ingestion (and optionally extraction) proceeds.</summary>
internal sealed class IngestOutcome(InputFile file)
{
    public InputFile File { get; } = file;
    public IngestResult Result { get; set; } = IngestResult.Failed;
    public string DocumentId { get; set; } = "";
    public string Error { get; set; } = "";
    public ExtractionStatus? Extraction { get; set; }
    public string ExtractionError { get; set; } = "";
}
