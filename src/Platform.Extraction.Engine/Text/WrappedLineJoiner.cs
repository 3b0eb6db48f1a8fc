namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Turns the single newline of a hard-wrapped line into a space when it falls between two Latin words
/// and the text goes on: the next line continues in lower case, or a capitalised word meets a capitalised
/// word (a name broken across lines: "… with Stuart\nRussell" → "… with Stuart Russell"). A lower-case line
/// end followed by a capital starts a new line of text (a title, then its paragraph). Paragraph breaks,
/// one-word lines (speaker labels, list-like lines), lines ending in punctuation, a table's rows, a paper's authors marked
/// with numbers, lines before a labelled field
/// ("Amount: …") and a heading or an emphasised line before a capital ("**Fei-Fei Li** — Co-Founder &amp; CEO, World Labs",
/// then her bio) are left alone. Same length, so offsets do not move.
/// </summary>
public static class WrappedLineJoiner
{
    /// <param name="text">The text, its markup already blanked.</param>
    /// <param name="original">The text before its markup was blanked, if it had any: where its headings and emphasis are.</param>
    public static void JoinInPlace(char[] text, string? original = null)
    {
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            var before = i > 0 && text[i - 1] == '\r' ? i - 2 : i - 1;
            var after = i + 1;
            if (before >= lineStart && after < text.Length
                && CharClass.IsLatinLetter(text[before]) && CharClass.IsLatinLetter(text[after])
                && LineHasSeveralWords(text, lineStart, before)
                && (char.IsLower(text[after]) || (StartsCapitalised(text, lineStart, before) && !OpensWithMarkup(original, lineStart)))
                && !OpensWithALabel(text, after) && !RepeatsTheLineEnd(text, lineStart, before, after)
                && !(OpensAsAnEntry(text, after) && (OpensAsAnEntry(text, lineStart) || IsAHeading(text, lineStart, before)))
                && !HoldsACellBorder(text, lineStart) && !MarksItsNamesWithNumbers(text, after))
            {
                text[i] = ' ';
                if (before == i - 2)
                {
                    text[i - 1] = ' ';
                }
                continue;
            }
            lineStart = i + 1;
        }
    }

    private static bool OpensWithMarkup(string? original, int lineStart)
    {
        if (original is null)
        {
            return false;
        }
        var line = original.AsSpan(lineStart).TrimStart(" \t");
        return line.StartsWith("**") || line.StartsWith("__") || line.StartsWith("#");
    }

    // "Denver, CO\nAmount: $26,500,000": a line that opens with a label and its colon is a field of its own, not the line before
    // wrapped.
    private static bool OpensWithALabel(char[] text, int start)
    {
        for (var i = start; i < Math.Min(text.Length, start + 32); i++)
        {
            if (text[i] == ':')
            {
                return i - start >= 2;
            }
            if (!CharClass.IsLatinLetter(text[i]) && text[i] is not (' ' or '-'))
            {
                return false;
            }
        }
        return false;
    }

    // "Beatrix Ollerenshaw, General Partner, Quayside Ventures\nYaw Osei-Tutu, Managing Partner, …": two lines that each open
    // with a name of two to four capitalised words and a comma or a dash ("Lorna Lorimer — Co-Founder", "Cassia Rowe - Morgan
    // Stanley") are two entries of a
    // list (signatories, a board, a call's participants), not one line wrapped.
    private static bool OpensAsAnEntry(char[] text, int start)
    {
        var line = text.AsSpan(start, Math.Min(text.Length - start, 64)).TrimStart(" \t");
        foreach (var honorific in (ReadOnlySpan<string>)["Dr. ", "Prof. ", "Mr. ", "Ms. ", "Mrs. "])
        {
            if (line.StartsWith(honorific, StringComparison.Ordinal))
            {
                line = line[honorific.Length..];
                break;
            }
        }
        var words = 0;
        var i = 0;
        while (i < line.Length && char.IsUpper(line[i]))
        {
            while (i < line.Length && (CharClass.IsLatinLetter(line[i]) || line[i] is '-' or '\'' or '’'))
            {
                i++;
            }
            words++;
            if ((i < line.Length && line[i] == ',') || line[i..].StartsWith(" — ") || line[i..].StartsWith(" – ") || line[i..].StartsWith(" - "))
            {
                return words is >= 2 and <= 4;
            }
            if (i >= line.Length || line[i] != ' ')
            {
                return false;
            }
            i++;
        }
        return false;
    }

    // "Company Participants\nMeredith Sayle — Vice President": a line of capitalised words alone heads the list under it.
    private static bool IsAHeading(char[] text, int lineStart, int lineEnd)
    {
        var words = text.AsSpan(lineStart, lineEnd + 1 - lineStart).Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && words.All(w => char.IsUpper(w[0]) && w.All(CharClass.IsLatinLetter));
    }

    // "Name | Age | Position\nReuben Alcott | 52 | …": a table's rows are no lines wrapped.
    private static bool HoldsACellBorder(char[] text, int lineStart)
    {
        var lineEnd = Array.IndexOf(text, '\n', lineStart);
        var nextLineEnd = lineEnd < 0 ? -1 : Array.IndexOf(text, '\n', lineEnd + 1);
        return text.AsSpan(lineStart, (nextLineEnd < 0 ? text.Length : nextLineEnd) - lineStart).Contains('|');
    }

    // "…for Industrial Defect Detection\nQIAN Jiayan1,2, GE Wentao1": a paper's authors, marked with their units' numbers,
    // under its title.
    private static bool MarksItsNamesWithNumbers(char[] text, int start)
    {
        var line = text.AsSpan(start, Math.Min(text.Length - start, 40));
        var lineEnd = line.IndexOf('\n');
        line = lineEnd < 0 ? line : line[..lineEnd];
        for (var i = 1; i + 1 < line.Length; i++)
        {
            if (char.IsAsciiDigit(line[i]) && CharClass.IsLatinLetter(line[i - 1]) && line[i + 1] is ',' or ' ' && line[..i].Contains(' '))
            {
                return true;
            }
        }
        return false;
    }

    // "By: /s/ Jonathan Pruett\nJonathan Pruett, General Counsel": a signature, then the name typed again, is no name wrapped.
    private static bool RepeatsTheLineEnd(char[] text, int lineStart, int lineEnd, int next)
    {
        var start = lineEnd;
        while (start > lineStart && text[start - 1] != '/' && text[start - 1] != ':' && (CharClass.IsLatinLetter(text[start - 1]) || text[start - 1] == ' '))
        {
            start--;
        }
        var end = text.AsSpan(start, lineEnd + 1 - start).Trim();
        return end.Length >= 3 && text.AsSpan(next).StartsWith(end) && (next + end.Length == text.Length || !CharClass.IsLatinLetter(text[next + end.Length]));
    }

    private static bool StartsCapitalised(char[] text, int lineStart, int wordEnd)
    {
        var start = wordEnd;
        while (start > lineStart && CharClass.IsLatinLetter(text[start - 1]))
        {
            start--;
        }
        return char.IsUpper(text[start]);
    }

    private static bool LineHasSeveralWords(char[] text, int lineStart, int lineEnd)
    {
        var start = lineStart;
        while (start < lineEnd && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        for (var i = start; i < lineEnd; i++)
        {
            if (text[i] == ' ' || CharClass.IsCjk(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
