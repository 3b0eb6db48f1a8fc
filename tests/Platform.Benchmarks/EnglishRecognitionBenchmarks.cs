using System.Diagnostics;
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
        Console.WriteLine($"// compromise (node): {RunCompromise(_text)}");
    }

    [Benchmark(Baseline = true)]
    public int RulesOnly() => _rulesOnly.Recognize(_text).Count;

    [Benchmark]
    public int WithTagger() => _withTagger.Recognize(_text).Count;

    private double CharsPerSecond(LatinEntityRecognizer recognizer)
    {
        // Warm up past tiered JIT first, or the figure mostly measures unoptimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 1500)
        {
            recognizer.Recognize(_text);
        }

        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 1000 || runs == 0)
        {
            recognizer.Recognize(_text);
            runs++;
        }

        return _text.Length * (double)runs / clock.Elapsed.TotalSeconds;
    }

    private static string EnglishText()
    {
        var corpus = FindUp(Path.Combine("shared", "corpus", "dev"));
        if (corpus is not null)
        {
            var lines = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines)
                .Where(IsEnglish)
                .ToList();
            if (lines.Count > 20)
            {
                return string.Join('\n', lines);
            }
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

    private static bool IsEnglish(string line)
    {
        var latin = line.Count(c => c < 0x250 && char.IsLetter(c));
        var letters = line.Count(char.IsLetter);
        return line.Length > 20 && letters > 0 && latin * 10 >= letters * 9;
    }

    private static string RunCompromise(string text)
    {
        var peers = FindUp(Path.Combine("tests", "Platform.Benchmarks", "peers", "node"));
        if (peers is null || !Directory.Exists(Path.Combine(peers, "node_modules", "compromise")))
        {
            return "not measured (run `npm ci` in tests/Platform.Benchmarks/peers/node)";
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, text);
            var start = new ProcessStartInfo("node", [Path.Combine(peers, "compromise-speed.js"), input, "2"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = peers,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : $"failed ({process.ExitCode}): {error.Trim()}";
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"not measured: node is not on PATH ({e.Message})";
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
