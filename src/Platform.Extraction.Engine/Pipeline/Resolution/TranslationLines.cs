using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Resolution;

/// <summary>
/// Finds the line pairs of a bilingual text: lines written in Chinese immediately followed (blank lines aside) by as many
/// lines written in English, their translations, line for line: a transcript's alternating lines, or a press release's
/// paragraph (or list) in Chinese, then in English.
/// </summary>
internal static class TranslationLines
{
    public static List<(TextSpan Chinese, TextSpan English)> Pairs(string text)
    {
        var lines = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (text.AsSpan(start, i - start).Trim().Length > 0)
                {
                    lines.Add(new TextSpan(start, i));
                }
                start = i + 1;
            }
        }
        var pairs = new List<(TextSpan, TextSpan)>();
        var at = 0;
        while (at < lines.Count)
        {
            var chinese = RunOf(lines, at, line => IsChinese(text, line));
            var english = chinese > 0 ? RunOf(lines, at + chinese, line => IsEnglish(text, line)) : 0;
            // The last Chinese lines of a longer block and the first English lines of a longer block are no translations
            // of each other: a Chinese list of three, then its English introduction and list.
            if (chinese > 0 && chinese == english)
            {
                for (var k = 0; k < chinese; k++)
                {
                    pairs.Add((lines[at + k], lines[at + chinese + k]));
                }
            }
            at += Math.Max(1, chinese + english);
        }
        return pairs;
    }

    private static int RunOf(List<TextSpan> lines, int from, Func<TextSpan, bool> isOfTheLanguage)
    {
        var count = 0;
        while (from + count < lines.Count && isOfTheLanguage(lines[from + count]))
        {
            count++;
        }
        return count;
    }

    private static bool IsChinese(string text, TextSpan line)
    {
        var (cjk, letters) = Count(text, line);
        return cjk >= 4 && cjk >= letters;
    }

    private static bool IsEnglish(string text, TextSpan line)
    {
        var (cjk, letters) = Count(text, line);
        return cjk == 0 && letters >= 12;
    }

    private static (int Cjk, int Letters) Count(string text, TextSpan line)
    {
        int cjk = 0, letters = 0;
        foreach (var c in text.AsSpan(line.Start, line.Length))
        {
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
        }
        return (cjk, letters);
    }
}
