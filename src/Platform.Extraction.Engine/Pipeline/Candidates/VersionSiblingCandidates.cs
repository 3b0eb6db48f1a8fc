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
            var sibling = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(stem + separator)}(?<version>\d+(?:\.\d+)?)(?![\p{{L}}\p{{N}}]|\.\d)");
            foreach (Match match in sibling.Matches(text))
            {
                if (match.Groups["version"].Value == version || covered.AsSpan(match.Index, match.Length).Contains(true))
                {
                    continue;
                }
                covered.AsSpan(match.Index, match.Length).Fill(true);
                yield return new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Product, Confidence,
                    CandidateSource.OtherVersion, Cue: $"another version of \"{stem + separator + version}\"");
            }
        }
    }

    // A name of two characters or more, then a version number: 青岚-2, Harbor 3, Qwen2.5.
    [GeneratedRegex(@"^(?<stem>\p{L}[\p{L}\p{N} ]*?\p{L})(?<separator>[- ]?)(?<version>\d+(?:\.\d+)?)$")]
    private static partial Regex Versioned();
}
