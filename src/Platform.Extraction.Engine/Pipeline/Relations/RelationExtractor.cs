using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Relations.Learned;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Finds the relations a text states, sentence by sentence: the cue patterns of
/// <see cref="RelationPatterns"/>, relations the knowledge base already knows when one sentence names both
/// ends with words of that relation between them, the trained <paramref name="classifier"/> for pairs those say nothing of,
/// and sentence-level co-occurrence. Every relation carries the text that states it.
/// </summary>
public sealed partial class RelationExtractor(RelationClassifier? classifier = null)
{
    public const string CoOccurrence = "co_occurrence";
    public const int MaxEvidenceChars = 240;
    private const double KnownConfidence = 0.6;
    private const int MaxMentionsPerWindow = 32;

    /// <param name="speaker">Who "I" and "we" are, if the text is someone's speech.</param>
    /// <param name="knownPredicate">The predicate the knowledge base holds from subject to object, if any.</param>
    /// <param name="parentNamed">The organisation a unit's name says it belongs to (清华大学智能产业研究院), if any.</param>
    public IReadOnlyList<ExtractedRelation> Extract(
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<RelationArgument> mentions,
        Speaker? speaker,
        Func<string, string, string?> knownPredicate,
        Func<string, string?>? parentNamed = null,
        CancellationToken cancellationToken = default) =>
        Extract(text, sentences, mentions, speaker, knownPredicate, parentNamed, new StatedRelationsMemo(), cancellationToken);

    /// <param name="memo">What the patterns found in each sentence, kept for a second reading of the same text.</param>
    internal IReadOnlyList<ExtractedRelation> Extract(
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<RelationArgument> mentions,
        Speaker? speaker,
        Func<string, string, string?> knownPredicate,
        Func<string, string?>? parentNamed,
        StatedRelationsMemo memo,
        CancellationToken cancellationToken)
    {
        var relations = parentNamed is null ? [] : UnitNames.PartOf(text, mentions, parentNamed);
        var learned = new List<ExtractedRelation>();
        var turn = speaker;
        var sorted = mentions.OrderBy(m => m.Start).ToList();
        relations.AddRange(NoticeFields.PartiesOf(text, sorted));
        relations.AddRange(NoticeFields.ItemsOf(text, sorted));
        relations.AddRange(CourtParties.Find(text, sorted));
        relations.AddRange(ProjectFields.Find(text, sorted));
        relations.AddRange(PatentRecords.Find(text, sorted));
        relations.AddRange(AuthorLineRelations.Find(text, sorted));
        relations.AddRange(PaperFrontMatterRelations.Find(text, sorted));
        var next = 0;
        // The sentences before, the nearest first, with whom their "她" and "公司"/"its" stood for: pronouns and "公司" look back into them.
        var recentSentences = new List<(int Start, List<RelationArgument> Mentions)>();
        var mentionCounts = mentions.CountBy(m => m.EntityId).ToDictionary();
        var mostNamedOrganization = mentions.Where(m => m.Type == EntityType.Organization).CountBy(m => m.EntityId).OrderByDescending(c => c.Value)
            .Select(c => c.Key).FirstOrDefault();
        var organizationAt = sorted.Where(m => m.Type == EntityType.Organization).DistinctBy(m => m.Start).ToDictionary(m => m.Start);
        // A call's or a report's title names the firm it is about ("Ardentis Semiconductor Q3 Fiscal 2026 Earnings Call"), however
        // often the text names its suppliers.
        var firstOrganization = sorted.FirstOrDefault(m => m.Type == EntityType.Organization);
        var titleOrganization = firstOrganization is not null && TextLines.StartOf(text, firstOrganization.Start) == 0
            && mentionCounts[firstOrganization.EntityId] > 1 ? firstOrganization.EntityId : null;
        relations.AddRange(RosterLines.Find(text, sorted, organizationAt, titleOrganization ?? mostNamedOrganization));
        relations.AddRange(PostsInBrackets.Find(text, sorted, firstOrganization?.EntityId));
        relations.AddRange(AttendeeLines.Find(text, sorted, organizationAt));
        relations.AddRange(UnitNames.BesideTheirParent(text, sorted, organizationAt));
        relations.AddRange(AffiliationLines.Find(text, sorted, organizationAt));
        relations.AddRange(CareerLines.Find(text, sorted, organizationAt));
        relations.AddRange(ShareTables.Find(text, sorted, mostNamedOrganization));
        relations.AddRange(FirmTables.Find(text, sorted, mostNamedOrganization));
        relations.AddRange(PortfolioLines.Find(text, sorted, organizationAt, mostNamedOrganization));
        relations.AddRange(InfoboxFields.Find(text, sorted, mostNamedOrganization));
        relations.AddRange(ModelCardFields.Find(text, sorted));
        relations.AddRange(BioFields.Find(text, sorted, mostNamedOrganization));
        relations.AddRange(ProgrammeFields.Find(text, sorted));
        relations.AddRange(StandardFields.Find(text, sorted));
        var jobPosts = JobPosts.Headers(text, organizationAt);
        relations.AddRange(JobPosts.Find(text, sorted, jobPosts));
        // The firm a text opens with and names again is the one an earnings call or a filing is about.
        var openingOrganization = sorted.FirstOrDefault(m => m.Type == EntityType.Organization && mentionCounts[m.EntityId] > 1)?.EntityId;
        string? lastEvent = null;
        string? lastWork = null;
        var lastUnitByKind = new Dictionary<string, string>(StringComparer.Ordinal);
        var definedTerms = CompanyAnaphora.DefinedTerms(text, sorted);
        var posts = FeedPosts.Find(text, sorted, organizationAt)
            .Concat(jobPosts.Select(p => (p.Start, Speaker.Author(p.Firm)))).OrderBy(p => p.Start).ToList();
        var resume = new ResumeSubject();
        var shareRegister = new ShareRegister();
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inSentence = new List<RelationArgument>();
            while (next < sorted.Count && sorted[next].Start < sentenceEnd)
            {
                if (sorted[next].Start >= sentenceStart && sorted[next].End <= sentenceEnd)
                {
                    inSentence.Add(sorted[next]);
                }
                next++;
            }
            turn = TurnSpeaker(text, sentenceStart, inSentence, speaker, turn);
            // A feed's post or comment speaks for its author.
            turn = posts.Count > 0 ? FeedPosts.SpeakerAt(posts, sentenceStart) ?? turn : turn;
            resume.Remember(text, sentenceStart, inSentence);
            shareRegister.Remember(text, sentenceStart, sentenceEnd, inSentence, definedTerms, mostNamedOrganization);
            var recalled = new List<RelationArgument>(inSentence);
            foreach (var (start, end, window) in Windows(sentenceStart, sentenceEnd, inSentence))
            {
                var pronouns = SpeakerPronouns(text, start, end, window, turn);
                var withPronouns = window.Concat(pronouns).ToList();
                // "他"/"she" may look back past sentences that name nobody ("It was cited 12,000 times. In 2016 she co-founded …").
                var lastNamingPeople = recentSentences.Select(s => s.Mentions).FirstOrDefault(m => m.Any(a => a.Type == EntityType.Person)) ?? [];
                var referred = ThirdPersonPronouns.Find(text, start, end, withPronouns, lastNamingPeople)
                    .Concat(resume.Find(text, start, end, window))
                    .Concat(shareRegister.Find(text, start, end, window))
                    .Concat(DatedEntries.Find(text, start, end, window, mostNamedOrganization))
                    .Concat(InfoboxFields.DescriptionSubjects(text, start, end, window, sorted))
                    .Concat(JobPosts.ElidedSubjects(text, start, end, window, turn))
                    .Concat(CompanyAnaphora.Find(text, start, end, window, recentSentences, id => mentionCounts.GetValueOrDefault(id), lastUnitByKind, mostNamedOrganization, definedTerms, openingOrganization))
                    .Concat(UnitAnaphora.Find(text, start, end, window, lastUnitByKind)).ToList();
                recalled.AddRange(referred);
                withPronouns.AddRange(referred);
                withPronouns.AddRange(EventAnaphora.Find(text, start, end, window, lastEvent));
                withPronouns.AddRange(EventAnaphora.FindWork(text, start, end, window, lastWork));
                // A subject named by reference carries its topic chain too (它领投了…，也是…的天使投资人).
                withPronouns.AddRange(ElidedSubjects.Find(text, start, end, window.Concat(referred).Concat(pronouns.Where(p => p.IsWe)).OrderBy(m => m.Start).ToList()));
                // A zero-width mention before a name that starts where it stands comes first (⟦firm⟧ General Catalyst … joined the round).
                withPronouns.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : (a.End - a.Start).CompareTo(b.End - b.Start));
                if (withPronouns.Select(m => m.EntityId).Distinct().Count() < 2)
                {
                    continue;
                }
                var template = SentenceTemplate.Build(text, start, end, withPronouns, forCuePatterns: true);
                var (firstPerson, unnamedSpeaker) = (pronouns.FirstOrDefault(p => p.Type == EntityType.Person),
                    turn?.PersonId is not { } turnPerson ? null : new RelationArgument(start, start, turnPerson, EntityType.Person));
                relations.AddRange(memo.GetOrAdd(start, template, firstPerson, unnamedSpeaker, () => FindStated(template, text, firstPerson, unnamedSpeaker)));
                relations.AddRange(FindKnown(template, text, pronouns, knownPredicate));
                relations.AddRange(FindCoOccurrences(window, text, start, end));
                if (classifier is not null && window.Select(m => m.EntityId).Distinct().Count() >= 2)
                {
                    learned.AddRange(classifier.Find(text, SentenceTemplate.Build(text, start, end, window)));
                }
            }
            lastEvent = inSentence.LastOrDefault(m => m.Type == EntityType.Event)?.EntityId ?? lastEvent;
            lastWork = inSentence.LastOrDefault(m => m.Type == EntityType.Work)?.EntityId ?? lastWork;
            UnitAnaphora.Remember(text, inSentence, lastUnitByKind);
            CompanyAnaphora.Remember(text, inSentence, lastUnitByKind);
            recentSentences.Insert(0, (sentenceStart, recalled.OrderBy(m => m.Start).ToList()));
            if (recentSentences.Count > CompanyAnaphora.SentencesBack)
            {
                recentSentences.RemoveAt(recentSentences.Count - 1);
            }
        }
        var stated = PreferStated(PreferSpecific(relations));
        ProductsNamedForTheirMaker.Apply(text, mentions, stated);
        ProductFamilies.Apply(text, mentions, stated);
        return stated.Concat(RelationClassifier.ForUnstatedPairs(learned, stated))
            .DistinctBy(r => (r.SubjectId, r.Predicate, r.ObjectId, r.EvidenceStart, r.EvidenceEnd))
            .ToList();
    }

    /// <summary>
    /// A sentence naming more than <see cref="MaxMentionsPerWindow"/> things (a run-on list, text without full
    /// stops) is read in consecutive windows of that many mentions, so the work per sentence stays bounded.
    /// </summary>
    private static IEnumerable<(int Start, int End, List<RelationArgument> Mentions)> Windows(int start, int end, List<RelationArgument> mentions)
    {
        if (mentions.Count <= MaxMentionsPerWindow)
        {
            yield return (start, end, mentions);
            yield break;
        }
        for (var first = 0; first < mentions.Count; first += MaxMentionsPerWindow)
        {
            var windowStart = first == 0 ? start : mentions[first].Start;
            var last = Math.Min(first + MaxMentionsPerWindow, mentions.Count);
            var windowEnd = last < mentions.Count ? mentions[last].Start : end;
            yield return (windowStart, windowEnd, mentions.GetRange(first, last - first));
        }
    }

    /// <param name="speaker">"I"/"我" in the sentence, standing for the speaker.</param>
    /// <param name="unnamedSpeaker">The speaker where the sentence does not name them, for patterns that name the speaker themselves.</param>
    private static List<ExtractedRelation> FindStated(SentenceTemplate template, string text, RelationArgument? speaker, RelationArgument? unnamedSpeaker)
    {
        var found = new List<ExtractedRelation>();
        var typeLetters = new string(template.Arguments.Select(a => SentenceTemplate.TypeLetter(a.Type)).Distinct().ToArray());
        foreach (var pattern in RelationPatterns.All)
        {
            var implicitSubject = speaker ?? (pattern.NamesTheSpeaker ? unnamedSpeaker : null);
            // IsMatch allocates nothing, where Matches builds a match object even for a sentence it does not match.
            if ((!pattern.HasSubject && implicitSubject is null) || !pattern.CanMatch(typeLetters) || !pattern.MayMatch(template.Text)
                || !pattern.IsMatch(template.Text))
            {
                continue;
            }
            foreach (var match in pattern.Matches(template.Text))
            {
                var subjects = pattern.HasSubject ? Arguments(template, match.Groups["s"]) : [implicitSubject!];
                var objects = Arguments(template, match.Groups["o"]);
                var (evidenceStart, evidenceEnd) = template.ToOriginal(match.Index, match.Index + match.Length);
                foreach (var predicate in pattern.Predicates(match).Distinct())
                {
                    // Several people founding one organisation together are its co-founders.
                    var stated = predicate == "founder_of" && subjects.Select(s => s.EntityId).Distinct().Count() > 1 ? "cofounder_of" : predicate;
                    foreach (var subject in subjects)
                    {
                        foreach (var obj in objects.Where(o => o.EntityId != subject.EntityId))
                        {
                            var spanStart = Math.Min(evidenceStart, Math.Min(subject.Start, obj.Start));
                            var spanEnd = Math.Max(evidenceEnd, Math.Max(subject.End, obj.End));
                            found.Add(new ExtractedRelation(subject.EntityId, stated, obj.EntityId,
                                Clip(text, spanStart, spanEnd), spanStart, spanEnd, pattern.Confidence));
                        }
                    }
                }
            }
        }
        return found;
    }

    /// <summary>
    /// A relation the KB holds, where the sentence names both ends with words of that relation between them
    /// (<see cref="KnownRelationCues"/>) or one end is the speaker's "we"; the evidence runs from one name to the other.
    /// </summary>
    private static IEnumerable<ExtractedRelation> FindKnown(SentenceTemplate template, string text, IReadOnlyList<RelationArgument> pronouns,
        Func<string, string, string?> knownPredicate)
    {
        var arguments = template.Arguments;
        var reported = new HashSet<(string, string)>();
        for (var i = 0; i < arguments.Count; i++)
        {
            for (var j = 0; j < arguments.Count; j++)
            {
                var (subject, obj) = (arguments[i], arguments[j]);
                if (subject.EntityId == obj.EntityId || reported.Contains((subject.EntityId, obj.EntityId))
                    || knownPredicate(subject.EntityId, obj.EntityId) is not { } predicate)
                {
                    continue;
                }
                var fromSpeaker = pronouns.Contains(subject) || pronouns.Contains(obj);
                if (!fromSpeaker && !KnownRelationCues.Supports(predicate, template.Between(i, j)))
                {
                    continue;
                }
                reported.Add((subject.EntityId, obj.EntityId));
                var (start, end) = (Math.Min(subject.Start, obj.Start), Math.Max(subject.End, obj.End));
                yield return new ExtractedRelation(subject.EntityId, predicate, obj.EntityId, Clip(text, start, end), start, end, KnownConfidence);
            }
        }
    }

    /// <summary>Co-occurrence counts names only, not the pronouns standing for the speaker.</summary>
    private static IEnumerable<ExtractedRelation> FindCoOccurrences(List<RelationArgument> inSentence, string text, int start, int end)
    {
        var ids = inSentence.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (evidenceStart, evidenceEnd) = Text.TextSpan.Trim(text, start, end);
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return new ExtractedRelation(ids[i], CoOccurrence, ids[j], Clip(text, evidenceStart, evidenceEnd), evidenceStart, evidenceEnd, 0.3);
            }
        }
    }

    /// <summary>What the KB knows yields to what the text states about the same pair, anywhere in the text.</summary>
    private static List<ExtractedRelation> PreferStated(List<ExtractedRelation> relations)
    {
        var statedPairs = relations.Where(r => r.Predicate != CoOccurrence && r.Confidence > KnownConfidence)
            .SelectMany(r => new[] { (r.SubjectId, r.ObjectId), (r.ObjectId, r.SubjectId) }).ToHashSet();
        return relations.Where(r => r.Confidence != KnownConfidence || !statedPairs.Contains((r.SubjectId, r.ObjectId))).ToList();
    }

    /// <summary>
    /// Where the text says more precisely how a pair is related, the vaguer statement goes: a co-founder is not
    /// also listed as founder, and "works at" yields to CEO, leader or former employee. A founder's own title (co-founder
    /// and chief technology officer) is a post of its own, and stays.
    /// </summary>
    private static List<ExtractedRelation> PreferSpecific(List<ExtractedRelation> relations)
    {
        var predicates = relations.GroupBy(r => (r.SubjectId, r.ObjectId)).ToDictionary(g => g.Key, g => g.Select(r => r.Predicate).ToHashSet());
        return relations.Where(r => !MorePreciseThan.TryGetValue(r.Predicate, out var precise)
            || !predicates[(r.SubjectId, r.ObjectId)].Overlaps(precise)).ToList();
    }

    private static readonly Dictionary<string, string[]> MorePreciseThan = new()
    {
        ["founder_of"] = ["cofounder_of"],
        ["works_at"] = ["ceo_of", "leads", "former_employee_of"],
    };

    private static List<RelationArgument> Arguments(SentenceTemplate template, Group group) =>
        group.Captures.Select(c => template.Arguments[int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)]).ToList();

    /// <summary>
    /// Who speaks from this sentence on: a paragraph opening with a person's name and a colon ("刘思远：", "DANA
    /// WHITFIELD:") is that person's turn; one opening with the interviewer's label (问, 主持人, Q, Host) is nobody's the
    /// text names; an answer's label (答, A) is the main speaker's. Other sentences go on with the turn before them.
    /// </summary>
    private static Speaker? TurnSpeaker(string text, int sentenceStart, List<RelationArgument> inSentence, Speaker? speaker, Speaker? current)
    {
        var start = sentenceStart;
        while (start < text.Length && text[start] is ' ' or '\t' or '\n' or '\r')
        {
            start++;
        }
        start = Text.TextLines.AfterATimestamp(text, start);
        if (speaker is null || !Text.TextLines.OpensALine(text, start))
        {
            return current;
        }
        if (inSentence.FirstOrDefault() is { } first && first.Start == start && TranscriptTurns.LabelsATurn(text, first))
        {
            return speaker.ForTurn(first.EntityId);
        }
        var label = TranscriptTurns.Label(text, start);
        return !label.Success ? current : label.Groups["answer"].Success ? speaker : null;
    }

    /// <summary>
    /// "I"/"我" as mentions of the speaker and "we"/"our"/"我们" as mentions of the organisation they speak for: the
    /// one a sentence opens with ("在微软 AI，我们…", "At Microsoft AI, we …"), else the speaker's.
    /// </summary>
    private static List<RelationArgument> SpeakerPronouns(string text, int start, int end, List<RelationArgument> inSentence, Speaker? speaker)
    {
        var pronouns = new List<RelationArgument>();
        var organization = OrganizationOpening(text, start, inSentence) ?? speaker?.OrganizationId;
        if (organization is null && speaker is null)
        {
            return pronouns;
        }
        foreach (var match in ReferringWords.Within(FirstPerson(), text, start, end))
        {
            var isPlural = match.Groups["plural"].Success;
            if ((isPlural ? organization : speaker?.PersonId) is not { } id || ReferringWords.IsInsideAName(match, inSentence)
                || (speaker is { IsTheAuthor: true } && Text.Quotes.IsInsideAQuote(text, match.Index)))
            {
                continue;
            }
            pronouns.Add(new RelationArgument(match.Index, match.Index + match.Length, id,
                isPlural ? EntityType.Organization : EntityType.Person, IsWe: isPlural));
        }
        return pronouns;
    }

    /// <summary>
    /// The organisation a sentence, or a quote in it, opens with as where "we" are: "在⟦微软 AI⟧，我们", "At ⟦Microsoft AI⟧,
    /// we", "Brandt said: at ⟦Ferrow Labs⟧, we".
    /// </summary>
    private static string? OrganizationOpening(string text, int start, List<RelationArgument> inSentence)
    {
        if (inSentence.FirstOrDefault(m => m.Type == EntityType.Organization) is not { } first)
        {
            return null;
        }
        return AtOpening().IsMatch(text.AsSpan(start, first.Start - start))
            && WeAfterComma().IsMatch(text.AsSpan(first.End, Math.Min(12, text.Length - first.End)))
            ? first.EntityId
            : null;
    }

    // The opening may follow what introduces a quote: "Lind said: at Corvid Labs, we …", "王蕾说，在云帆集团，我们…".
    [GeneratedRegex(@"^(?:[^\n]*(?:[:：“""]|(?:说|表示)[,，]|\bsaid,)\s*)?\s*(?:在|(?:[Hh]ere\s+)?[Aa]t)\s*$")]
    private static partial Regex AtOpening();

    [GeneratedRegex(@"^\s*[,，]\s*(?:我们|[Ww]e\b)")]
    private static partial Regex WeAfterComma();

    /// <summary>Evidence text: the span, cut at <see cref="MaxEvidenceChars"/>.</summary>
    public static string Clip(string text, int start, int end) =>
        end - start <= MaxEvidenceChars ? text[start..end] : text[start..(start + MaxEvidenceChars)];

    // "I" alone or contracted ("I've joined", "I'm taking"), not before another apostrophe; "my co-founder" is the firm's.
    [GeneratedRegex(@"(?<plural>我们|\b(?:[Ww]e|[Oo]ur|[Uu]s)\b|\b[Mm]y(?=\s+(?:fellow\s+)?co-?founders?\b)|我的(?=联合创始人|合伙人))|我|\bI\b(?!['’](?!(?:m|ve|ll|d)\b))")]
    private static partial Regex FirstPerson();
}
