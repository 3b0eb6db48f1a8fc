namespace Platform.Extraction.Engine.Latin;

/// <summary>The tokens of one text with their strings and the tagger's tags, shared by the recognizer's steps.</summary>
internal sealed class RecognitionContext
{
    public RecognitionContext(string text, LatinToken[] tokens, LatinLexicon lexicon)
    {
        Text = text;
        Tokens = tokens;
        Lexicon = lexicon;
        Words = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            Words[i] = text.Substring(tokens[i].Start, tokens[i].Length);
        }

        Tags = new int[tokens.Length];
        TagConfidences = new double[tokens.Length];
    }

    public string Text { get; }
    public LatinToken[] Tokens { get; }
    public string[] Words { get; }
    public LatinLexicon Lexicon { get; }

    /// <summary>The words from <paramref name="start"/> to <paramref name="end"/>, one space between each.</summary>
    public string Phrase(int start, int end) => string.Join(' ', Words[start..end]);

    /// <summary>Whether the words from <paramref name="start"/> to <paramref name="end"/> name a listed place.</summary>
    public bool IsListedPlace(int start, int end) => Lexicon.Places.Contains(Phrase(start, end));

    /// <summary>The tagger's BIO tag of each token (all O without a tagger).</summary>
    public int[] Tags { get; }

    /// <summary>The confidence of the tagger's entity covering each token (0 outside entities).</summary>
    public double[] TagConfidences { get; }

    /// <summary>The tagger's entities in token order; they do not overlap, so their ends are in order too.</summary>
    public List<(int Start, int End, TaggedSpan Span)> TaggerSpans { get; } = [];

    /// <summary>
    /// The tagger's entities that share a token with [start, end), in order: found by binary search, because a long
    /// document has thousands of phrases and as many tagger spans.
    /// </summary>
    public IEnumerable<(int Start, int End, TaggedSpan Span)> TaggerSpansOverlapping(int start, int end)
    {
        var (low, high) = (0, TaggerSpans.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (TaggerSpans[middle].End > start)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }
        for (var i = low; i < TaggerSpans.Count && TaggerSpans[i].Start < end; i++)
        {
            yield return TaggerSpans[i];
        }
    }

    public bool InSameSegment(int a, int b) =>
        a >= 0 && b >= 0 && a < Tokens.Length && b < Tokens.Length && Tokens[a].Segment == Tokens[b].Segment;

    /// <summary>A word with a capital letter: a possible part of a name ("Microsoft", "iPhone", "GPT-4", "AI").</summary>
    public bool IsNameLike(int i)
    {
        if (Tokens[i].Kind != LatinTokenKind.Word)
        {
            return false;
        }

        foreach (var c in Words[i])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsWord(int i, string lower) =>
        i >= 0 && i < Tokens.Length && Tokens[i].Kind == LatinTokenKind.Word && Words[i].Equals(lower, StringComparison.OrdinalIgnoreCase);

    /// <summary>The two tokens are separated by spaces only (no punctuation, no line break).</summary>
    public bool Adjacent(int left, int right)
    {
        if (!InSameSegment(left, right))
        {
            return false;
        }

        for (var k = Tokens[left].End; k < Tokens[right].Start; k++)
        {
            if (Text[k] is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
