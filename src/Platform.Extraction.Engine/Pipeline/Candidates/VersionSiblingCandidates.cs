using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Other versions of a product the text names ("青岚-2" … 上一代“青岚-1”, "Harbor 3" … "Harbor 2"): the same name with
/// another version number is another product of the same line, though no cue introduces it. So is a product line the text
/// names bare with a version after it (“知政”系列 … 知政2.0), and a piece of a firm's name with a hyphen and a number
/// (北京墨子智能科技有限公司 … 墨子-4, 星河研究院 … 星河-2): what a firm calls its models.
/// </summary>
internal static partial class VersionSiblingCandidates
{
    public const double Confidence = 0.7;

    /// <summary>
    /// Adds the versions to <paramref name="candidates"/>. A span a Chinese tagger read across a version and what is
    /// around it (星河-2在星河-1) gives way to the version.
    /// </summary>
    public static void AddTo(string text, List<Candidate> candidates)
    {
        var versions = Find(text, candidates);
        candidates.RemoveAll(c => IsTaggedAcross(c, versions));
        candidates.AddRange(versions);
        RetypeOtherVersions(candidates);
    }

    /// <summary>
    /// "Pilotfish 4" beside the product "Pilotfish 3": another version of a product's line that the Latin tagger took for a
    /// firm (a heading, "Pilotfish 4 from Nordvane") is a product too.
    /// </summary>
    private static void RetypeOtherVersions(List<Candidate> candidates)
    {
        var lines = candidates.Where(c => c.Type == EntityType.Product).Select(c => Versioned().Match(c.Text)).Where(m => m.Success)
            .Select(m => m.Groups["stem"].Value + m.Groups["separator"].Value).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Organization or EntityType.Location, Source: CandidateSource.LatinRecognizer, Entry: null } named
                && Versioned().Match(named.Text) is { Success: true } version && lines.Contains(version.Groups["stem"].Value + version.Groups["separator"].Value))
            {
                candidates[i] = named with { Type = EntityType.Product, Cue = named.Cue + ", another version of a product's line" };
            }
        }
    }

    private static bool IsChineseTaggers(Candidate candidate) => candidate.Source is CandidateSource.ChineseRecognizer or CandidateSource.ChineseTagger;

    private static bool IsTaggedAcross(Candidate candidate, IEnumerable<Candidate> versions) =>
        IsChineseTaggers(candidate) && versions.Any(v => v.Start < candidate.End && candidate.Start < v.End && (candidate.Start < v.Start || candidate.End > v.End));

    private static List<Candidate> Find(string text, IReadOnlyList<Candidate> candidates)
    {
        var found = new List<Candidate>();
        var versioned = candidates.Where(c => c.Type == EntityType.Product).Select(c => Versioned().Match(c.Text))
            .Where(m => m.Success).Select(m => (Stem: m.Groups["stem"].Value, Separator: m.Groups["separator"].Value, Version: m.Groups["version"].Value))
            .Distinct().ToList();
        foreach (var (stem, separator, version) in versioned)
        {
            found.AddRange(Versions(text, stem + separator, candidates, found, $"another version of \"{stem + separator + version}\"", except: version));
        }
        foreach (var line in candidates.Where(c => c.Type == EntityType.Product && c.Text.Length >= 2 && c.Text.All(CharClass.IsHan))
            .Select(c => c.Text).Distinct())
        {
            found.AddRange(Versions(text, line, candidates, found, $"a version of the line \"{line}\"", dottedOnly: true));
            found.AddRange(Versions(text, line + "-", candidates, found, $"a version of the line \"{line}\""));
        }
        var firms = candidates.Where(c => c.Type == EntityType.Organization).Select(c => c.Text).Distinct().ToList();
        var stems = HanStemsBeforeAHyphenedNumber(text);
        foreach (var stem in stems.Where(stem => firms.Any(f => f.Length > stem.Length && f.Contains(stem, StringComparison.Ordinal))))
        {
            found.AddRange(Versions(text, stem + "-", candidates, found, $"a model named after the firm \"{stem}…\""));
        }
        // 鸿渐-2 … 鸿渐-3, named by no cue: a stem the text gives two version numbers or more, standing after a particle or
        // punctuation wherever it does (not 的鸿渐 of 发布的鸿渐-3).
        foreach (var stem in stems.Where(stem => IsALineWithVersions(text, stem)))
        {
            found.AddRange(Versions(text, stem + "-", candidates, found, $"one of several versions of \"{stem}\""));
        }
        return found;
    }

    private static bool IsALineWithVersions(string text, string stem)
    {
        var versions = new HashSet<string>(StringComparer.Ordinal);
        var name = stem + "-";
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && CharClass.IsHan(text[at - 1]) && !ParticlesBeforeAName.Contains(text[at - 1]))
            {
                return false;
            }
            if (VersionEnd(text, at + name.Length) is var end and > 0)
            {
                versions.Add(text[(at + name.Length)..end]);
            }
        }
        return versions.Count >= 2;
    }

    private const string ParticlesBeforeAName = "的是了和与及为在把将由用从对比于";

    /// <summary>The two to four Han characters before each "-2" of the text (授权了其最新的墨子-4 → 墨子, 的墨子, 新的墨子).</summary>
    private static IEnumerable<string> HanStemsBeforeAHyphenedNumber(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var hyphen = text.IndexOf('-', Math.Min(2, text.Length)); hyphen >= 0 && hyphen + 1 < text.Length; hyphen = text.IndexOf('-', hyphen + 1))
        {
            if (!char.IsDigit(text[hyphen + 1]) || !CharClass.IsHan(text[hyphen - 1]))
            {
                continue;
            }
            for (var length = 2; length <= 4 && length <= hyphen && CharClass.IsHan(text[hyphen - length]); length++)
            {
                stems.Add(text[(hyphen - length)..hyphen]);
            }
        }
        return stems;
    }

    /// <summary>
    /// Each place <paramref name="name"/> stands before a version number, where no candidate reaches past the name and
    /// its number. Found by an ordinal search rather than by a regular expression built for each line, which every call
    /// would compile anew.
    /// </summary>
    private static IEnumerable<Candidate> Versions(string text, string name, IReadOnlyList<Candidate> candidates,
        List<Candidate> found, string cue, string? except = null, bool dottedOnly = false)
    {
        var results = new List<Candidate>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = VersionEnd(text, at + name.Length);
            if (end < 0 || (at > 0 && IsWordCharacter(text[at - 1]))
                || (dottedOnly && !text.AsSpan(at + name.Length, end - at - name.Length).Contains('.'))
                || (except is not null && text.AsSpan(at + name.Length, end - at - name.Length).SequenceEqual(except))
                || candidates.Concat(found).Concat(results).Any(c => c.Start < end && at < c.End && (c.Start < at || c.End > end) && !IsChineseTaggers(c)
                    || (c.Start == at && c.End == end)))
            {
                continue;
            }
            results.Add(new Candidate(at, end, text[at..end], EntityType.Product, Confidence, CandidateSource.OtherVersion, Cue: cue));
        }
        return results;
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

    // Chinese runs on without a space: a Han character beside a name is no part of it (推出的HX100采用, 墨子-4语言模型).
    private static bool IsWordCharacter(char c) => (char.IsLetter(c) || char.IsNumber(c)) && !CharClass.IsHan(c);

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
