using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Other versions of a product the text names ("青岚-2" … 上一代“青岚-1”, "Harbor 3" … "Harbor 2"): the same name with
/// another version number is another product of the same line, though no cue introduces it. So is a product line the text
/// names bare with a version after it (“知政”系列 … 知政2.0), and a piece of a firm's name with a hyphen and a number
/// (北京墨子智能科技有限公司 … 墨子-4, 星河研究院 … 星河-2): what a firm calls its models. An edition's word may follow
/// the version or stand for it (衍语-4 Turbo, 衍语-Lite); a line with two versions is a product named bare too (衍语 beside
/// 衍语-3 and 衍语-4); a firm's name and a model number name its product (弈川 Y2, 小米 15).
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
            found.AddRange(Versions(text, line + " ", candidates, found, $"a version of the line \"{line}\"", dottedOnly: true));
            found.AddRange(Versions(text, line + "-", candidates, found, $"a version of the line \"{line}\""));
        }
        var firms = candidates.Where(c => c.Type == EntityType.Organization).Select(c => c.Text).Distinct().ToList();
        var stems = HanStemsBefore(text, '-', dotted: false);
        foreach (var stem in stems.Where(stem => firms.Any(f => f.Length > stem.Length && f.Contains(stem, StringComparison.Ordinal))))
        {
            found.AddRange(Versions(text, stem + "-", candidates, found, $"a model named after the firm \"{stem}…\""));
        }
        // 鸿渐-2 … 鸿渐-3, named by no cue: a stem the text gives two version numbers or more, standing after a particle or
        // punctuation wherever it does (not 的鸿渐 of 发布的鸿渐-3).
        foreach (var stem in stems.Where(stem => IsALineWithVersions(text, stem + "-")))
        {
            found.AddRange(Versions(text, stem + "-", candidates, found, $"one of several versions of \"{stem}\""));
        }
        // 衍码 2.0 … 衍码 3.0: the same with a space before dotted numbers.
        foreach (var stem in HanStemsBefore(text, ' ', dotted: true).Where(stem => IsALineWithVersions(text, stem + " ")))
        {
            found.AddRange(Versions(text, stem + " ", candidates, found, $"one of several versions of \"{stem}\"", dottedOnly: true));
        }
        found.AddRange(LinesOfVersions(text, candidates.Concat(found).ToList()));
        found.AddRange(ModelsAfterTheirMaker(text, candidates.Concat(found).ToList()));
        return found;
    }

    /// <summary>
    /// 衍语系列, "衍码是我们的编程助手" beside 衍语-1 … 衍语-4 and 衍码 2.0, 衍码 3.0: the stem of a line with two versions or
    /// more, named bare where a particle, punctuation or nothing stands before it, is the line itself.
    /// </summary>
    private static IEnumerable<Candidate> LinesOfVersions(string text, IReadOnlyList<Candidate> candidates)
    {
        var lines = candidates.Where(c => c.Type == EntityType.Product).Select(c => Versioned().Match(c.Text))
            .Where(m => m.Success && m.Groups["stem"].Value.Length >= 2 && m.Groups["stem"].Value.All(CharClass.IsHan))
            .GroupBy(m => m.Groups["stem"].Value).Where(g => g.Select(m => m.Groups["version"].Value).Distinct().Count() >= 2).Select(g => g.Key);
        // Not a firm's short name (星河 of 星河研究院, whose models are 星河-1, 星河-2).
        foreach (var line in lines.Where(l => !candidates.Any(c => c.Text == l || (c.Type == EntityType.Organization && c.Text.Contains(l, StringComparison.Ordinal)))))
        {
            for (var at = text.IndexOf(line, StringComparison.Ordinal); at >= 0; at = text.IndexOf(line, at + 1, StringComparison.Ordinal))
            {
                var end = at + line.Length;
                if ((at == 0 || !CharClass.IsHan(text[at - 1]) || ParticlesBeforeAName.Contains(text[at - 1]) || IsALaunch(text, at) || IsThanks(text, at))
                    && (end == text.Length || !char.IsLetterOrDigit(text[end]) || ParticlesBeforeAName.Contains(text[end]) || WhatFollowsALine().IsMatch(text.AsSpan(end)))
                    && !(end < text.Length && text[end] is '-' or ' ' && VersionEnd(text, end + 1) > 0)
                    && !candidates.Any(c => c.Start < end && at < c.End && !IsChineseTaggers(c)))
                {
                    yield return new Candidate(at, end, line, EntityType.Product, Confidence, CandidateSource.OtherVersion, Cue: $"the line of versions \"{line}-…\"");
                }
            }
        }
    }

    /// <summary>
    /// 弈川 Y2, 小米 15, 曦和-Coder: a Chinese firm's name, or the first two characters of it (弈川 of 弈川半导体), a space
    /// and a model number, or a hyphen and a word, name the firm's product.
    /// </summary>
    private static IEnumerable<Candidate> ModelsAfterTheirMaker(string text, IReadOnlyList<Candidate> candidates)
    {
        var makers = candidates.Where(c => c.Type == EntityType.Organization && c.Text.Length >= 2 && c.Text.All(CharClass.IsHan))
            .SelectMany(c => c.Text.Length <= 4 ? [c.Text, c.Text[..2]] : new[] { c.Text[..2] }).ToHashSet(StringComparer.Ordinal);
        foreach (var maker in makers)
        {
            for (var at = text.IndexOf(maker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(maker, at + 1, StringComparison.Ordinal))
            {
                var end = at + maker.Length;
                if (ModelNumber().Match(text, end) is { Success: true } model && !Year().IsMatch(model.Groups["model"].Value)
                    && !candidates.Any(c => c.Start == at && c.End == model.Index + model.Length))
                {
                    yield return new Candidate(at, model.Index + model.Length, text[at..(model.Index + model.Length)], EntityType.Product, Confidence,
                        CandidateSource.OtherVersion, Cue: $"a model number after its maker \"{maker}\"");
                }
            }
        }
    }

    // " Y2", " 15", and "-Coder" (曦和-Coder).
    [GeneratedRegex(@"\G(?: (?<model>[A-Z]{0,2}\d{1,4}[A-Z]?)|-(?<model>[A-Z][a-z]{2,}\d*))(?![A-Za-z0-9.%])(?![ \t]*(?:年|月|日|个|亿|万|元|倍|家|款|人|台|位|名|种|项|%|％))")]
    private static partial Regex ModelNumber();

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    // 衍语系列, 衍码团队, 衍码专场, 衍码已…: not the start of a longer name (翎羽 of 翎羽助手).
    [GeneratedRegex("^(?:系列|团队|专场|家族|已|也|还|会|能|可)")]
    private static partial Regex WhatFollowsALine();

    // 感谢衍语团队: thanks go before a name.
    private static bool IsThanks(string text, int at) => at >= 2 && text.AsSpan(at - 2, 2) is "感谢" or "欢迎";

    private static bool IsALineWithVersions(string text, string name)
    {
        var versions = new HashSet<string>(StringComparer.Ordinal);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && CharClass.IsHan(text[at - 1]) && !ParticlesBeforeAName.Contains(text[at - 1]) && !IsALaunch(text, at))
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

    private const string ParticlesBeforeAName = "的是了和与及为在把将由用从到对比于";

    // 今天发布衍码 3.0: a launch's verb before the name.
    private static bool IsALaunch(string text, int at) => at >= 2 && text.AsSpan(at - 2, 2) is "发布" or "推出" or "上线" or "亮相";

    /// <summary>
    /// The two to four Han characters before each <paramref name="separator"/> and number of the text (授权了其最新的墨子-4 →
    /// 墨子, 的墨子, 新的墨子), the number a dotted one (衍码 3.0) if <paramref name="dotted"/>.
    /// </summary>
    private static HashSet<string> HanStemsBefore(string text, char separator, bool dotted)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var separatorAt = text.IndexOf(separator, Math.Min(2, text.Length)); separatorAt >= 0 && separatorAt + 1 < text.Length; separatorAt = text.IndexOf(separator, separatorAt + 1))
        {
            if (!char.IsDigit(text[separatorAt + 1]) || !CharClass.IsHan(text[separatorAt - 1])
                || (dotted && !(DigitsEnd(text, separatorAt + 1) is var digits && digits + 1 < text.Length && text[digits] == '.' && char.IsDigit(text[digits + 1]))))
            {
                continue;
            }
            // Not from the particle before the name (从衍语-3到衍语-4).
            for (var length = 2; length <= 4 && length <= separatorAt && CharClass.IsHan(text[separatorAt - length]) && !ParticlesBeforeAName.Contains(text[separatorAt - length]); length++)
            {
                stems.Add(text[(separatorAt - length)..separatorAt]);
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
                // 衍码 3.0, not a figure after a name in a table (顾明川 36.52).
                || (dottedOnly && name.EndsWith(' ') && !ShortDottedVersion().IsMatch(text.AsSpan(at + name.Length, end - at - name.Length)))
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
            // 衍语-Lite: a lighter or faster edition named by its word alone.
            return Edition().Match(text, start) is { Success: true } edition ? start + edition.Length : -1;
        }
        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end = DigitsEnd(text, end + 1);
        }
        // 衍语-4 Turbo: an edition of the version.
        if (end + 1 < text.Length && text[end] == ' ' && Edition().Match(text, end + 1) is { Success: true } after)
        {
            end = after.Index + after.Length;
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

    [GeneratedRegex(@"^\d{1,2}\.\d(?: \w+)?$")]
    private static partial Regex ShortDottedVersion();

    [GeneratedRegex(@"\G(?:Turbo|Pro|Max|Mini|Lite|Plus|Ultra|Flash)\b")]
    private static partial Regex Edition();

    // A name of two characters or more, then a version number: 青岚-2, Harbor 3, Qwen2.5.
    [GeneratedRegex(@"^(?<stem>\p{L}[\p{L}\p{N} ]*?\p{L})(?<separator>[- ]?)(?<version>\d+(?:\.\d+)?)$")]
    private static partial Regex Versioned();
}
