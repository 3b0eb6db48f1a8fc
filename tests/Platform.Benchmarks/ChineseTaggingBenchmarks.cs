using BenchmarkDotNet.Attributes;
using Platform.Extraction.Engine.Chinese;

namespace Platform.Benchmarks;

/// <summary>
/// Single-threaded throughput of <see cref="LacTagger"/> (LAC-small BiGRU-CRF, end to end: folding,
/// batching, network, Viterbi, span decoding) on the Chinese lines of ../shared/corpus/dev, read at run
/// time. The peers are timed once in the setup on the same lines: jieba's posseg (HMM, pure python) and
/// the python LAC reference (jieba's reader and parse_result around a numpy network, since Debian has
/// no PaddlePaddle), both through /usr/bin/python3.
/// Run: dotnet run -c Release --project tests/Platform.Benchmarks -- --filter '*ChineseTagging*'
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class ChineseTaggingBenchmarks
{
    private const int LacReferenceLineLimit = 120;

    private LacTagger _tagger = null!;
    private List<string> _lines = [];
    private List<string> _sentences = [];
    private string _text = "";

    [GlobalSetup(Target = nameof(TagWholeText))]
    public void Setup()
    {
        _tagger = new LacTagger(LacModel.Load());
        _lines = ChineseLines();
        _text = string.Join('\n', _lines);
        _sentences = ChineseSentenceSplitter.Split(_text).Select(chunk => _text.Substring(chunk.Start, chunk.Length)).ToList();
        Console.WriteLine($"// Chinese text: {_text.Length:N0} chars, {_lines.Count} lines, {_sentences.Count} chunks");
    }

    /// <summary>Also times ours with a plain clock and the python peers once, printed next to each other.</summary>
    [GlobalSetup(Target = nameof(TagSentences))]
    public void SetupWithPeers()
    {
        Setup();
        var (wall, cpu) = PlainClock.CharsPerSecond(
            () => TagSentences(), _sentences.Sum(sentence => sentence.Length), warmUp: TimeSpan.Zero, duration: TimeSpan.FromSeconds(2));
        Console.WriteLine($"// LacTagger (C#, 1 thread): {wall:N0} chars/s wall clock, {cpu:N0} chars/s of CPU time");
        Console.WriteLine($"// {Peers.JiebaPosseg(_lines)}");
        Console.WriteLine($"// {Peers.LacReference(_lines, LacReferenceLineLimit)}");
    }

    /// <summary>Chars of the text per call: divide by the mean time for chars/s.</summary>
    [Benchmark(Baseline = true)]
    public int TagSentences()
    {
        var spans = 0;
        foreach (var sentence in _tagger.Tag(_sentences))
        {
            spans += sentence.Spans.Count;
        }

        return spans;
    }

    [Benchmark]
    public int TagWholeText() => _tagger.TagText(_text).Count;

    private static List<string> ChineseLines()
    {
        var lines = BenchmarkCorpus.FindDocuments() is { } documents ? BenchmarkCorpus.MostlyChineseLines(documents).ToList() : [];
        if (lines.Count > 20)
        {
            return lines;
        }

        Console.WriteLine("// shared/corpus/dev not found: using generated Chinese text");
        string[] people = ["张伟", "王芳", "李娜", "欧阳明"];
        string[] organisations = ["北京大学", "华为技术有限公司", "中国科学院", "上海交通大学"];
        string[] places = ["深圳", "杭州", "成都市", "广东省"];
        return Enumerable.Range(0, 600)
            .Select(k => $"{people[k % 4]}于2023年{k % 12 + 1}月在{places[k / 4 % 4]}代表{organisations[k / 16 % 4]}发布了新的研究成果，"
                + $"引起了{places[(k + 1) % 4]}各界的广泛关注。")
            .ToList();
    }
}
