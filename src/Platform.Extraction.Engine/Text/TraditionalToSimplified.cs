using Platform.Extraction.Engine.Data;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Traditional → simplified Chinese with OpenCC's TSCharacters and TSPhrases tables. Only mappings that keep
/// the UTF-16 length are loaded, so the conversion never moves offsets.
/// </summary>
public sealed class TraditionalToSimplified
{
    private static readonly Lazy<TraditionalToSimplified> LazyDefault = new(Load);

    private readonly char[] _charMap;
    private readonly Dictionary<string, string> _phrases;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly bool[] _phraseStart;
    private readonly int _maxPhraseLength;

    private TraditionalToSimplified(char[] charMap, Dictionary<string, string> phrases)
    {
        _charMap = charMap;
        _phrases = phrases;
        _phraseLookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseStart = new bool[65536];
        foreach (var key in phrases.Keys)
        {
            _phraseStart[key[0]] = true;
            _maxPhraseLength = Math.Max(_maxPhraseLength, key.Length);
        }
    }

    public static TraditionalToSimplified Default => LazyDefault.Value;

    /// <summary>The simplified form of one BMP character (itself when it has none).</summary>
    public char Map(char c) => _charMap[c];

    public bool IsTraditional(char c) => _charMap[c] != c;

    /// <summary>Converts in place: phrases first (longest match), then single characters.</summary>
    public void ConvertInPlace(Span<char> text)
    {
        var hasTraditional = false;
        foreach (var c in text)
        {
            if (_charMap[c] != c)
            {
                hasTraditional = true;
                break;
            }
        }
        if (!hasTraditional && !ContainsPhraseOnlyMapping(text))
        {
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            var phraseLength = _phraseStart[text[i]] ? LongestPhraseAt(text, i) : 0;
            if (phraseLength > 0)
            {
                _phrases[text.Slice(i, phraseLength).ToString()].AsSpan().CopyTo(text.Slice(i, phraseLength));
                i += phraseLength;
                continue;
            }
            text[i] = _charMap[text[i]];
            i++;
        }
    }

    public string Convert(string text)
    {
        var buffer = text.ToCharArray();
        ConvertInPlace(buffer);
        return new string(buffer);
    }

    // Supplementary-plane characters are stored as two-char "phrases"; they need the phrase pass even when no BMP char is traditional.
    private bool ContainsPhraseOnlyMapping(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsHighSurrogate(c) && _phraseStart[c])
            {
                return true;
            }
        }
        return false;
    }

    private int LongestPhraseAt(ReadOnlySpan<char> text, int start)
    {
        var longest = Math.Min(_maxPhraseLength, text.Length - start);
        for (var length = longest; length >= 2; length--)
        {
            if (_phraseLookup.ContainsKey(text.Slice(start, length)))
            {
                return length;
            }
        }
        return 0;
    }

    private static TraditionalToSimplified Load()
    {
        var charMap = new char[65536];
        for (var c = 0; c < charMap.Length; c++)
        {
            charMap[c] = (char)c;
        }
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in new[] { "opencc/TSCharacters.txt", "opencc/TSPhrases.txt" })
        {
            foreach (var line in EmbeddedData.ReadLines(resource))
            {
                var tab = line.IndexOf('\t');
                if (tab <= 0)
                {
                    continue;
                }
                var source = line[..tab];
                var target = line[(tab + 1)..].Split(' ')[0];
                if (source.Length != target.Length)
                {
                    continue;
                }
                if (source.Length == 1)
                {
                    charMap[source[0]] = target[0];
                }
                else
                {
                    phrases.TryAdd(source, target);
                }
            }
        }
        return new TraditionalToSimplified(charMap, phrases);
    }
}
