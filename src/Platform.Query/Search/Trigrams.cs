namespace Platform.Query.Search;

/// <summary>
/// Word trigrams as pg_trgm makes them, so similarity in memory means what <c>similarity()</c> meant in SQL: each run
/// of letters and digits is padded with two spaces before and one after, and every three consecutive characters
/// form a trigram. A trigram is packed into a long (three UTF-16 code units).
/// </summary>
internal static class Trigrams
{
    /// <summary>pg_trgm's default <c>similarity_threshold</c>: below it a name is not "similar".</summary>
    public const double SimilarityThreshold = 0.3;

    /// <summary>The distinct trigrams of an already normalized key, sorted.</summary>
    public static long[] Of(string key)
    {
        var trigrams = new HashSet<long>();
        var i = 0;
        while (i < key.Length)
        {
            if (!char.IsLetterOrDigit(key[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < key.Length && char.IsLetterOrDigit(key[i]))
            {
                i++;
            }
            AddWord(trigrams, key.AsSpan(start, i - start));
        }
        var sorted = trigrams.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>Shared trigrams over distinct trigrams of both, as pg_trgm's <c>similarity()</c>.</summary>
    public static double Similarity(int shared, int countA, int countB) =>
        countA + countB - shared == 0 ? 0 : (double)shared / (countA + countB - shared);

    public static int CountShared(long[] a, long[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = a[i].CompareTo(b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return shared;
    }

    private static void AddWord(HashSet<long> trigrams, ReadOnlySpan<char> word)
    {
        Span<char> padded = word.Length <= 253 ? stackalloc char[word.Length + 3] : new char[word.Length + 3];
        padded[0] = ' ';
        padded[1] = ' ';
        word.CopyTo(padded[2..]);
        padded[^1] = ' ';
        for (var k = 0; k + 2 < padded.Length; k++)
        {
            trigrams.Add(((long)padded[k] << 32) | ((long)padded[k + 1] << 16) | padded[k + 2]);
        }
    }
}
