using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// NFKC applied per character cluster (a base character with its combining marks, or a surrogate pair), recording
/// for every output char the original range it came from. Full-width forms become half-width, ligatures and
/// squared forms expand ("㈱" → "(株)"), and the maps stay exact.
/// </summary>
internal static class CompatibilityNormalizer
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <returns>The normalised chars, for each the original start, and for each the original end (exclusive).</returns>
    public static (char[] Text, int[] Starts, int[] Ends) Normalize(ReadOnlySpan<char> source)
    {
        var text = new List<char>(source.Length);
        var starts = new List<int>(source.Length + 1);
        var ends = new List<int>(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            var isPlain = c < 0x80 || c is >= '\u4E00' and <= '\u9FFF';
            if (isPlain && !(i + 1 < source.Length && IsCombining(source[i + 1])))
            {
                Append(c, i, i + 1);
                i++;
                continue;
            }
            var end = i + 1;
            if (char.IsHighSurrogate(c) && end < source.Length && char.IsLowSurrogate(source[end]))
            {
                end++;
            }
            while (end < source.Length && IsCombining(source[end]))
            {
                end++;
            }
            var cluster = source[i..end].ToString();
            var normalized = end - i <= 2 ? Cache.GetOrAdd(cluster, NormalizeCluster) : NormalizeCluster(cluster);
            if (normalized.Length == cluster.Length)
            {
                for (var k = 0; k < normalized.Length; k++)
                {
                    Append(normalized[k], i + k, i + k + 1);
                }
            }
            else
            {
                foreach (var n in normalized)
                {
                    Append(n, i, end);
                }
            }
            i = end;
        }
        starts.Add(source.Length);
        return (text.ToArray(), starts.ToArray(), ends.ToArray());

        void Append(char value, int start, int stop)
        {
            text.Add(value);
            starts.Add(start);
            ends.Add(stop);
        }
    }

    private static string NormalizeCluster(string cluster)
    {
        try
        {
            return cluster.IsNormalized(NormalizationForm.FormKC) ? cluster : cluster.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate: not normalisable, kept as it is.
            return cluster;
        }
    }

    private static bool IsCombining(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
