namespace Platform.Benchmarks;

/// <summary>The three inputs of <see cref="EngineBenchmarks"/>, rebuilt from the development documents wherever they are needed.</summary>
internal static class EngineInputs
{
    public const string Chinese = "Chinese";
    public const string English = "English";
    public const string Mixed = "Mixed";

    /// <summary>Chinese and English are one text each (the selected lines joined); mixed is one text per document.</summary>
    public static IReadOnlyList<string> Load(string input)
    {
        var documents = BenchmarkCorpus.RequireDocuments();
        return input switch
        {
            Chinese => [string.Join('\n', BenchmarkCorpus.MostlyChineseLines(documents))],
            English => [string.Join('\n', BenchmarkCorpus.LinesWithoutCjk(documents))],
            Mixed => documents,
            _ => throw new ArgumentOutOfRangeException(nameof(input), input, "expected Chinese, English or Mixed"),
        };
    }
}
