using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Data;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>One CC-CEDICT proper noun.</summary>
/// <param name="EnglishName">The name part of the first gloss ("NVIDIA, computer graphics card company" → "NVIDIA").</param>
/// <param name="TypeHint">What the gloss says the name is, when it says so ("surname Li" → person, "… University" → organisation).</param>
public sealed record LexiconEntry(string Simplified, string Traditional, string EnglishName, IReadOnlyList<string> Glosses, EntityType? TypeHint);

/// <summary>
/// Chinese ↔ English names from the CC-CEDICT proper nouns (embedded <c>Data/cedict/proper-nouns.tsv</c>, CC BY-SA 4.0):
/// 谷歌 → Google, 英伟达 → NVIDIA, 微軟 → Microsoft Corporation, and back. Thread-safe.
/// </summary>
public sealed partial class ChineseEnglishLexicon
{
    private static readonly Lazy<ChineseEnglishLexicon> LazyDefault = new(() => new ChineseEnglishLexicon(EmbeddedData.ReadLines("cedict/proper-nouns.tsv")));

    private readonly FrozenDictionary<string, LexiconEntry[]> _byChinese;
    private readonly FrozenDictionary<string, LexiconEntry[]> _byEnglish;

    public ChineseEnglishLexicon(IEnumerable<string> tsvLines)
    {
        var entries = new List<LexiconEntry>();
        var references = new List<(string Simplified, string Traditional, string Target)>();
        foreach (var line in tsvLines)
        {
            var fields = line.Split('\t');
            if (fields.Length < 3 || fields[0].Length == 0)
            {
                continue;
            }
            var glosses = fields[2].Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (glosses.Length == 0 || VariantPattern().IsMatch(glosses[0]))
            {
                continue;
            }
            if (glosses is [var only] && CrossReference().Match(only) is { Success: true } reference)
            {
                references.Add((fields[0], fields[1], reference.Groups["simplified"].Value));
                continue;
            }
            entries.Add(new LexiconEntry(fields[0], fields[1], NameOf(glosses[0]), glosses, TypeHintOf(glosses[0])));
        }
        // 无锡 "see 無錫市|无锡市": a short name takes the English of the full name it points to (Wuxi).
        var bySimplified = entries.GroupBy(e => e.Simplified, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (simplified, traditional, target) in references)
        {
            if (bySimplified.TryGetValue(target, out var full))
            {
                entries.Add(full with { Simplified = simplified, Traditional = traditional });
            }
        }
        Count = entries.Count;
        _byChinese = entries
            .GroupBy(entry => TraditionalToSimplified.Default.Convert(entry.Simplified), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _byEnglish = entries
            .Where(entry => entry.EnglishName.Length > 0)
            .GroupBy(entry => entry.EnglishName, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    public static ChineseEnglishLexicon Default => LazyDefault.Value;

    public int Count { get; }

    /// <summary>Entries for a Chinese word, simplified or traditional.</summary>
    public IReadOnlyList<LexiconEntry> Lookup(string chinese) =>
        _byChinese.TryGetValue(TraditionalToSimplified.Default.Convert(chinese.Trim()), out var found) ? found : [];

    /// <summary>The English name of a Chinese proper noun (谷歌 → Google), or null.</summary>
    public string? EnglishName(string chinese) => Lookup(chinese).FirstOrDefault()?.EnglishName;

    /// <summary>Chinese (simplified) names whose gloss names <paramref name="english"/> (Microsoft → 微软), case-insensitive.</summary>
    public IReadOnlyList<string> ChineseNames(string english)
    {
        var key = english.Trim();
        var names = new List<string>();
        foreach (var candidate in new[] { key, StripCompanySuffix(key) })
        {
            if (_byEnglish.TryGetValue(candidate, out var found))
            {
                names.AddRange(found.Select(entry => entry.Simplified));
            }
        }
        foreach (var (name, found) in _byEnglish)
        {
            if (StripCompanySuffix(name).Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                names.AddRange(found.Select(entry => entry.Simplified));
            }
        }
        return names.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The name part of a gloss: before the first comma or semicolon, without parentheses, "surname X" → "X".</summary>
    private static string NameOf(string gloss)
    {
        var name = ParenthesesPattern().Replace(gloss, string.Empty);
        var cut = name.IndexOfAny([',', ';']);
        if (cut > 0)
        {
            name = name[..cut];
        }
        name = name.Trim();
        if (name.StartsWith("surname ", StringComparison.Ordinal))
        {
            name = name["surname ".Length..];
        }
        var generic = GenericPlaceWordPattern().Match(name);
        return (generic.Success && generic.Index > 0 ? name[..generic.Index] : name).Trim();
    }

    private static EntityType? TypeHintOf(string gloss)
    {
        if (gloss.StartsWith("surname ", StringComparison.Ordinal) || PersonPattern().IsMatch(gloss))
        {
            return EntityType.Person;
        }
        if (OrganizationPattern().IsMatch(gloss))
        {
            return EntityType.Organization;
        }
        if (LocationPattern().IsMatch(gloss))
        {
            return EntityType.Location;
        }
        return WorkPattern().IsMatch(gloss) ? EntityType.Work : null;
    }

    private static string StripCompanySuffix(string name) => CompanySuffixPattern().Replace(name, string.Empty).Trim();

    // "see 無錫市|无锡市[Wu2 xi1 Shi4]", or "see 北京[Bei3 jing1]" where both scripts agree.
    [GeneratedRegex(@"^see (?:[^|\[\]\s]+\|)?(?<simplified>[^|\[\]\s]+)\[[^\]]*\]$")]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^(old |archaic |Japanese |Taiwan )?variant of ")]
    private static partial Regex VariantPattern();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex ParenthesesPattern();

    [GeneratedRegex(@"\s+(municipality|province|prefecture|county|district|city)$")]
    private static partial Regex GenericPlaceWordPattern();

    [GeneratedRegex(@"\((\d{3,4}|c\. ?\d+)\s*-|\(name\)|\bpoet\b|\bemperor\b|\bwriter\b|\bpolitician\b|\bpainter\b|\bphilosopher\b|\bnovelist\b|\bactor\b|\bactress\b|\bsinger\b|\bgeneral\b|\bscientist\b|\bentrepreneur\b")]
    private static partial Regex PersonPattern();

    [GeneratedRegex(@"\b(University|College|Academy|Institute|Company|company|Corporation|Corp|Inc|Ltd|Bank|Association|Party|Ministry|Agency|Organization|Organisation|Bureau|Council|Committee|newspaper|news agency|airline|School|Group|Foundation|Federation|League|Union)\b")]
    private static partial Regex OrganizationPattern();

    [GeneratedRegex(@"\b(city|province|county|district|prefecture|town|township|village|river|mountain|Mountain|lake|island|Island|country|capital|state|region|Republic|Kingdom|peninsula|desert|sea|ocean|bay|strait|municipality|autonomous)\b")]
    private static partial Regex LocationPattern();

    [GeneratedRegex(@"\b(novel|book|film|movie|opera|play|poem|classic|TV series|song)\b")]
    private static partial Regex WorkPattern();

    [GeneratedRegex(@"\s+(Corporation|Corp\.?|Inc\.?|Ltd\.?|Company|Co\.?|Group)$", RegexOptions.IgnoreCase)]
    private static partial Regex CompanySuffixPattern();
}
