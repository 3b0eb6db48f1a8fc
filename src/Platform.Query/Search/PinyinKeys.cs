using System.Globalization;
using System.Text;
using Platform.Extraction.Engine.Text;

namespace Platform.Query.Search;

/// <summary>
/// How a Chinese name is typed in Latin letters: its pinyin run together ("微软" → "weiruan") and its initials
/// ("wr"); and a query's letters made comparable with them (tones, tone digits, spaces and apostrophes dropped,
/// ü as v), so "wei ruan", "wēiruǎn", "wei1ruan3" and "wr" all find 微软.
/// </summary>
internal static class PinyinKeys
{
    // Characters with several readings multiply a name's spellings; past this many the rarer ones are dropped.
    private const int MaxSpellings = 4;

    public readonly record struct Spellings(IReadOnlyList<string> Full, IReadOnlyList<string> Initials);

    /// <summary>The spellings of an alias key made only of Chinese characters with known readings (a middle dot and
    /// spaces allowed); null for any other alias.</summary>
    public static Spellings? Of(string aliasKey)
    {
        var spellings = new List<(string Full, string Initials)> { ("", "") };
        var chinese = 0;
        foreach (var ch in aliasKey)
        {
            if (ch is '·' or ' ')
            {
                continue;
            }
            if (!PinyinTable.Shared.TryGetReadings(ch, out var readings) || !IsHan(ch))
            {
                return null;
            }
            chinese++;
            spellings = spellings
                .SelectMany(s => readings.Select(r => (s.Full + r, s.Initials + r[0])))
                .Distinct()
                .Take(MaxSpellings)
                .ToList();
        }
        return chinese < 2
            ? null
            : new Spellings(spellings.Select(s => s.Full).Distinct().ToList(), spellings.Select(s => s.Initials).Distinct().ToList());
    }

    /// <summary>The query as pinyin letters, or null when it is not written in Latin letters.</summary>
    public static string? OfQuery(string queryKey)
    {
        var letters = new StringBuilder(queryKey.Length);
        foreach (var ch in queryKey.Replace("ü", "v").Normalize(NormalizationForm.FormD))
        {
            if (ch is >= 'a' and <= 'z')
            {
                letters.Append(ch);
            }
            else if (!(ch is ' ' or '\'' or '-' or (>= '0' and <= '5') || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark))
            {
                return null;
            }
        }
        return letters.Length >= 2 ? letters.ToString() : null;
    }

    private static bool IsHan(char ch) => ch is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
