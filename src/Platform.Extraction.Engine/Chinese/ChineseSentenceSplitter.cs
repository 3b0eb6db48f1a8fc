namespace Platform.Extraction.Engine.Chinese;

/// <summary>A piece of a longer text: UTF-16 offsets, End exclusive.</summary>
public readonly record struct TextChunk(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// Cuts text into sentence-sized chunks for the tagger: after 。！？!?； and newlines (with any closing
/// quotes or brackets that follow), and at most <c>maxLength</c> chars per chunk, preferring a comma,
/// enumeration comma, colon or space in the second half of an over-long chunk. Never splits a surrogate pair.
/// </summary>
public static class ChineseSentenceSplitter
{
    public const int DefaultMaxLength = 200;

    public static IReadOnlyList<TextChunk> Split(string text, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var chunks = new List<TextChunk>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (IsTerminator(text[i]))
            {
                i++;
                while (i < text.Length && (IsTerminator(text[i]) || IsCloser(text[i])))
                {
                    i++;
                }

                chunks.Add(new TextChunk(start, i - start));
                start = i;
                continue;
            }

            i++;
            if (i - start >= maxLength && i < text.Length)
            {
                var cut = SoftBreakBefore(text, start, i);
                if (char.IsLowSurrogate(text[cut]) && char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                chunks.Add(new TextChunk(start, cut - start));
                start = cut;
                i = cut;
            }
        }

        if (start < text.Length)
        {
            chunks.Add(new TextChunk(start, text.Length - start));
        }

        return chunks;
    }

    private static int SoftBreakBefore(string text, int start, int end)
    {
        for (var cut = end; cut > start + (end - start) / 2; cut--)
        {
            if (IsSoftBreak(text[cut - 1]))
            {
                return cut;
            }
        }

        return end;
    }

    private static bool IsTerminator(char c) => c is '。' or '！' or '？' or '!' or '?' or '；' or '\n';

    private static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '"' or '\'' or '》' or '\r';

    private static bool IsSoftBreak(char c) => c is '，' or ',' or '、' or '：' or ':' or ' ' or '\u3000' or '\t';
}
