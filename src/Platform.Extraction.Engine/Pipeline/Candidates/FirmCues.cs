using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Names a tagger read as people's that the text treats as firms'. A Chinese name a tagger read as a person's (米哈游: 米
/// is a surname) or as an unlisted place's (北溟影像) that the text treats as a firm's somewhere — its arm after it
/// (米哈游旗下的逆熵实验室), or an officer's title and name (米哈游总裁刘伟, 砾原农智的创始人向野) — names a firm everywhere in
/// the document.
/// </summary>
internal static partial class FirmCues
{
    public static void RetypePeopleActingAsFirms(string text, List<Candidate> candidates)
    {
        var misread = candidates.Where(c => c is { Type: EntityType.Person or EntityType.Location, Entry: null } && c.Text.All(Text.CharClass.IsHan)).ToList();
        if (misread.Count == 0)
        {
            return;
        }
        var personStarts = misread.Where(p => p.Type == EntityType.Person).Select(p => p.Start).ToHashSet();
        var firms = misread.Where(p => FirmCue().Match(text, p.End) is { Success: true } cue
                && (cue.Groups["arm"].Success || personStarts.Contains(p.End + cue.Length)))
            .Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Person or EntityType.Location, Entry: null } named && firms.Contains(named.Text))
            {
                candidates[i] = named with { Type = EntityType.Organization, Cue = "a firm where the text gives it an arm or an officer" };
            }
        }
    }

    /// <summary>
    /// "Marlowe Data … uses Marlowe": a Latin name ending in a firm's word (Data, Labs, Analytics …) is a firm wherever a tagger
    /// placed it, and its first word alone, read as a surname, is the firm's short name unless the text names a person
    /// with that surname.
    /// </summary>
    public static void RetypeShortNamesOfFirms(List<Candidate> candidates)
    {
        RetypeChineseShortNamesOfFirms(candidates);
        RetypeChinesePeopleReadAsFirms(candidates);
        RetypeSurnamesOfPeopleNamedInFull(candidates);
        var firms = candidates.Where(c => c is { Type: EntityType.Organization or EntityType.Location, Entry: null } && FirmWordAtTheEnd().IsMatch(c.Text)).ToList();
        if (firms.Count == 0)
        {
            return;
        }
        var firstWords = firms.Select(f => f.Text[..f.Text.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
        var surnames = candidates.Where(c => c.Type == EntityType.Person && c.Text.Contains(' ')).Select(c => c.Text[(c.Text.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate is { Type: EntityType.Location, Entry: null } && firms.Contains(candidate))
            {
                candidates[i] = candidate with { Type = EntityType.Organization, Cue = candidate.Cue + ", a firm by its last word" };
            }
            else if (candidate is { Type: EntityType.Person, Entry: null, Source: CandidateSource.LatinRecognizer } && !candidate.Text.Contains(' ')
                && firstWords.Contains(candidate.Text) && !surnames.Contains(candidate.Text))
            {
                candidates[i] = candidate with { Type = EntityType.Organization, Cue = candidate.Cue + ", the short name of a firm the text names" };
            }
        }
    }

    /// <summary>
    /// 麦垄 beside 麦垄数据: a Chinese name a tagger read as a person's is the firm's short name where the text names a firm
    /// by it and a trade word (数据, 科技, 机器人 …). A name the tagger read as a place's that ends in a trade word (北溟影像)
    /// is a firm's.
    /// </summary>
    private static void RetypeChineseShortNamesOfFirms(List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Location, Entry: null, Length: >= 4 } place && place.Text.All(Text.CharClass.IsHan)
                && ChineseTrades.Any(trade => place.Text.EndsWith(trade, StringComparison.Ordinal)))
            {
                candidates[i] = place with { Type = EntityType.Organization, Cue = place.Cue + ", a firm by its trade word" };
            }
        }
        var firms = candidates.Where(c => c.Type == EntityType.Organization && c.Length >= 4 && c.Text.All(Text.CharClass.IsHan))
            .Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Person, Entry: null, Length: 2 } person && person.Text.All(Text.CharClass.IsHan)
                && ChineseTrades.Any(trade => firms.Contains(person.Text + trade)))
            {
                candidates[i] = person with { Type = EntityType.Organization, Cue = person.Cue + ", the short name of a firm the text names" };
            }
        }
    }

    /// <summary>
    /// "Defendant Tobias Renfrew …; Mr. Renfrew personally approved …": a name the tagger read as a firm's is a person's where
    /// the text calls someone by its last word after Mr., Ms. or Dr., and it ends in no firm's word.
    /// </summary>
    public static void RetypePeopleCalledByTheirSurname(string text, List<Candidate> candidates)
    {
        var called = Honorific().Matches(text).Select(m => m.Groups["surname"].Value).ToHashSet(StringComparer.Ordinal);
        if (called.Count == 0)
        {
            return;
        }
        var heads = Latin.LatinLexicon.Default.OrgHeads;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Organization, Entry: null, Source: CandidateSource.LatinRecognizer } guess
                && TwoOrThreeNames().Match(guess.Text) is { Success: true } name && called.Contains(name.Groups["last"].Value)
                && !heads.Contains(name.Groups["last"].Value) && !FirmWordAtTheEnd().IsMatch(guess.Text))
            {
                candidates[i] = guess with { Type = EntityType.Person, Cue = guess.Cue + ", a person the text calls by the surname" };
            }
        }
    }

    [GeneratedRegex(@"\b(?:Mr|Ms|Mrs|Dr)\.?\s+(?<surname>\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?)")]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s(?<last>\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?)$")]
    private static partial Regex TwoOrThreeNames();

    /// <summary>
    /// "Verhoeven heads the lab", after "Thibault Verhoeven": a surname alone the tagger guessed to be a firm is the person's,
    /// where the text names the person in full and no firm by that word.
    /// </summary>
    private static void RetypeSurnamesOfPeopleNamedInFull(List<Candidate> candidates)
    {
        var surnames = candidates.Where(c => c is { Type: EntityType.Person, Entry: null } && c.Text.Contains(' ') && !c.Text.Contains('\n'))
            .Select(c => c.Text[(c.Text.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }
        var firmWords = candidates.Where(c => c.Type == EntityType.Organization && c.Text.Contains(' ')).SelectMany(c => c.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Organization, Entry: null, Source: CandidateSource.LatinRecognizer, Cue: "Latin tagger" } guess
                && surnames.Contains(guess.Text) && !firmWords.Contains(guess.Text))
            {
                candidates[i] = guess with { Type = EntityType.Person, Cue = guess.Cue + ", the surname of a person the text names in full" };
            }
        }
    }

    /// <summary>
    /// 韦正廷, which LAC reads as a person's name and the character tagger, in another clause, as a firm's: a surname's shape and
    /// no firm named with it and a trade make it the person's.
    /// </summary>
    private static void RetypeChinesePeopleReadAsFirms(List<Candidate> candidates)
    {
        var people = candidates.Where(c => c is { Type: EntityType.Person, Source: CandidateSource.ChineseTagger, Length: 3 }).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        if (people.Count == 0)
        {
            return;
        }
        var firms = candidates.Where(c => c.Type == EntityType.Organization && c.Length >= 5).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Organization, Source: CandidateSource.ChineseRecognizer, Entry: null, Length: 3 } firm && people.Contains(firm.Text)
                && ChineseNameShape.IsCommonSurname(firm.Text[0]) && !ChineseTrades.Any(trade => firms.Contains(firm.Text + trade)))
            {
                candidates[i] = firm with { Type = EntityType.Person, Cue = firm.Cue + ", a person's name LAC reads elsewhere in the text" };
            }
        }
    }

    private static readonly string[] ChineseTrades = ["数据", "科技", "智能", "机器人", "医疗", "半导体", "资本", "创投", "影像", "视觉"];

    [GeneratedRegex(@"^\p{Lu}[\w-]*\s+(?:Data|Software|Ventures|Capital|Insurance|Logistics|Networks|Semiconductor|Bio|Cloud|" + LatinCandidates.TradingFirmWords + ")$")]
    private static partial Regex FirmWordAtTheEnd();

    /// <summary>
    /// "DBS Bank, which is piloting Jinghe Studio, Yunjing's agent-building platform": a name the text puts in apposition
    /// to a firm's platform, app or model is that product, whatever its head noun (Studio) made of it.
    /// </summary>
    public static void RetypeProductsInApposition(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var apposition = candidates[i].Type switch
            {
                EntityType.Organization => ProductInApposition(),
                EntityType.Person => ProductNotPersonInApposition(),
                _ => null,
            };
            if (candidates[i] is { Entry: null } named && apposition is not null
                && (apposition.IsMatch(text.AsSpan(named.End)) || (named.Type == EntityType.Organization && FlagshipBefore().IsMatch(text.AsSpan(0, named.Start)))))
            {
                // The words around it give its type, which outvotes the tagger's guesses at the name elsewhere (see EntityCluster).
                candidates[i] = named with { Type = EntityType.Product, Cue = LatinCandidates.KindNounCue };
            }
        }
    }

    /// <summary>"Backprop Weekly, issue 212 — compiled by …": a name with its issue number is a publication, whatever a tagger read.</summary>
    public static void RetypePublicationsByTheirIssue(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Entry: null, Type: not EntityType.Organization } named && IssueNumberAfter().IsMatch(text.AsSpan(named.End)))
            {
                candidates[i] = named with { Type = EntityType.Organization, Cue = "a publication named with its issue number" };
            }
        }
    }

    [GeneratedRegex(@"^\s*,\s*(?:issue|no\.|vol\.|edition)\s*#?\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumberAfter();

    // "Its flagship, Labelfold Studio, pairs …".
    [GeneratedRegex(@"\b(?:[Ii]ts|[Tt]heir)\s+flagship(?:\s+(?:product|platform|model|app))?\s*,\s*$")]
    private static partial Regex FlagshipBefore();

    /// <summary>Whether what follows a name puts a product's kind in apposition to it (", an ambient note-taking assistant").</summary>
    public static bool ProductKindInApposition(string text, int end) => ProductNotPersonInApposition().IsMatch(text.AsSpan(end));

    // ", Yunjing's agent-building platform", ", OpenAI's older function-level test", ", Halyard's open-source evaluation harness", ", the first product from …": a thing's kind.
    // So is ", software that lets AI agents complete purchases".
    [GeneratedRegex(@"^\s*,\s*(?:(?:(?:\p{Lu}[\w&.-]*\s+){0,2}\p{Lu}[\w&.-]*(?:'s|’s)|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:platform|app|model|assistant|chatbot|product|service|software|tool|suite|benchmark|test|dataset|harness|library|framework|engine|editor)\b(?!\s+(?:company|firm|maker|developer|start-?up|provider|vendor|group|lab)\b)|software\s+(?:that|which)\b)")]
    private static partial Regex ProductInApposition();

    // ", a joint product that checks …", ", an ambient note-taking assistant": what a tagger read as a person's name is a
    // product only by a product's own kind (not ", a Swedish software engineer", ", a research assistant").
    [GeneratedRegex(@"^\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:product|platform|app|tool|(?<!\b(?:research|teaching|personal|executive|administrative|legal|editorial|graduate)\s)assistant|chatbot|suite|harness|library|framework)\b(?!\s+(?:engineer|developer|designer|manager|lead|expert|company|firm|maker|start-?up|vendor|provider))")]
    private static partial Regex ProductNotPersonInApposition();

    /// <summary>
    /// "Goldman Sachs, Morgan Stanley and Jefferies": a single word the tagger read as a surname, last in a list of two
    /// firms or more before it, is one more firm.
    /// </summary>
    public static void RetypeSurnamesListedWithFirms(string text, List<Candidate> candidates)
    {
        var firmsByEnd = candidates.Where(c => c.Type == EntityType.Organization).ToLookup(c => c.End);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Person, Entry: null, Source: CandidateSource.LatinRecognizer } person && !person.Text.Contains(' ')
                && ListedFirmBefore(text, person.Start, firmsByEnd) is { } previous && ListedFirmBefore(text, previous.Start, firmsByEnd) is not null)
            {
                candidates[i] = person with { Type = EntityType.Organization, Cue = "a single name listed after firms" };
            }
        }
    }

    /// <summary>"Piper Sandler is acting as financial adviser to …": an English name that advises or underwrites a deal is a firm.</summary>
    public static void RetypeAdvisersOfADeal(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Person, Entry: null, Source: CandidateSource.LatinRecognizer } person
                && (AdviserAfter().IsMatch(text.AsSpan(person.End)) || AdvisedBy().IsMatch(text.AsSpan(0, person.Start))))
            {
                candidates[i] = person with { Type = EntityType.Organization, Cue = "a deal's adviser or underwriter" };
            }
        }
    }

    [GeneratedRegex(@"^\s+(?:is|was|are|were)\s+(?:acting\s+|serving\s+)?as\s+(?:the\s+|a\s+|an\s+)?(?:lead\s+|sole\s+|exclusive\s+)?(?:financial\s+|legal\s+)?(?:adviser|advisor|underwriter|bookrunner)s?\s+(?:to|for|on)\b")]
    private static partial Regex AdviserAfter();

    [GeneratedRegex(@"\b(?:is|was|are|were)\s+being\s+advised\s+by\s+$")]
    private static partial Regex AdvisedBy();

    private static Candidate? ListedFirmBefore(string text, int start, ILookup<int, Candidate> firmsByEnd)
    {
        // The separator is a few characters long: look only there, not through the whole text before the name.
        var from = Math.Max(0, start - 12);
        return ListSeparatorBefore().Match(text, from, start - from) is { Success: true } separator ? firmsByEnd[separator.Index].FirstOrDefault() : null;
    }

    [GeneratedRegex(@"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")]
    private static partial Regex ListSeparatorBefore();

    [GeneratedRegex(@"\G(?:(?<arm>旗下)|的?(?:联合创始人|创始人|首席执行官|首席技术官|董事长|副总裁|总裁|总经理|CEO|CTO))")]
    private static partial Regex FirmCue();
}
