using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Text;

namespace Platform.Benchmarks;

/// <summary>
/// Single-threaded KB matching throughput (target ≥ 20 M chars/s) on the development documents of
/// ../shared/corpus/dev (read at run time, prepared, repeated to about 2 M chars), plus the preparation step itself.
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*KnowledgeBaseMatching*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class KnowledgeBaseMatchingBenchmarks
{
    private const int TargetLength = 2_000_000;

    private KnowledgeBaseMatcher _matcher = null!;
    private string _raw = "";
    private string _prepared = "";

    [GlobalSetup]
    public void Setup()
    {
        _matcher = KnowledgeBaseMatcher.Default;
        var documents = BenchmarkCorpus.RequireDocuments();
        var builder = new System.Text.StringBuilder();
        while (builder.Length < TargetLength)
        {
            foreach (var document in documents)
            {
                builder.Append(document).Append("\n\n");
            }
        }
        _raw = builder.ToString();
        _prepared = TextPreparer.Prepare(_raw).Text;

        _matcher.Match(_prepared);
        var clock = Stopwatch.StartNew();
        var matches = _matcher.Match(_prepared).Count;
        clock.Stop();
        Console.WriteLine($"// KB matching: {_prepared.Length:N0} chars, {matches:N0} matches, {_prepared.Length / clock.Elapsed.TotalSeconds / 1e6:F1} M chars/s (target >= 20)");
    }

    [Benchmark(Description = "KB matching (prepared text)")]
    public int MatchPreparedText() => _matcher.Match(_prepared).Count;

    [Benchmark(Description = "Text preparation")]
    public int PrepareText() => TextPreparer.Prepare(_raw).Text.Length;
}
