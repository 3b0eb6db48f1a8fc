namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Splits normalised text into sentences: after 。！？；!?; and ellipses (with any closing quotes), after '.' followed by
/// space and a capital letter, CJK or an opening quote, and at every newline. Abbreviations ("Mr.", "Dr.", "U.S.",
/// "e.g."), initials ("J. Smith") and decimals ("3.5") do not end a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "etc", "inc", "corp", "ltd", "co",
        "gen", "gov", "sen", "rep", "rev", "hon", "capt", "lt", "col", "sgt", "approx", "dept", "est", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ph", "ed", "eds", "al",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…' || (c == '.' && IsEllipsis(text, i)))
            {
                end = i + 1;
                while (end < text.Length && (text[end] is '。' or '！' or '？' or '!' or '?' or '…' or '.' || IsClosing(text[end])))
                {
                    end++;
                }
                if (c is '!' or '?' or ';' or '.' && end < text.Length && !char.IsWhiteSpace(text[end]) && !CharClass.IsCjk(text[end]))
                {
                    i = end;
                    continue;
                }
                Add(sentences, text, start, end);
                start = end;
                i = end;
                continue;
            }
            if (c == '.' && EndsSentenceAtPeriod(text, i))
            {
                end = i + 1;
                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }
                Add(sentences, text, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsEllipsis(string text, int i) =>
        i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.' && (i == 0 || text[i - 1] != '.');

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '」' or '』' or ')' or '）' or '】' or '》' or ']';

    private static bool EndsSentenceAtPeriod(string text, int period)
    {
        var next = period + 1;
        while (next < text.Length && IsClosing(text[next]))
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        if (CharClass.IsCjk(text[next]))
        {
            return period > 0 && !char.IsAsciiDigit(text[period - 1]);
        }
        if (text[next] is not (' ' or '\t'))
        {
            return false;
        }
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }
        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }
        var following = text[next];
        if (!(char.IsUpper(following) || char.IsDigit(following) || CharClass.IsCjk(following) || following is '"' or '“' or '\'' or '‘' or '(' or '['))
        {
            return false;
        }
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.') && !CharClass.IsCjk(text[wordStart - 1]))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return true;
        }
        if (word.Contains('.'))
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        // "No. 5", but "The board said no. The vote …".
        if (NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return !char.IsDigit(following);
        }
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Abbreviations only before a number (No. 5, Vol. 3, Fig. 2).</summary>
    internal static readonly HashSet<string> NumberAbbreviations = new(StringComparer.OrdinalIgnoreCase) { "no", "vol", "fig" };

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
