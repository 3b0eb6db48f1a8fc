using System.Text;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Linking;

/// <summary>
/// A coarse consonant skeleton shared by a Latin name and its Chinese transliteration:
/// "Nick Clegg" and 尼克·克莱格 (ni ke ke lai ge) both give "NKKLK". Vowels, tones and the
/// non-rhotic English r (dropped by transliteration: Gerstner → 格斯特纳) carry no information here.
/// </summary>
public sealed class PhoneticKey
{
    private readonly PinyinTable _pinyin;

    private PhoneticKey(PinyinTable pinyin) => _pinyin = pinyin;

    public static PhoneticKey Shared { get; } = new(PinyinTable.Shared);

    /// <summary>Every pinyin spelling of the Chinese characters run together (<see cref="PinyinTable.Spellings"/>): 昭衡 → "zhaoheng".</summary>
    public IReadOnlyList<string> Pinyin(string name) => _pinyin.Spellings(name);

    /// <summary>A Latin name's letters in lower case, without spaces, hyphens or accents: "Zhao-Heng Qi" → "zhaohengqi".</summary>
    public static string LettersOf(string name) =>
        new(name.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetter).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Every skeleton the Chinese name can have (characters with several readings multiply them; capped).</summary>
    public IReadOnlyList<string> ForChinese(string name)
    {
        var keys = new List<string> { "" };
        foreach (var ch in name)
        {
            if (!_pinyin.TryGetReadings(ch, out var readings))
            {
                continue;
            }
            var next = new List<string>();
            foreach (var prefix in keys)
            {
                foreach (var reading in readings)
                {
                    var key = prefix + ForPinyinSyllable(reading);
                    if (!next.Contains(key))
                    {
                        next.Add(key);
                    }
                }
            }
            keys = next.Count > 16 ? next.GetRange(0, 16) : next;
        }
        return keys;
    }

    public static string ForLatin(string name)
    {
        var s = name.ToLowerInvariant();
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : ' ';
            if (c is < 'a' or > 'z')
            {
                continue;
            }
            if (i > 0 && s[i - 1] == c)
            {
                continue; // doubled letters sound once
            }
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'o' or 'u' or 'y':
                    break;
                case 'w':
                    break;
                case 'r' when !IsVowel(next):
                    break;
                case 'h' when i > 0 && s[i - 1] is 'c' or 's' or 'p' or 't' or 'g':
                    break;
                case 'c' when next == 'k':
                    break;
                case 'c' when next == 'h':
                    sb.Append('S');
                    break;
                case 'p' when next == 'h':
                    sb.Append('F');
                    break;
                case 'c':
                    sb.Append(next is 'e' or 'i' or 'y' ? 'S' : 'K');
                    break;
                case 'x':
                    sb.Append("KS");
                    break;
                default:
                    sb.Append(ConsonantClass(c));
                    break;
            }
        }
        return sb.ToString();
    }

    private static string ForPinyinSyllable(string syllable)
    {
        var sb = new StringBuilder(2);
        var i = 0;
        if (syllable.StartsWith("zh", StringComparison.Ordinal) || syllable.StartsWith("ch", StringComparison.Ordinal) || syllable.StartsWith("sh", StringComparison.Ordinal))
        {
            sb.Append('S');
            i = 2;
        }
        else if (syllable.Length > 0 && !IsVowel(syllable[0]) && syllable[0] != 'v')
        {
            sb.Append(syllable[0] switch
            {
                'c' or 'z' or 'x' or 'q' or 'j' => 'S',
                _ => ConsonantClass(syllable[0]),
            });
            i = 1;
        }
        // Only a final n/m is a consonant the transliteration chose (曼 man → "man"); "ng" is not.
        var rest = syllable[i..];
        if (rest.EndsWith('n') && !rest.EndsWith("ng", StringComparison.Ordinal))
        {
            sb.Append('N');
        }
        return sb.ToString().Replace("W", "").Replace("Y", "");
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'v';

    private static char ConsonantClass(char c) => c switch
    {
        'b' or 'p' => 'P',
        'd' or 't' => 'T',
        'g' or 'k' or 'q' => 'K',
        'f' or 'v' => 'F',
        's' or 'z' or 'j' => 'S',
        'l' or 'r' => 'L',
        'm' => 'M',
        'n' => 'N',
        'h' => 'H',
        'w' => 'W',
        _ => char.ToUpperInvariant(c),
    };
}
