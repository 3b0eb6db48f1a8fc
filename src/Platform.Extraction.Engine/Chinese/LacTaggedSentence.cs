namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// One sentence with a LAC label per UTF-16 char. jieba strips whitespace off both ends before tagging:
/// those chars lie outside [<see cref="TaggedStart"/>, <see cref="TaggedEnd"/>) and are labelled "O".
/// The low half of a surrogate pair carries the "-I" form of its high half's label.
/// </summary>
public sealed class LacTaggedSentence
{
    private readonly byte[] _tagIds;
    private readonly LacLabelSet _labels;
    private string[]? _tags;

    internal LacTaggedSentence(string text, byte[] tagIds, LacLabelSet labels, int taggedStart, int taggedEnd)
    {
        Text = text;
        _tagIds = tagIds;
        _labels = labels;
        TaggedStart = taggedStart;
        TaggedEnd = taggedEnd;
        Spans = DecodeSpans();
    }

    public string Text { get; }

    public int TaggedStart { get; }

    public int TaggedEnd { get; }

    public ReadOnlySpan<byte> TagIds => _tagIds;

    /// <summary>Per UTF-16 char: "PER-B", "PER-I", "n-B", …, "O".</summary>
    public IReadOnlyList<string> Tags => _tags ??= Array.ConvertAll(_tagIds, _labels.Label);

    /// <summary>
    /// Words as jieba's <c>utils.parse_result</c> groups them: a word starts at an "-B" label, or at "O"
    /// after a non-"O"; its label is the first char's label without "-B"/"-I".
    /// </summary>
    public IReadOnlyList<LacSpan> Spans { get; }

    public string TagAt(int index) => _labels.Label(_tagIds[index]);

    public string TextOf(LacSpan span) => Text[span.Start..span.End];

    public IEnumerable<LacSpan> SpansLabelled(params string[] labels) => Spans.Where(span => labels.Contains(span.Label));

    private LacSpan[] DecodeSpans()
    {
        if (TaggedEnd <= TaggedStart)
        {
            return [];
        }

        var spans = new List<LacSpan>();
        var outside = _labels.OutsideId;
        var start = TaggedStart;
        for (var i = TaggedStart + 1; i < TaggedEnd; i++)
        {
            var tag = _tagIds[i];
            if (_labels.IsBegin(tag) || (tag == outside && _tagIds[i - 1] != outside))
            {
                spans.Add(new LacSpan(start, i, _labels.Type(_tagIds[start])));
                start = i;
            }
        }

        spans.Add(new LacSpan(start, TaggedEnd, _labels.Type(_tagIds[start])));
        return spans.ToArray();
    }
}
