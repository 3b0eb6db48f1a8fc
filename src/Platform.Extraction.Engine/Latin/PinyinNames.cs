using System.Collections.Frozen;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// "Fei Nanchuan", "Zhaoheng Qi": a Chinese person's name spelled in pinyin, a common surname and a given name of one or
/// two syllables, either way round. No name list holds the given names (any two syllables make one), so the spelling is
/// read against the pinyin table itself.
/// </summary>
internal static class PinyinNames
{
    private static readonly FrozenSet<string> Surnames = ChineseSurnames.Common.Select(c => c.ToString()).Concat(ChineseSurnames.Compound)
        .SelectMany(PinyinTable.Shared.Spellings).ToFrozenSet(StringComparer.Ordinal);

    public static bool AreAChineseName(string first, string second) =>
        (IsSurname(first) && IsGivenName(second)) || (IsGivenName(first) && IsSurname(second));

    private static bool IsSurname(string word) => Surnames.Contains(word.ToLowerInvariant());

    private static bool IsGivenName(string word)
    {
        var letters = word.ToLowerInvariant();
        if (letters.Length < 2 || !letters.All(char.IsAsciiLetterLower))
        {
            return false;
        }
        var syllables = PinyinTable.Shared.Syllables;
        if (syllables.Contains(letters))
        {
            return true;
        }
        for (var cut = 1; cut < letters.Length; cut++)
        {
            if (syllables.Contains(letters[..cut]) && syllables.Contains(letters[cut..]))
            {
                return true;
            }
        }
        return false;
    }
}
