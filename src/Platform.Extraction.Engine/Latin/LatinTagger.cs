namespace Platform.Extraction.Engine.Latin;

/// <summary>A typed span the tagger found, in word indices (End exclusive), with a confidence in (0.5, 1).</summary>
public readonly record struct TaggedSpan(int Start, int End, EntityType Type, double Confidence);

/// <summary>Runs the trained BIO tagger over a sequence of words. Thread-safe.</summary>
public sealed class LatinTagger
{
    public const string ModelResourceName = "tagger.bin";

    private static readonly Lazy<LatinTagger?> s_default = new(LoadEmbedded);
    private readonly TaggerFeatureExtractor _features;

    public LatinTagger(LatinTaggerModel model, LatinLexicon lexicon)
    {
        Model = model;
        _features = new TaggerFeatureExtractor(lexicon);
    }

    /// <summary>The tagger trained into Data/Latin/tagger.bin, or null when the assembly was built without it.</summary>
    public static LatinTagger? Default => s_default.Value;

    public LatinTaggerModel Model { get; }

    /// <summary>BIO tags (<see cref="BioTags"/>) of the words.</summary>
    public int[] TagWords(IReadOnlyList<string> words, bool sentenceInitial, double[]? margins = null) =>
        words.Count == 0 ? [] : Model.Decode(_features.Extract(words, sentenceInitial), margins);

    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> words, bool sentenceInitial)
    {
        var margins = new double[words.Count];
        var tags = TagWords(words, sentenceInitial, margins);
        var spans = new List<TaggedSpan>();
        foreach (var (start, end, typeIndex) in BioTags.Spans(tags))
        {
            spans.Add(new TaggedSpan(start, end, BioTags.Types[typeIndex], Model.SpanConfidence(margins, start, end)));
        }

        return spans;
    }

    private static LatinTagger? LoadEmbedded()
    {
        if (!LatinResources.Exists(ModelResourceName))
        {
            return null;
        }

        using var stream = LatinResources.Open(ModelResourceName);
        return new LatinTagger(LatinTaggerModel.Load(stream), LatinLexicon.Default);
    }
}
