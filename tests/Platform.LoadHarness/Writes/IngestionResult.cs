namespace Platform.LoadHarness.Writes;

/// <summary>Sustained ingestion: from the first document sent to the last extraction settled.</summary>
public sealed record IngestionResult(int Documents, long Characters, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> ServiceCpu,
    TimeSpan MachineCpu, int Failed)
{
    public TimeSpan ExtractionCpu => ServiceCpu.GetValueOrDefault("extraction");
    public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
    public double CharactersPerSecond => Characters / Elapsed.TotalSeconds;
    public double CharactersPerExtractionCpuSecond => Characters / ExtractionCpu.TotalSeconds;
}
