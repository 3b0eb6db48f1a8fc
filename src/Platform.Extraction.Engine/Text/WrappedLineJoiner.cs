namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Turns the single newline of a hard-wrapped line into a space when it falls between two Latin words
/// and the text goes on: the next line continues in lower case, or a capitalised word meets a capitalised
/// word (a name broken across lines: "… with Stuart\nRussell" → "… with Stuart Russell"). A lower-case line
/// end followed by a capital starts a new line of text (a title, then its paragraph). Paragraph breaks,
/// one-word lines (speaker labels, list-like lines) and lines ending in punctuation are left alone. Same
/// length, so offsets do not move.
/// </summary>
public static class WrappedLineJoiner
{
    public static void JoinInPlace(char[] text)
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
                && (char.IsLower(text[after]) || StartsCapitalised(text, lineStart, before)))
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
