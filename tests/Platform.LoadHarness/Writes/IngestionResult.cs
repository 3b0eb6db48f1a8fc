namespace Platform.LoadHarness.Writes;

/// <summary>Sustained ingestion: from the first document sent to the last extraction settled.</summary>
public sealed record IngestionResult(int Documents, long Characters, TimeSpan Elapsed, TimeSpan ExtractionCpu, int Failed)
{
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
    public double CharactersPerSecond => Characters / Elapsed.TotalSeconds;
    /// <summary>Cores the extraction service kept busy on average.</summary>
    public double ExtractionCores => ExtractionCpu / Elapsed;
    public double CharactersPerExtractionCpuSecond => Characters / ExtractionCpu.TotalSeconds;
}
