namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// A case-insensitive set of multi-word names (a gazetteer) probed over a tokenised sentence: which
/// words start or continue the longest listed name at each position.
/// </summary>
public sealed class PhraseSet
{
    private readonly HashSet<string> _phrases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _phrases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                _phrases.Add(string.Join(' ', words));
                MaxWords = Math.Max(MaxWords, words.Length);
            }
        }

        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    public int MaxWords { get; }

    /// <summary>Whether <paramref name="name"/> (words separated by single spaces) is listed.</summary>
    public bool Contains(ReadOnlySpan<char> name) => _lookup.Contains(name);

    /// <summary>
    /// Marks the words covered by listed names, longest match first, left to right:
    /// <paramref name="starts"/>[i] when a name begins at word i, <paramref name="inside"/>[i] when it continues there.
    /// </summary>
    public void Match(IReadOnlyList<string> words, Span<bool> starts, Span<bool> inside)
    {
        Span<char> buffer = stackalloc char[256];
        var i = 0;
        while (i < words.Count)
        {
            var length = LongestAt(words, i, buffer);
            if (length == 0)
            {
                i++;
                continue;
            }

            starts[i] = true;
            for (var k = 1; k < length; k++)
            {
                inside[i + k] = true;
            }

            i += length;
        }
    }

    private int LongestAt(IReadOnlyList<string> words, int start, Span<char> buffer)
    {
        var longest = 0;
        var used = 0;
        for (var n = 1; n <= MaxWords && start + n <= words.Count; n++)
        {
            var word = words[start + n - 1];
            var needed = used + (n > 1 ? 1 : 0) + word.Length;
            if (needed > buffer.Length)
            {
                break;
            }

            if (n > 1)
            {
                buffer[used++] = ' ';
            }

            word.CopyTo(buffer[used..]);
            used += word.Length;
            if (_lookup.Contains(buffer[..used]))
            {
                longest = n;
            }
        }

        return longest;
    }
}
