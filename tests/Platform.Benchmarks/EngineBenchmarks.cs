using BenchmarkDotNet.Attributes;
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
[Config(typeof(EngineCharsPerSecondConfig))]
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

        var ours = PlainClock.CharsPerSecond(() => Extract(), chars, warmUp: TimeSpan.FromSeconds(1), duration: TimeSpan.FromSeconds(2));
        Console.WriteLine($"// ExtractionEngine (C#, 1 thread): {ours.Wall:N0} chars/s wall clock, {ours.Cpu:N0} chars/s of CPU time");
        var peer = Input switch
        {
            EngineInputs.Chinese => Peers.JiebaPosseg(_texts),
            EngineInputs.English => Peers.Compromise(string.Join('\n', _texts)),
            _ => null,
        };
        if (peer is not null)
        {
            Console.WriteLine($"// {peer}");
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

    private static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MiB";
}
