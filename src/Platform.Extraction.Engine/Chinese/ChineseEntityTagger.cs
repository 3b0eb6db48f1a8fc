using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>A typed span of the Chinese tagger, in character offsets of the text it was given (End exclusive).</summary>
public readonly record struct ChineseTaggedSpan(int Start, int End, EntityType Type, double Confidence);

/// <summary>
/// The open-world Chinese recognizer: an averaged-perceptron BIO tagger over characters
/// (<see cref="ChineseCharacterFeatures"/>), trained on CLUENER2020 by <see cref="ChineseTaggerTraining"/>.
/// Thread-safe.
/// </summary>
public sealed class ChineseEntityTagger(LatinTaggerModel model)
{
    public const string ModelResourceName = "Platform.Extraction.Engine.Data.ChineseTagger.tagger-zh.bin";

    private static readonly Lazy<ChineseEntityTagger?> s_default = new(LoadEmbedded);

    /// <summary>The tagger trained into Data/ChineseTagger/tagger-zh.bin, or null when the assembly was built without it.</summary>
    public static ChineseEntityTagger? Default => s_default.Value;

    public LatinTaggerModel Model { get; } = model;

    /// <summary>BIO tags (<see cref="BioTags"/>) of the characters.</summary>
    public int[] TagCharacters(ReadOnlySpan<char> text, double[]? margins = null) =>
        text.IsEmpty ? [] : Model.Decode(ChineseCharacterFeatures.ExtractFlat(text), ChineseCharacterFeatures.FeaturesPerCharacter, margins);

    public IReadOnlyList<ChineseTaggedSpan> Tag(ReadOnlySpan<char> text)
    {
        var margins = new double[text.Length];
        var tags = TagCharacters(text, margins);
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
        return stream is null ? null : new ChineseEntityTagger(LatinTaggerModel.Load(stream));
    }
}
