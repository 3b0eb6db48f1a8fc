using System.Text.RegularExpressions;
namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Chooses non-overlapping candidates. A work in title marks takes the KB name inside it as its link
/// (《浪潮将至：…》 names The Coming Wave); otherwise curated names win, then the longer span, then the more
/// confident source. A curated concept does not outrank a longer name around it ("AI" in "AI 未来评论"), nor a curated
/// place a recognized organisation's name around it (美国海军, 日本钢铁贸易协会), and a unit
/// named after a curated organisation ranks with curated names, so that the longer unit name wins (清华大学智能产业研究院).
/// </summary>
internal static partial class CandidateSelector
{
    private const double ConfidentOrganizationName = 0.75;

    public static List<Candidate> Select(IEnumerable<Candidate> candidates)
    {
        var all = candidates.ToList();
        var titles = all.Where(c => c.Source == CandidateSource.BookTitle).Select(title => LinkInnerWork(title, all)).ToList();
        var textEnd = all.Count == 0 ? 0 : all.Max(c => c.End);
        var insideOrganizationNames = InsideRecognizedOrganizations(all, textEnd);
        // Uncurated names by where they start and end, so that each curated name looks only at the names sharing an edge
        // with it (a long document has tens of thousands of candidates).
        var uncurated = all.Where(c => c.Entry is null).ToList();
        var byStart = uncurated.ToLookup(c => c.Start);
        var byEnd = uncurated.ToLookup(c => c.End);
        var latinOrganizationAt = LatinOrganizationsAt(uncurated, textEnd);
        // "Daishuo DevDay 2026": an edition of an event named with its year is another event than a curated one inside it.
        var datedEvents = uncurated.Where(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Event } && YearAtTheEnd().IsMatch(c.Text)).ToList();
        var ordered = titles.Concat(all.Where(c => c.Source != CandidateSource.BookTitle))
            .OrderBy(c => c.Source == CandidateSource.BookTitle ? 0
                : c.Entry is { Type: not EntityType.Concept } && !IsPlaceInsideOrganizationName(c, insideOrganizationNames) && !IsPartOfALongerName(c, byStart, byEnd, latinOrganizationAt)
                    && !(c.Type == EntityType.Event && datedEvents.Any(e => e.Start <= c.Start && e.End >= c.End && e.Length > c.Length))
                    || c.Source == CandidateSource.OrganizationUnit ? 1
                : 2)
            .ThenByDescending(c => c.Length)
            .ThenByDescending(c => c.Confidence)
            .ThenBy(c => c.Start);
        var chosen = new List<Candidate>();
        // The characters chosen candidates cover: a long document has tens of thousands of candidates, too many to test
        // each against every one chosen before it.
        var covered = new bool[textEnd];
        foreach (var candidate in ordered)
        {
            var span = covered.AsSpan(candidate.Start, candidate.End - candidate.Start);
            if (!span.Contains(true))
            {
                chosen.Add(candidate);
                span.Fill(true);
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen;
    }

    /// <summary>
    /// Characters strictly inside an organisation's name a recognizer is sure of: a curated place there is part of the
    /// name ("United States Military Academy", 美国海军, 浙江省政府).
    /// </summary>
    private static bool[] InsideRecognizedOrganizations(List<Candidate> all, int textEnd)
    {
        var inside = new bool[textEnd];
        // The Chinese recognizer's candidates have passed the tagger's confidence gates already (a place-prefixed name its own);
        // LAC's organisations and those found by their head noun start with a place where the name does (日本钢铁贸易协会).
        foreach (var name in all.Where(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Organization, Confidence: >= ConfidentOrganizationName }
                     or { Source: CandidateSource.ChineseRecognizer or CandidateSource.ChineseTagger, Type: EntityType.Organization }))
        {
            inside.AsSpan(name.Start, name.Length).Fill(true);
        }
        return inside;
    }

    private static bool IsPlaceInsideOrganizationName(Candidate candidate, bool[] insideOrganizationNames) =>
        candidate.Entry is { Type: EntityType.Location }
        && !insideOrganizationNames.AsSpan(candidate.Start, candidate.Length).Contains(false)
        && (candidate.Start > 0 && insideOrganizationNames[candidate.Start - 1] || candidate.End < insideOrganizationNames.Length && insideOrganizationNames[candidate.End]);

    /// <summary>
    /// A curated name that a longer name of the same type, which no curation lists, runs on from: 王兴 in 王兴兴 (another
    /// person, read whole by LAC), Copilot in DAX Copilot, GLM in GLM-4.5 and Llama in Llama 3.1 8B (another product, or
    /// one version of it), Atlas in Atlas OS where the KB's Atlas needs context to be meant at all,
    /// NeurIPS in NeurIPS 2025 (one year's conference), Alan Turing in the Alan Turing Institute (of another type: a body named after him), Intel in Intel Capital and Samsung in Samsung Catalyst Fund and 联想 in 联想创投 (a firm's investment arm, a firm of its own), Reuters in Thomson Reuters, Stanford in Stanford Health Care, Toyota in Toyota Research Institute, AgiBot in AgiBot World (its product, named with an everyday word).
    /// </summary>
    private static bool IsPartOfALongerName(Candidate curated, ILookup<int, Candidate> byStart, ILookup<int, Candidate> byEnd, Candidate?[] latinOrganizationAt) =>
        IsEndOfALongerPlaceOrPerson(curated, byEnd)
        || curated.Type == EntityType.Person && byStart[curated.Start].Any(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Organization }
            && c.Length > curated.Length && NamedAfterAPerson().IsMatch(c.Text.AsSpan(curated.Length)))
        || curated.Type is EntityType.Person or EntityType.Product or EntityType.Event or EntityType.Organization
        && byStart[curated.Start].Concat(byEnd[curated.End]).Any(c => c.Type == curated.Type && c.Length > curated.Length && c.Start <= curated.Start && c.End >= curated.End
            && curated.Type switch
            {
                EntityType.Person => c.Start == curated.Start && c.Source == CandidateSource.ChineseTagger && c.Text.All(Text.CharClass.IsHan),
                EntityType.Product => c.Source == CandidateSource.LatinRecognizer
                    && ((c.End == curated.End && c.Text[c.Text.Length - curated.Length - 1] == ' ')
                        || (c.Start == curated.Start && c.Text[curated.Length] is '-' or ' ' or '.' && c.Text[(c.Text.LastIndexOf(' ') + 1)..].Any(char.IsAsciiDigit))
                        || (c.Start == curated.Start && c.Text[curated.Length] == ' ' && curated.Confidence < KnowledgeBaseCandidates.CaseSensitiveAliasConfidence)
                        || (c.Start == curated.Start && Text.CharClass.IsHan(curated.Text[^1]) && char.IsAsciiDigit(c.Text[curated.Length]))),
                EntityType.Organization => c.Start == curated.Start && c.Source is CandidateSource.LatinRecognizer or CandidateSource.ChineseTagger
                        && InvestmentArm().IsMatch(c.Text.AsSpan(curated.Length))
                    || IsInsideALongerFirm(curated, c),
                _ => c.Start == curated.Start && c.Source == CandidateSource.LatinRecognizer && c.Text[curated.Length] == ' ',
            })
        || curated.Type == EntityType.Organization && latinOrganizationAt[curated.Start] is { } around && IsInsideALongerFirm(curated, around)
        || curated.Type == EntityType.Organization && byStart[curated.Start].Any(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Product }
            && c.Length > curated.Length + 1 && c.Text[curated.Length] == ' ' && LatinCandidates.IsAnEverydayWord(c.Text[(curated.Length + 1)..]))
        // 小米 15: a curated firm's name opens its model's.
        || curated.Type == EntityType.Organization && byStart[curated.Start].Any(c => c is { Source: CandidateSource.OtherVersion, Type: EntityType.Product } && c.Length > curated.Length);

    /// <summary>Reuters in Thomson Reuters (Ventures): a capitalised word before a curated firm's name makes another firm.</summary>
    private static bool IsInsideALongerFirm(Candidate curated, Candidate longer) =>
        longer.Source == CandidateSource.LatinRecognizer && longer.Type == EntityType.Organization && longer.Start < curated.Start
        && longer.End >= curated.End && longer.Text[curated.Start - longer.Start - 1] == ' '
        && longer.Text[..(curated.Start - longer.Start - 1)].Split(' ').All(IsAFirmsOwnWord);

    // Not "Rivals Boston Dynamics" (a sentence's first word), "UK AI Security Institute" (where the body is, as short
    // words such as US and EU mostly say) or "German Boston Dynamics".
    private static bool IsAFirmsOwnWord(string word) =>
        word.Length > 3 && char.IsAsciiLetterUpper(word[0]) && !Latin.LatinLexicon.Default.IsCommon(word.ToLowerInvariant())
        && !Latin.LatinLexicon.Default.Places.Contains(word) && !Latin.LatinLexicon.Nationalities.Contains(word);

    /// <summary>For each character, the longest organisation the Latin recognizer read over it.</summary>
    private static Candidate?[] LatinOrganizationsAt(IEnumerable<Candidate> uncurated, int textEnd)
    {
        var at = new Candidate?[textEnd];
        foreach (var name in uncurated.Where(c => c is { Source: CandidateSource.LatinRecognizer, Type: EntityType.Organization }))
        {
            for (var i = name.Start; i < name.End; i++)
            {
                if (at[i] is null || at[i]!.Length < name.Length)
                {
                    at[i] = name;
                }
            }
        }
        return at;
    }

    /// <summary>
    /// A curated place or firm that ends a longer English name the recognizer read: the region a compass word or New opens
    /// (South Asia, Eastern Europe, New Mexico — the KB lists Asia, Europe and Mexico) and the person a given name opens (Julie London,
    /// Alan Stanford), where the tagger is sure of the person. So is a curated person's surname after another given name
    /// (Mark Ellison is not Larry Ellison), and a curated body after a nationality (the Danish AI Safety Institute is not
    /// the KB's AI Safety Institute).
    /// </summary>
    private static bool IsEndOfALongerPlaceOrPerson(Candidate curated, ILookup<int, Candidate> byEnd) =>
        curated.Type is EntityType.Location or EntityType.Organization or EntityType.Person
        && byEnd[curated.End].Any(c => c.Source == CandidateSource.LatinRecognizer && c.Length > curated.Length && c.Text[c.Length - curated.Length - 1] == ' '
            && (c.Type == EntityType.Location && curated.Type == EntityType.Location && PlaceOpenedByACompassWord().IsMatch(c.Text)
                || c.Type == EntityType.Organization && curated.Type == EntityType.Organization && c.Text.IndexOf(' ') == c.Length - curated.Length - 1
                    && Latin.LatinLexicon.Nationalities.Contains(c.Text[..(c.Length - curated.Length - 1)])
                || c.Type == EntityType.Person && c.Confidence >= SurePersonConfidence && c.Text.IndexOf(' ') == c.Length - curated.Length - 1
                    && Latin.LatinLexicon.Default.FirstNames.Contains(c.Text.AsSpan(0, c.Length - curated.Length - 1))
                    && (curated.Type != EntityType.Person || !curated.Entry!.Name.StartsWith(c.Text[..(c.Length - curated.Length)], StringComparison.OrdinalIgnoreCase))));

    private const double SurePersonConfidence = 0.8;

    // The Alan Turing Institute, the Allen Institute, the Gates Foundation: a body named after a person.
    [GeneratedRegex(@"^ (?:[A-Z][a-z]+ )?(?:Institute|Foundation|University|College|School|Centre|Center|Laboratory|Trust|Hospital|Society)$")]
    private static partial Regex NamedAfterAPerson();

    [GeneratedRegex(@"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-?east|North-?west|South-?east|South-?west|Sub-Saharan|New) \p{Lu}")]
    private static partial Regex PlaceOpenedByACompassWord();

    [GeneratedRegex(@"^ (?:[A-Z][a-z]+ )?(?:Capital|Ventures|Investments|Fund)$|^ (?:Foundation|Health(?: Care)?|Hospital|Medical Center|Research(?: Institute| Labs?)?)$|^(?:创投|风投|产投|资本|投资|基金)$")]
    private static partial Regex InvestmentArm();

    private static Candidate LinkInnerWork(Candidate title, List<Candidate> all)
    {
        // 2026世界人工智能大会: an event named by its head noun that the KB lists, with its year, is the curated event.
        var inner = all.FirstOrDefault(c => (c.Entry is { Type: EntityType.Work } && c.Start == title.Start && c.End <= title.End)
            || (c.Entry is { Type: EntityType.Event } && title.Type == EntityType.Event && c.Start == title.Start && c.End == title.End));
        return inner is null ? title : title with { Entry = inner.Entry, Cue = inner.Cue + " inside title marks" };
    }

    [GeneratedRegex(@"\s(?:19|20)\d\d$")]
    private static partial Regex YearAtTheEnd();
}
