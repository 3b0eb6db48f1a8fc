namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Splits the Latin-script runs of a text (also those inside Chinese text) into words, numbers and
/// punctuation, and marks where sentences and uninterrupted runs begin.
/// </summary>
public static class LatinTokenizer
{
    // A period after these does not end a sentence ("Dr. Li", "Apple Inc. said").
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "ltd", "co", "vs", "gen", "sen", "rep", "rev", "gov", "lt", "col", "capt", "mt", "ft", "etc", "approx", "dept", "univ",
    };

    // A capital letter after these is a label, not an initial: "its Series A. Investors …" ends a sentence.
    private static readonly HashSet<string> s_letterLabelNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "series", "class", "plan", "type", "phase", "round", "grade", "vitamin", "section", "part", "figure", "table", "appendix", "exhibit", "tier", "block", "level", "model", "gate", "terminal",
    };

    public static LatinToken[] Tokenize(string text, IReadOnlyList<(int Start, int End)>? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<LatinToken>(text.Length / 5 + 4);
        var sentenceStarts = SentenceStarts(sentences);
        var nextSentence = 0;
        var segment = 0;
        var breakPending = false;
        var sentencePending = true;
        var i = 0;
        while (i < text.Length)
        {
            while (nextSentence < sentenceStarts.Length && sentenceStarts[nextSentence] <= i)
            {
                nextSentence++;
                breakPending = true;
                sentencePending = true;
            }

            var c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028')
            {
                breakPending = true;
                sentencePending = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (LatinScript.IsOtherScriptLetter(c))
            {
                breakPending = true;
                i++;
                continue;
            }

            if (breakPending)
            {
                segment++;
                breakPending = false;
            }

            if (LatinScript.IsWordChar(c))
            {
                var end = ScanWord(text, i, out var possessiveEnd);
                var kind = IsNumber(text, i, end) ? LatinTokenKind.Number : LatinTokenKind.Word;
                var glued = (i > 0 && LatinScript.IsOtherScriptLetter(text[i - 1]))
                    || (end < text.Length && LatinScript.IsOtherScriptLetter(text[end]));
                tokens.Add(new LatinToken(i, end, kind, segment, sentencePending && kind == LatinTokenKind.Word, glued));
                sentencePending &= kind != LatinTokenKind.Word;
                if (possessiveEnd > end)
                {
                    tokens.Add(new LatinToken(end, possessiveEnd, LatinTokenKind.Possessive, segment, false, false));
                    end = possessiveEnd;
                }

                i = end;
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            tokens.Add(new LatinToken(i, i + length, LatinTokenKind.Punctuation, segment, false, false));
            if (EndsSentence(text, i, tokens))
            {
                breakPending = true;
                sentencePending = true;
            }
            else if (c == ':' && ClosesASpeakerLabel(text, tokens))
            {
                sentencePending = true;
            }

            i += length;
        }

        return [.. tokens];
    }

    private static int[] SentenceStarts(IReadOnlyList<(int Start, int End)>? sentences)
    {
        if (sentences is null || sentences.Count == 0)
        {
            return [];
        }

        var starts = new int[sentences.Count];
        for (var k = 0; k < starts.Length; k++)
        {
            starts[k] = sentences[k].Start;
        }

        Array.Sort(starts);
        return starts;
    }

    private static int ScanWord(string text, int start, out int possessiveEnd)
    {
        possessiveEnd = -1;
        var j = start + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (LatinScript.IsWordChar(c))
            {
                j++;
                continue;
            }

            var hasNext = j + 1 < text.Length && LatinScript.IsWordChar(text[j + 1]);
            if (LatinScript.IsApostrophe(c) && hasNext)
            {
                if ((text[j + 1] is 's' or 'S') && (j + 2 >= text.Length || !LatinScript.IsWordChar(text[j + 2])))
                {
                    possessiveEnd = j + 2;
                    return j;
                }

                j++;
                continue;
            }

            if (hasNext && c is '-' or '.' or '&' or '_' or '+' or '\u2010' or '\u2011')
            {
                j++;
                continue;
            }

            break;
        }

        // "U.S." and "e.g.": a dotted abbreviation keeps its final period, and so does an initial before the next part
        // of a name ("Michael J. Fox"), as the tagger's training data writes it.
        if (j < text.Length && text[j] == '.' && (IsDottedAbbreviation(text, start, j) || IsInitialBeforeName(text, start, j)))
        {
            j++;
        }

        return j;
    }

    private static bool IsInitialBeforeName(string text, int start, int period) =>
        period == start + 1 && char.IsUpper(text[start]) && LatinScript.IsLatinLetter(text[start])
        && period + 2 < text.Length && text[period + 1] == ' ' && char.IsUpper(text[period + 2])
        && !s_letterLabelNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(PreviousWord(text, start));

    /// <summary>The word before <paramref name="start"/> across spaces ("Series" of "Series A"), or empty.</summary>
    private static ReadOnlySpan<char> PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && LatinScript.IsLatinLetter(text[begin - 1]))
        {
            begin--;
        }

        return text.AsSpan(begin, end - begin);
    }

    private static bool IsDottedAbbreviation(string text, int start, int end)
    {
        var dots = 0;
        var run = 0;
        for (var k = start; k < end; k++)
        {
            if (text[k] == '.')
            {
                dots++;
                run = 0;
            }
            else if (!LatinScript.IsLatinLetter(text[k]) || ++run > 2)
            {
                return false;
            }
        }

        return dots > 0;
    }

    private static bool IsNumber(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (!LatinScript.IsLatinDigit(c) && c is not ('.' or ',' or '-' or '_' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"VOSS: The Kestrel K1 …": one to three words in capitals opening a line, then a colon, label a transcript's
    /// turn, and the turn opens a sentence.</summary>
    private static bool ClosesASpeakerLabel(string text, List<LatinToken> tokens)
    {
        var first = tokens.Count - 1; // the colon
        while (first > 0 && tokens.Count - first <= 3 && tokens[first - 1].Kind == LatinTokenKind.Word
            && LatinScript.IsAllCapitals(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)))
        {
            first--;
        }
        return first < tokens.Count - 1 && Text.TextLines.OpensALine(text, tokens[first].Start)
            && text.AsSpan(tokens[first].Start, tokens[^1].Start - tokens[first].Start).IndexOfAny('\n', '\r') < 0;
    }

    private static bool EndsSentence(string text, int index, List<LatinToken> tokens)
    {
        var c = text[index];
        if (!LatinScript.IsSentenceTerminator(c))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        var next = index + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '"' or '\'' or ')' or '\u201D' or '\u2019')
        {
            next++;
        }

        if (next < text.Length && next == index + 1 && !LatinScript.IsOtherScriptLetter(text[next]) && text[next] != '\n' && text[next] != '\r')
        {
            return false; // "3.5", "node.js"-like leftovers, "..."
        }

        if (tokens.Count >= 2)
        {
            var previous = tokens[^2];
            if (previous.Kind == LatinTokenKind.Word && previous.End == index)
            {
                var word = text.AsSpan(previous.Start, previous.Length);
                if ((word.Length == 1 && char.IsUpper(word[0])) || s_abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    || (Text.SentenceSplitter.NumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && next < text.Length && char.IsDigit(text[next])))
                {
                    return false;
                }
            }
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }
}
