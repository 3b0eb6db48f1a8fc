using System.Text;
using BenchmarkDotNet.Attributes;
using Platform.Extraction.Engine.Latin;

namespace Platform.Benchmarks;

/// <summary>
/// Throughput of <see cref="LatinEntityRecognizer"/> on English text (the English lines of
/// ../shared/corpus/dev, read at run time), rules alone and with the tagger, next to npm `compromise`
/// (people/organizations/places) timed on the same text by peers/node/compromise-speed.js.
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*EnglishRecognition*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class EnglishRecognitionBenchmarks
{
    private string _text = "";
    private LatinEntityRecognizer _rulesOnly = null!;
    private LatinEntityRecognizer _withTagger = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = EnglishText();
        _rulesOnly = new LatinEntityRecognizer(LatinLexicon.Default, tagger: null);
        _withTagger = LatinEntityRecognizer.Default;
        Console.WriteLine($"// English text: {_text.Length:N0} chars");
        Console.WriteLine($"// LatinEntityRecognizer rules only: {CharsPerSecond(_rulesOnly):N0} chars/s");
        Console.WriteLine($"// LatinEntityRecognizer with tagger: {CharsPerSecond(_withTagger):N0} chars/s");
        Console.WriteLine($"// {Peers.Compromise(_text)}");
    }

    [Benchmark(Baseline = true)]
    public int RulesOnly() => _rulesOnly.Recognize(_text).Count;

    [Benchmark]
    public int WithTagger() => _withTagger.Recognize(_text).Count;

    private double CharsPerSecond(LatinEntityRecognizer recognizer) =>
        PlainClock.CharsPerSecond(
            () => recognizer.Recognize(_text), _text.Length, warmUp: TimeSpan.FromMilliseconds(1500), duration: TimeSpan.FromSeconds(1)).Wall;

    private static string EnglishText()
    {
        var lines = BenchmarkCorpus.FindDocuments() is { } documents ? BenchmarkCorpus.MostlyLatinLines(documents).ToList() : [];
        if (lines.Count > 20)
        {
            return string.Join('\n', lines);
        }

        Console.WriteLine("// shared/corpus/dev not found: using generated English text");
        var text = new StringBuilder();
        string[] people = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Dr. Jane Smith"];
        string[] orgs = ["Contoso Ltd", "the University of Oxford", "Northwind Inc.", "Fabrikam Labs"];
        for (var k = 0; text.Length < 60_000; k++)
        {
            text.Append(people[k % people.Length]).Append(" joined ").Append(orgs[k % orgs.Length])
                .Append(" in London after a long career, and said the GPT-4 results were promising.\n");
        }

        return text.ToString();
    }
}
