using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>A typed span of the Chinese tagger, in character offsets of the text it was given (End exclusive).</summary>
public readonly record struct ChineseTaggedSpan(int Start, int End, EntityType Type, double Confidence);

/// <summary>
/// The open-world Chinese recognizer: an averaged-perceptron BIO tagger over characters and LAC-small's words
/// (<see cref="ChineseCharacterFeatures"/>), trained on CLUENER2020 by <see cref="ChineseTaggerTraining"/>.
/// Thread-safe.
/// </summary>
/// <param name="lac">Reads the words of a text given without them.</param>
public sealed class ChineseEntityTagger(LatinTaggerModel model, LacTagger lac)
{
    public const string ModelResourceName = "Platform.Extraction.Engine.Data.ChineseTagger.tagger-zh.bin";

    private static readonly Lazy<ChineseEntityTagger?> s_default = new(LoadEmbedded);

    /// <summary>
    /// The tagger trained into Data/ChineseTagger/tagger-zh.bin, or null when the assembly was built without it. Loading it
    /// loads LAC-small (<see cref="LacModel.Shared"/>).
    /// </summary>
    public static ChineseEntityTagger? Default => s_default.Value;

    public LatinTaggerModel Model { get; } = model;

    /// <summary>BIO tags (<see cref="BioTags"/>) of the characters.</summary>
    public int[] TagCharacters(string text, double[]? margins = null) => TagCharacters(text, lac.TagText(text), margins);

    /// <param name="words">LAC's words of <paramref name="text"/>, where the caller has them already.</param>
    public int[] TagCharacters(ReadOnlySpan<char> text, IReadOnlyList<LacSpan> words, double[]? margins = null) =>
        text.IsEmpty ? [] : Model.Decode(ChineseCharacterFeatures.ExtractFlat(text, words), ChineseCharacterFeatures.FeaturesPerCharacter, margins);

    public IReadOnlyList<ChineseTaggedSpan> Tag(string text) => Tag(text, lac.TagText(text));

    /// <param name="words">LAC's words of <paramref name="text"/>, where the caller has them already.</param>
    public IReadOnlyList<ChineseTaggedSpan> Tag(ReadOnlySpan<char> text, IReadOnlyList<LacSpan> words)
    {
        var margins = new double[text.Length];
        var tags = TagCharacters(text, words, margins);
        var spans = new List<ChineseTaggedSpan>();
        foreach (var (start, end, typeIndex) in BioTags.Spans(tags))
        {
            spans.Add(new ChineseTaggedSpan(start, end, BioTags.Types[typeIndex], Model.SpanConfidence(margins, start, end)));
        }

        return spans;
    }

    private static ChineseEntityTagger? LoadEmbedded()
    {
        using var stream = typeof(ChineseEntityTagger).Assembly.GetManifestResourceStream(ModelResourceName);
        return stream is null ? null : new ChineseEntityTagger(LatinTaggerModel.Load(stream), new LacTagger(LacModel.Shared));
    }
}
