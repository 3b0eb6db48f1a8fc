using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Platform.Extraction.Engine;

namespace Platform.Benchmarks;

/// <summary>
/// Single-threaded throughput of the full engine (<see cref="ExtractionEngine.CreateDefault"/>, one
/// <see cref="IEntityExtractor.Extract"/> per text) on three inputs built at run time from
/// ../shared/corpus/dev: the mostly-Chinese lines, the lines without any CJK character, and the whole
/// documents (mixed). The Chars/s column is the input length divided by the median. Each case prints the
/// loaded engine's memory, and the Chinese and English cases time their peer once on the same text:
/// jieba posseg (/usr/bin/python3) and npm compromise (node, peers/node).
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*EngineBenchmarks*'
/// </summary>
[Config(typeof(CharsPerSecondConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private IEntityExtractor _engine = null!;
    private IReadOnlyList<string> _texts = [];

    [Params(EngineInputs.Chinese, EngineInputs.English, EngineInputs.Mixed)]
    public string Input { get; set; } = EngineInputs.Mixed;

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(true);
        _texts = EngineInputs.Load(Input);
        _engine = ExtractionEngine.CreateDefault();
        Extract();
        var chars = _texts.Sum(text => text.Length);
        Console.WriteLine($"// {Input} input: {chars:N0} chars in {_texts.Count} text(s)");
        Console.WriteLine($"// Loaded engine after one warm-up: managed heap {MiB(GC.GetTotalMemory(true))} "
            + $"(before loading {MiB(before)}), working set {MiB(Environment.WorkingSet)} (target < 300 MB)");

        var ours = MeasureOurs(chars);
        Console.WriteLine($"// ExtractionEngine (C#, 1 thread): {ours.Wall:N0} chars/s wall clock, {ours.Cpu:N0} chars/s of CPU time");
        var peer = Input switch
        {
            EngineInputs.Chinese => Peers.JiebaPosseg(_texts),
            EngineInputs.English => Peers.Compromise(_texts),
            _ => null,
        };
        if (peer is not null)
        {
            Console.WriteLine($"// {peer.Name}: {peer.Summary}");
            if (peer.CharsPerSecond is { } peerSpeed)
            {
                Console.WriteLine($"// ours / {peer.Name} (wall clock): {ours.Wall / peerSpeed:F2}x");
            }
        }
    }

    [Benchmark]
    public int Extract()
    {
        var mentions = 0;
        foreach (var text in _texts)
        {
            mentions += _engine.Extract(text).Mentions.Count;
        }

        return mentions;
    }

    private (double Wall, double Cpu) MeasureOurs(int chars)
    {
        // Past tiered JIT first, or the figure mostly measures unoptimised code.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 1000)
        {
            Extract();
        }

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.ElapsedMilliseconds < 2000 || runs == 0)
        {
            Extract();
            runs++;
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return ((double)chars * runs / wall, (double)chars * runs / cpu);
    }

    private static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MiB";

    private sealed class CharsPerSecondConfig : ManualConfig
    {
        public CharsPerSecondConfig() => AddColumn(new CharsPerSecondColumn());
    }

    /// <summary>Input characters divided by the median time of one call; the inputs are rebuilt here because columns run in the host process.</summary>
    private sealed class CharsPerSecondColumn : IColumn
    {
        public string Id => nameof(CharsPerSecondColumn);
        public string ColumnName => "Chars/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Input characters per second from the median, one thread";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            if (median is not > 0 || benchmarkCase.Parameters[nameof(Input)] is not string input)
            {
                return "NA";
            }

            var chars = EngineInputs.Load(input).Sum(text => text.Length);
            return (chars / (median.Value / 1e9)).ToString("N0", style.CultureInfo ?? CultureInfo.InvariantCulture);
        }
    }

    private static class EngineInputs
    {
        public const string Chinese = "Chinese";
        public const string English = "English";
        public const string Mixed = "Mixed";

        /// <summary>Chinese and English are one text each (the selected lines joined); mixed is one text per document.</summary>
        public static IReadOnlyList<string> Load(string input)
        {
            var documents = DevelopmentDocuments();
            var lines = documents.SelectMany(document => document.Split('\n'));
            return input switch
            {
                Chinese => [string.Join('\n', lines.Where(IsMostlyChinese))],
                English => [string.Join('\n', lines.Where(line => line.Trim().Length > 0 && !line.Any(IsCjk)))],
                Mixed => documents,
                _ => throw new ArgumentOutOfRangeException(nameof(input), input, "expected Chinese, English or Mixed"),
            };
        }

        // The same rule as ChineseTaggingBenchmarks, so jieba sees the same lines in both.
        private static bool IsMostlyChinese(string line)
        {
            var han = line.Count(c => c is >= '\u4E00' and <= '\u9FFF');
            return han >= 4 && han * 2 >= line.Length;
        }

        private static bool IsCjk(char c) =>
            c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);

        private static List<string> DevelopmentDocuments()
        {
            var corpus = FindUp(Path.Combine("shared", "corpus", "dev"))
                ?? throw new InvalidOperationException(
                    $"shared/corpus/dev was not found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; the engine benchmark needs the development documents.");
            return Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        }
    }

    private sealed record PeerResult(string Name, string Summary, double? CharsPerSecond);

    /// <summary>Runs the same peer scripts as ChineseTaggingBenchmarks and EnglishRecognitionBenchmarks.</summary>
    private static class Peers
    {
        public static PeerResult JiebaPosseg(IReadOnlyList<string> texts)
        {
            const string name = "jieba posseg (python)";
            var script = FindUp(Path.Combine("tests", "Platform.Extraction.Engine.Tests", "Chinese", "lac_reference.py"));
            if (script is null || !File.Exists("/usr/bin/python3"))
            {
                return new(name, "not measured (lac_reference.py or /usr/bin/python3 not found)", null);
            }

            var lines = texts.SelectMany(text => text.Split('\n')).Where(line => line.Trim().Length > 0);
            return WithInputFile(string.Join('\n', lines), input =>
            {
                var (exitCode, output, error) = Run("/usr/bin/python3", [script, "bench-posseg", input], null);
                if (exitCode != 0)
                {
                    return new(name, $"failed ({error.Trim().Split('\n')[^1]})", null);
                }

                using var json = JsonDocument.Parse(output);
                var root = json.RootElement;
                var wall = root.GetProperty("chars_per_second").GetDouble();
                return new(name, $"{wall:N0} chars/s wall clock, {root.GetProperty("chars_per_cpu_second").GetDouble():N0} chars/s of CPU time "
                    + $"({root.GetProperty("chars").GetInt32():N0} chars in {root.GetProperty("seconds").GetDouble():F2} s)", wall);
            });
        }

        public static PeerResult Compromise(IReadOnlyList<string> texts)
        {
            const string name = "compromise (node)";
            var peers = FindUp(Path.Combine("tests", "Platform.Benchmarks", "peers", "node"));
            if (peers is null || !Directory.Exists(Path.Combine(peers, "node_modules", "compromise")))
            {
                return new(name, "not measured (run `npm ci --prefix tests/Platform.Benchmarks/peers/node`)", null);
            }

            return WithInputFile(string.Join('\n', texts), input =>
            {
                try
                {
                    var (exitCode, output, error) = Run("node", [Path.Combine(peers, "compromise-speed.js"), input, "2"], peers);
                    if (exitCode != 0)
                    {
                        return new(name, $"failed ({exitCode}): {error.Trim()}", null);
                    }

                    using var json = JsonDocument.Parse(output);
                    var speed = json.RootElement.GetProperty("charsPerSecond").GetDouble();
                    return new(name, $"{speed:N0} chars/s wall clock ({output.Trim()})", speed);
                }
                catch (System.ComponentModel.Win32Exception e)
                {
                    return new(name, $"not measured: node is not on PATH ({e.Message})", null);
                }
            });
        }

        private static PeerResult WithInputFile(string text, Func<string, PeerResult> run)
        {
            var input = Path.GetTempFileName();
            try
            {
                File.WriteAllText(input, text, new UTF8Encoding(false));
                return run(input);
            }
            finally
            {
                File.Delete(input);
            }
        }

        private static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? workingDirectory)
        {
            var start = new ProcessStartInfo(program, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = workingDirectory ?? "",
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
    }

    private static string? FindUp(string relative)
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, relative);
                if (Directory.Exists(candidate) || File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
