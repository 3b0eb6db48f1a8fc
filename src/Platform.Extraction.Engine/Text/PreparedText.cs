namespace Platform.Extraction.Engine.Text;

/// <summary>
/// A text ready for extraction: <see cref="Text"/> is normalised (NFKC, half-width, simplified Chinese, markup and URLs
/// blanked with spaces, wrapped names rejoined) and every index of it maps back to the original with <see cref="ToOriginal"/>.
/// </summary>
public sealed class PreparedText
{
    private readonly int[] _originalIndex;
    private readonly int[] _originalEnd;

    internal PreparedText(
        string original,
        string text,
        int[] originalIndex,
        int[] originalEnd,
        IReadOnlyList<TextSpan> sentences,
        DocumentMetadata metadata,
        IReadOnlyList<MetadataField> frontMatter)
    {
        Original = original;
        Text = text;
        _originalIndex = originalIndex;
        _originalEnd = originalEnd;
        Sentences = sentences;
        Metadata = metadata;
        FrontMatter = frontMatter;
    }

    public string Original { get; }

    /// <summary>The normalised text; sentence ranges and matcher offsets refer to it.</summary>
    public string Text { get; }

    /// <summary>Sentence ranges in <see cref="Text"/>, in order, trimmed, not overlapping.</summary>
    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>Title, date, tags and language ("zh", "en", "zh+en", "und").</summary>
    public DocumentMetadata Metadata { get; }

    public string Language => Metadata.Language;

    /// <summary>Front-matter values with their ranges in <see cref="Original"/> (empty when there is no front matter).</summary>
    public IReadOnlyList<MetadataField> FrontMatter { get; }

    /// <summary>Maps an index of <see cref="Text"/> (0..Text.Length inclusive, so exclusive ends map too) to the original.</summary>
    public int ToOriginal(int index) => _originalIndex[index];

    /// <summary>
    /// Maps a range of <see cref="Text"/> to the original text. The end is the end of the original character that
    /// produced the last normalised one, so a range over part of an expansion (NFKC "ﬁ" → "fi") still covers its source.
    /// </summary>
    public TextSpan ToOriginal(TextSpan span) =>
        span.End > span.Start ? new(_originalIndex[span.Start], _originalEnd[span.End - 1]) : new(_originalIndex[span.Start], _originalIndex[span.Start]);

    /// <summary>The sentence containing an index of <see cref="Text"/>, or an empty span at the index when it falls between sentences.</summary>
    public TextSpan SentenceAt(int index)
    {
        var low = 0;
        var high = Sentences.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (index < sentence.Start)
            {
                high = middle - 1;
            }
            else if (index >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return sentence;
            }
        }
        return new TextSpan(index, index);
    }
}
