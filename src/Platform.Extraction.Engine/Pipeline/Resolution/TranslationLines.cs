using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Resolution;

/// <summary>
/// Finds the line pairs of a bilingual transcript: a line written in Chinese immediately followed (blank
/// lines aside) by a line written in English, its translation.
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
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (IsChinese(text, lines[i]) && IsEnglish(text, lines[i + 1]))
            {
                pairs.Add((lines[i], lines[i + 1]));
                i++;
            }
        }
        return pairs;
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
