using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Other versions of a product the text names ("青岚-2" … 上一代“青岚-1”, "Harbor 3" … "Harbor 2"): the same name with
/// another version number is another product of the same line, though no cue introduces it.
/// </summary>
internal static partial class VersionSiblingCandidates
{
    public const double Confidence = 0.7;

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<Candidate> candidates)
    {
        var covered = new bool[text.Length];
        foreach (var candidate in candidates)
        {
            covered.AsSpan(candidate.Start, candidate.End - candidate.Start).Fill(true);
        }
        var lines = candidates.Where(c => c.Type == EntityType.Product).Select(c => Versioned().Match(c.Text))
            .Where(m => m.Success).Select(m => (Stem: m.Groups["stem"].Value, Separator: m.Groups["separator"].Value, Version: m.Groups["version"].Value))
            .Distinct().ToList();
        foreach (var (stem, separator, version) in lines)
        {
            // Found by an ordinal search for the name before the number rather than by a regular expression built for each
            // line, which every call would compile anew.
            var name = stem + separator;
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = VersionEnd(text, at + name.Length);
                if (end < 0 || (at > 0 && IsWordCharacter(text[at - 1])) || text.AsSpan(at + name.Length, end - at - name.Length).SequenceEqual(version)
                    || covered.AsSpan(at, end - at).Contains(true))
                {
                    continue;
                }
                covered.AsSpan(at, end - at).Fill(true);
                yield return new Candidate(at, end, text[at..end], EntityType.Product, Confidence, CandidateSource.OtherVersion,
                    Cue: $"another version of \"{name + version}\"");
            }
        }
    }

    /// <summary>
    /// Where a version number (2, 2.5) starting at <paramref name="start"/> ends, when nothing that would make it part of a
    /// longer word or number follows; else -1.
    /// </summary>
    private static int VersionEnd(string text, int start)
    {
        var end = DigitsEnd(text, start);
        if (end == start)
        {
            return -1;
        }
        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end = DigitsEnd(text, end + 1);
        }
        var followedByWord = end < text.Length && IsWordCharacter(text[end]);
        var followedByDecimal = end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]);
        return followedByWord || followedByDecimal ? -1 : end;
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static int DigitsEnd(string text, int start)
    {
        while (start < text.Length && char.IsDigit(text[start]))
        {
            start++;
        }
        return start;
    }

    // A name of two characters or more, then a version number: 青岚-2, Harbor 3, Qwen2.5.
    [GeneratedRegex(@"^(?<stem>\p{L}[\p{L}\p{N} ]*?\p{L})(?<separator>[- ]?)(?<version>\d+(?:\.\d+)?)$")]
    private static partial Regex Versioned();
}
