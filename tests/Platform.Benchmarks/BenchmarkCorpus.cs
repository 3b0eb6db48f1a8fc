namespace Platform.Benchmarks;

/// <summary>
/// The development documents of ../shared/corpus/dev, read at run time (their text is never copied into the
/// repo), and the rules that pick the Chinese and English lines every benchmark and peer sees.
/// </summary>
internal static class BenchmarkCorpus
{
    /// <summary>Every development document, ordered by file name; null when shared/corpus/dev is not found.</summary>
    public static IReadOnlyList<string>? FindDocuments()
    {
        var corpus = WorkspacePaths.FindUp(Path.Combine("shared", "corpus", "dev"));
        return corpus is null
            ? null
            : Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    }

    /// <summary>Every development document, ordered by file name, for the benchmarks that cannot run without them.</summary>
    public static IReadOnlyList<string> RequireDocuments() =>
        FindDocuments() ?? throw new InvalidOperationException(
            $"shared/corpus/dev was not found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}; "
            + "the benchmark needs the development documents.");

    /// <summary>Lines with at least 4 Han characters making up at least half the line.</summary>
    public static IEnumerable<string> MostlyChineseLines(IEnumerable<string> documents) => Lines(documents).Where(IsMostlyChinese);

    /// <summary>Lines longer than 20 characters whose letters are at least 90 % Latin.</summary>
    public static IEnumerable<string> MostlyLatinLines(IEnumerable<string> documents) => Lines(documents).Where(IsMostlyLatin);

    /// <summary>Non-blank lines without any CJK character (short ones such as speaker labels included).</summary>
    public static IEnumerable<string> LinesWithoutCjk(IEnumerable<string> documents) =>
        Lines(documents).Where(line => line.Trim().Length > 0 && !line.Any(IsCjk));

    private static IEnumerable<string> Lines(IEnumerable<string> documents) => documents.SelectMany(document => document.Split('\n'));

    private static bool IsMostlyChinese(string line)
    {
        var han = line.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        return han >= 4 && han * 2 >= line.Length;
    }

    private static bool IsMostlyLatin(string line)
    {
        var latin = line.Count(c => c < 0x250 && char.IsLetter(c));
        var letters = line.Count(char.IsLetter);
        return line.Length > 20 && letters > 0 && latin * 10 >= letters * 9;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' || char.IsSurrogate(c);
}
