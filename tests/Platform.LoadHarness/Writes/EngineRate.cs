using System.Diagnostics;
using Platform.Extraction.Engine;
using Platform.LoadHarness.Corpus;

namespace Platform.LoadHarness.Writes;

/// <summary>
/// The engine alone on the same generated documents, in this process on one thread: characters per CPU second,
/// the rate sustained ingestion is held against (the extraction service runs this engine plus storage).
/// </summary>
internal static class EngineRate
{
    public static double CharactersPerCpuSecond(IReadOnlyList<GeneratedDocument> sample)
    {
        var engine = ExtractionEngine.CreateDefault();
        engine.Extract(sample[0].Content); // load the models outside the timing
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long characters = 0;
        foreach (var document in sample)
        {
            engine.Extract(document.Content);
            characters += document.Content.Length;
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        // Process CPU time, the GC's threads included, as the extraction service's is measured.
        return characters / cpu.TotalSeconds;
    }
}
