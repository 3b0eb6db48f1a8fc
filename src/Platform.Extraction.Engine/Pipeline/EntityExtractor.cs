using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Pipeline.Linking;
using Platform.Extraction.Engine.Pipeline.Relations;
using Platform.Extraction.Engine.Pipeline.Relations.Learned;
using Platform.Extraction.Engine.Pipeline.Resolution;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline;

/// <summary>
/// The full engine: normalise → candidates (curated KB, title marks, LAC-small for Chinese, the Latin
/// recognizer, units named after a curated organisation, then the trained Chinese character tagger where those found nothing, then Chinese organisation and media
/// names by their head noun) → non-overlapping selection → resolution into entities (short forms such as 清华 for
/// 清华大学 included) → every occurrence of a resolved name → relations, salience. Models are loaded once by the caller; <see cref="Extract"/> does no I/O.
/// </summary>
public sealed partial class EntityExtractor(
    KnowledgeBaseMatcher matcher,
    LacTagger chineseTagger,
    LatinEntityRecognizer latinRecognizer,
    ChineseEntityTagger? chineseRecognizer,
    ChineseCommonWords chineseCommonWords,
    Func<string, IReadOnlyList<string>> translateChinese,
    PhoneticKey phonetic,
    RelationClassifier? relationClassifier = null) : IEntityExtractor
{
    private const double MinimumConfidence = 0.5;
    private readonly EntityResolver _resolver = new(matcher.KnowledgeBase, translateChinese, phonetic);
    private readonly RelationExtractor _relations = new(relationClassifier);

    public ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = TextPreparer.Prepare(text, options?.MediaType);
        var normalized = prepared.Text;
        cancellationToken.ThrowIfCancellationRequested();
        var matched = KnowledgeBaseCandidates.Find(normalized, matcher).ToList();
        // 西安|电子科技大学 is another university than 电子科技大学; 美国|斯坦福大学 is Stanford, in its country.
        var curated = matched.Where(c => c.Type == EntityType.Location || !chineseCommonWords.RunsIntoAListedName(normalized, c.Start, c.End))
            .Where(c => c.Type != EntityType.Organization || !chineseCommonWords.EndsAListedOrganization(normalized, c.Start, c.End)
                || CountryPrefixes.FollowsAForeignCountry(matched, c.Start)).ToList();
        var lacChunks = LacChunks.Read(normalized, prepared.Sentences, chineseTagger, cancellationToken);
        var candidates = curated
            .Concat(UnitNameCandidates.Find(normalized, curated))
            .Concat(BookTitleCandidates.Find(normalized))
            .Concat(EventCandidates.Find(normalized, chineseCommonWords)).Concat(EventCandidates.Prizes(normalized, chineseCommonWords)).Concat(EventCandidates.PrizesWon(normalized, chineseCommonWords))
            .Concat(BylineCandidates.Find(normalized, chineseCommonWords))
            .Concat(NamingCueCandidates.Find(normalized, chineseCommonWords, curated))
            .Concat(ChineseCandidates.Find(normalized, lacChunks, chineseCommonWords))
            .Concat(LatinCandidates.Find(normalized, prepared.Sentences, latinRecognizer, LatinLexicon.Default, cancellationToken))
            .Concat(LatinCandidates.EventsNamedWithTheirYear(normalized, LatinLexicon.Default))
            .Concat(LatinCandidates.FirmsNamedForTheirPartners(normalized))
            .Concat(LatinCandidates.CourtNames(normalized))
            .Concat(LatinCandidates.LawNames(normalized))
            .Concat(StandardCodes.Find(normalized))
            .Concat(LatinCandidates.ModelsOfACuratedChineseProduct(normalized, curated))
            .Concat(ProcurementItems.Candidates(normalized))
            .Concat(LatinCandidates.TitlesWithASubtitle(normalized))
            .Concat(LatinCandidates.WorksListedWithTheirAuthors(normalized))
            .Concat(AuthorLines.Candidates(normalized))
            .Concat(PaperFrontMatter.Candidates(normalized))
            .Concat(ProfileHeadings.Find(normalized))
            .Concat(LatinCandidates.FirstAuthorsCited(normalized))
            .Concat(LatinCandidates.PeopleInAFoundersField(normalized))
            .Concat(LatinCandidates.OrganisationsInASponsorsField(normalized))
            .Concat(TableFirmCandidates.Find(normalized))
            .Concat(LatinCandidates.PeopleAndFirmsOnANameLine(normalized))
            .Where(c => c.Confidence >= MinimumConfidence)
            .ToList();
        candidates.AddRange(LatinCandidates.ProductsAfterTheirMaker(candidates).ToList());
        candidates.AddRange(LatinCandidates.PeopleJoinedToAPerson(normalized, candidates).ToList());
        candidates.AddRange(LatinCandidates.UnitsNamedForTwoFields(normalized, candidates).ToList());
        candidates.AddRange(LatinCandidates.ProductsAfterTheirChineseLine(normalized, candidates, chineseCommonWords).ToList());
        // The trained character tagger only fills the gaps the sources above leave.
        var recognized = ChineseCandidates.WholePersonNames(normalized,
            ChineseRecognizerCandidates.Find(normalized, lacChunks, candidates, chineseRecognizer, chineseCommonWords, cancellationToken).ToList());
        // A description the tagger reads as a name (杭州机器人公司 before 云踪科技) covers no place.
        OrganizationHeadCandidates.RemoveDescriptionsOfTheNamesAfterThem(normalized, recognized, candidates);
        candidates.RemoveAll(c => ChineseRecognizerCandidates.IsCovered(c, recognized, chineseCommonWords));
        candidates.AddRange(recognized);
        HeadlinePhrases.RemoveFrom(normalized, prepared.Metadata.Title, candidates);
        ChineseCandidates.SplitCityAndCounty(candidates);
        // Names found by their head noun (…公司) come after the tagger, so as not to keep it from a name that starts
        // with a place (杭州…科技有限公司); the selection then prefers the longer span. A description (杭州机器人公司 before
        // 云踪科技) goes first, so that it takes no place from the selection.
        var headed = OrganizationHeadCandidates.Find(normalized, chineseCommonWords, candidates).ToList();
        candidates.AddRange(headed);
        candidates.AddRange(OrganizationHeadCandidates.JoinOverlappingPieces(normalized, candidates).ToList());
        // After the names read by their head noun: 半导体 of 鹿鸣资产半导体分析师 is a sector, not a chip firm's head.
        AnalystSectors.Trim(normalized, candidates);
        candidates.AddRange(UnitNameCandidates.AfterUncuratedParents(normalized, candidates).ToList());
        OrganizationHeadCandidates.RemoveDescriptionsOfTheNamesAfterThem(normalized, candidates);
        var headedNames = headed.Intersect(candidates).ToList();
        candidates.RemoveAll(c => OrganizationHeadCandidates.IsPlaceStartingAName(c, headedNames, chineseCommonWords));
        CoordinationCandidates.RetypeUnlistedPlaces(normalized, candidates);
        candidates.AddRange(CoordinationCandidates.Find(normalized, candidates, chineseCommonWords));
        VersionSiblingCandidates.AddTo(normalized, candidates);
        ChineseCandidates.ExtendByBracketedLegalForm(normalized, candidates);
        candidates.AddRange(ChineseCandidates.DeclaredShortNames(normalized, candidates).ToList());
        FirmCues.RetypePeopleActingAsFirms(normalized, candidates);
        FirmCues.RetypeSurnamesListedWithFirms(normalized, candidates);
        FirmCues.RetypeAdvisersOfADeal(normalized, candidates);
        FirmCues.RetypePeopleCalledByTheirSurname(normalized, candidates);
        FirmCues.RetypeProductsInApposition(normalized, candidates);
        FirmCues.RetypePublicationsByTheirIssue(normalized, candidates);
        FirmCues.RetypeShortNamesOfFirms(candidates);
        CountryPrefixes.SplitFromForeignNames(normalized, candidates, curated, chineseCommonWords);
        JobPostHeaders.Apply(normalized, candidates);
        SocialHandles.Apply(normalized, candidates);
        var branches = OrganizationHeadCandidates.BranchesCalledByTheirPlace(normalized, candidates, chineseCommonWords.IsListedPlace);
        candidates.RemoveAll(c => LatinCandidates.IsNeverAName(normalized, c) || OrganizationHeadCandidates.IsAFirmOfAKind(normalized, c) || ChineseNameShape.IsACaptionsOrder(c) || TitlesAlone.IsATitleAlone(c)
            || branches.Contains(c));
        ParticlesBeforeFirms.Remove(candidates);
        TaggedSpansPastAFirm.Remove(candidates);
        PeopleReadOnIntoAVerb.Remove(candidates);
        var clusters = _resolver.Resolve(normalized, CandidateSelector.Select(candidates), cancellationToken);
        _resolver.MergeAbbreviations(clusters, chineseCommonWords.Contains, normalized, chineseCommonWords.IsListedPlace, chineseCommonWords.IsRegion);
        DocumentGazetteer.Propagate(normalized, clusters, chineseCommonWords.Contains, c => _resolver.Abbreviations(c, chineseCommonWords.Contains, everydayLatinWords: true,
            chineseCommonWords.IsListedPlace, chineseCommonWords.IsRegion, chineseCommonWords.IsFrequent));
        EntityResolver.MergeParenthesisedGlosses(normalized, clusters);
        EntityResolver.MergeDeclaredAliases(normalized, clusters);
        EntityResolver.MergeUnitsUnderAbbreviatedParents(clusters);
        EntityResolver.MergeAlignedTranslations(normalized, clusters);
        EntityResolver.MergePodcastNames(normalized, clusters);
        EntityResolver.MergeHandles(normalized, clusters);
        EntityResolver.MergeModelNumbers(clusters);
        EntityResolver.MergeBareProductNames(clusters);
        EntityResolver.MergeFundVintages(clusters);
        EntityResolver.MergeConvertedCompanies(clusters);
        EntityResolver.MergeStateAbbreviations(clusters);
        EntityResolver.MergeShortTitles(clusters);
        EntityResolver.MergeUnitsWithoutTheirParent(clusters);
        EntityResolver.MergeEventsNamedByTheirOrganiser(clusters);
        EntityResolver.MergeEditionsNamedByTheirYear(clusters);
        var productLines = ModelLines(clusters);
        clusters.RemoveAll(c => !IsReported(c) && !IsModelOfALine(c, productLines));

        var mentions = new List<ExtractedMention>();
        var arguments = new List<RelationArgument>();
        foreach (var cluster in clusters)
        {
            var (id, type) = (cluster.Id, cluster.Type);
            foreach (var candidate in cluster.Mentions)
            {
                var span = prepared.ToOriginal(new TextSpan(candidate.Start, candidate.End));
                var sentence = prepared.ToOriginal(prepared.SentenceAt(candidate.Start));
                mentions.Add(new ExtractedMention(span.Start, span.End, text[span.Start..span.End], id, type,
                    candidate.Confidence, sentence.Start, sentence.End));
                arguments.Add(new RelationArgument(candidate.Start, candidate.End, id, type));
            }
        }
        mentions.AddRange(FrontMatterMentions(text, prepared, clusters));
        var (parentMentions, parents) = ParentsNamedInUnits(text, prepared, clusters);
        mentions.AddRange(parentMentions);
        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        var title = prepared.Metadata.Title ?? "";
        var salience = SalienceScorer.Score(
            mentions.GroupBy(m => m.EntityId).Select(g => new SalienceScorer.Input(g.Key, g.Select(m => m.Start).ToList(),
                g.Any(m => title.Contains(m.Text, StringComparison.OrdinalIgnoreCase)))).ToList(),
            text.Length);
        var entities = BuildEntities(text, mentions, clusters, salience);
        var writers = arguments.Where(m => m.Type == EntityType.Person && BylineCandidates.SignsTheText(normalized, m.Start)).Select(m => m.EntityId).ToHashSet(StringComparer.Ordinal);
        // "Hi all! I'm Dana Mwangi, co-founder and CEO of Fernlight": whoever introduces themself is the one saying "I".
        var speaker = (arguments.Where(m => IntroducesThemself(normalized, m)).Select(m => m.EntityId).Distinct().ToList() is [{ } self]
                ? SpeakerWithOrganization(self)
                : FindSpeaker(entities, TranscriptTurns.HasAnswerLabels(normalized),
            arguments.Where(m => TranscriptTurns.LabelsATurn(normalized, m) || GivesTheSpeech(normalized, m)).Select(m => m.EntityId).Concat(writers).ToHashSet(StringComparer.Ordinal),
            writers)) ?? AuthorOrganization(normalized, arguments, entities);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = prepared.Sentences.Select(s => (s.Start, s.End)).ToList();
        var memo = new StatedRelationsMemo();
        var relations = _relations.Extract(normalized, sentences, arguments, speaker, KnownPredicate, parents.GetValueOrDefault, memo, cancellationToken);
        if (speaker is { PersonId: { } speakingPerson } && OrganizationsStated(speakingPerson, speaker.OrganizationId, entities, relations) is { } organizations)
        {
            // The text says whom "we" are ("I'm Dana Whitfield, co-founder and CEO of Lumen Robotics", "寒武纪副总裁刘思远"):
            // read it again with those organisations behind the speakers' "we" and "our".
            relations = _relations.Extract(normalized, sentences, arguments,
                new Speaker(speakingPerson, speaker.OrganizationId ?? organizations.GetValueOrDefault(speakingPerson), organizations),
                KnownPredicate, parents.GetValueOrDefault, memo, cancellationToken);
        }
        var stated = relations.Select(r => ToOriginal(r, text, prepared)).ToList();
        var language = string.IsNullOrEmpty(options?.LanguageHint) ? prepared.Metadata.Language : options.LanguageHint;
        return new ExtractionResult(mentions, entities, stated, prepared.Metadata with { Language = language });
    }

    /// <summary>Tags in front matter name entities too (Microsoft in <c>tags: [...]</c>); their mentions point into the front matter.</summary>
    private IEnumerable<ExtractedMention> FrontMatterMentions(string text, PreparedText prepared, List<EntityCluster> clusters)
    {
        foreach (var field in prepared.FrontMatter.Where(f => f.Key.Equals("tags", StringComparison.OrdinalIgnoreCase)))
        {
            var value = TextPreparer.Prepare(text[field.Start..field.End], "text/plain");
            foreach (var match in matcher.Match(value.Text).Where(m => !m.Entry.Generic))
            {
                var span = value.ToOriginal(new TextSpan(match.Start, match.End));
                var (start, end) = (field.Start + span.Start, field.Start + span.End);
                if (clusters.All(c => c.Entry != match.Entry))
                {
                    var cluster = new EntityCluster(match.Entry);
                    cluster.MergeReasons.Add("named in the document's tags");
                    clusters.Add(cluster);
                }
                yield return new ExtractedMention(start, end, text[start..end], match.Entry.Id, match.Entry.Type, 0.8, field.Start, field.End);
            }
        }
    }

    /// <summary>
    /// Generic KB terms only keep taggers off common nouns; a bare acronym outside the KB ("WAU") needs a second
    /// mention before it counts as a name, or a sure reading of the Chinese tagger in Chinese text (来自CNNIC的数据).
    /// </summary>
    private static bool IsReported(EntityCluster cluster) =>
        cluster.Entry is null
            ? cluster.Mentions.Count >= 2 || cluster.Mentions.Any(m => m.Confidence >= ChineseRecognizerCandidates.SureCandidateConfidence) || !cluster.Forms.All(f => BareAcronym().IsMatch(f))
            : !cluster.Entry.Generic;

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z0-9]{2,5}$")]
    private static partial System.Text.RegularExpressions.Regex BareAcronym();

    /// <summary>The letters of the model codes (HX200) of products the text names more than once: their product lines.</summary>
    private static HashSet<string> ModelLines(List<EntityCluster> clusters) =>
        clusters.Where(c => c.Type == EntityType.Product && c.Mentions.Count >= 2)
            .SelectMany(c => c.Forms).Select(f => ModelCode().Match(f)).Where(m => m.Success).Select(m => m.Groups["line"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A model code named once (HX100) beside another model of its line the text names more (HX200) is a product too.</summary>
    private static bool IsModelOfALine(EntityCluster cluster, HashSet<string> lines) =>
        cluster.Type == EntityType.Product && cluster.Forms.Any(f => ModelCode().Match(f) is { Success: true } code && lines.Contains(code.Groups["line"].Value));

    [System.Text.RegularExpressions.GeneratedRegex("^(?<line>[A-Z]{1,4})-?[0-9]{1,4}$")]
    private static partial System.Text.RegularExpressions.Regex ModelCode();

    private static List<ExtractedEntity> BuildEntities(string text, List<ExtractedMention> mentions, List<EntityCluster> clusters, IReadOnlyDictionary<string, double> salience)
    {
        var byId = mentions.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.ToList());
        return clusters.Where(c => byId.ContainsKey(c.Id)).GroupBy(c => c.Id).Select(group =>
        {
            var cluster = group.First();
            var own = byId[cluster.Id];
            var surfaceForms = own.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
            var aliases = (cluster.Entry?.Aliases.Select(a => a.Text) ?? []).Concat(surfaceForms).Distinct(StringComparer.Ordinal).ToList();
            var reasons = group.SelectMany(c => c.MergeReasons).Distinct(StringComparer.Ordinal).ToList();
            return new ExtractedEntity(cluster.Id, cluster.Name, cluster.NameZh, cluster.Type, aliases, surfaceForms,
                cluster.Entry?.WikidataId, cluster.Entry?.Description, own.Count, salience.GetValueOrDefault(cluster.Id), reasons);
        }).OrderByDescending(e => e.Salience).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    // The ties that make an organisation the one a person speaks for, the strongest first.
    private static readonly string[] SpeakingFor = ["ceo_of", "founder_of", "cofounder_of", "leads", "works_at"];

    /// <summary>
    /// The organisations the text says its people head, founded or work at, where that tells more than the knowledge
    /// base: the main speaker's when the KB gives none, and other people's when the text gives them turns ("刘思远：").
    /// Null when there is nothing to add.
    /// </summary>
    private static Dictionary<string, string>? OrganizationsStated(string speakerId, string? speakersOrganization, List<ExtractedEntity> entities, IReadOnlyList<ExtractedRelation> relations)
    {
        var organizations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var person in entities.Where(e => e.Type == EntityType.Person))
        {
            if (OrganizationStatedFor(person.Id, relations) is { } organization)
            {
                organizations[person.Id] = organization;
            }
        }
        var speakerGains = speakersOrganization is null && organizations.ContainsKey(speakerId);
        return speakerGains || organizations.Keys.Any(id => id != speakerId) ? organizations : null;
    }

    /// <summary>
    /// The organisation the text says the person heads, founded or works at, if it says so; the firm rather than its unit
    /// where the person heads the unit and works at the firm (a senior vice-president who runs the firm's institute speaks
    /// for the firm).
    /// </summary>
    private static string? OrganizationStatedFor(string personId, IReadOnlyList<ExtractedRelation> relations)
    {
        var ties = relations.Where(r => r.SubjectId == personId && Array.IndexOf(SpeakingFor, r.Predicate) >= 0)
            .OrderBy(r => Array.IndexOf(SpeakingFor, r.Predicate)).ThenBy(r => r.EvidenceStart).ToList();
        var strongest = ties.FirstOrDefault()?.ObjectId;
        return ties.FirstOrDefault(t => t.Predicate == "works_at"
                && relations.Any(r => r is { Predicate: "part_of" } && r.SubjectId == strongest && r.ObjectId == t.ObjectId))?.ObjectId
            ?? strongest;
    }

    /// <summary>
    /// The most salient person, when named often enough to be the one speaking or written about; the
    /// organisation "we" stands for is the top of that person's organisation chain in the KB.
    /// </summary>
    /// <param name="answersInTurns">The text is an interview whose answers are labelled (A:, 答：): its most salient person
    /// is the one answering, however rarely named.</param>
    /// <param name="peopleWithTurns">People who open a paragraph with their name and a colon (方立衡：…), or whose speech the
    /// text gives: speakers, however rarely named.</param>
    /// <param name="writers">People who sign the text: in an interview whose answers are labelled, the one asking.</param>
    private Speaker? FindSpeaker(List<ExtractedEntity> entities, bool answersInTurns, IReadOnlySet<string> peopleWithTurns, IReadOnlySet<string> writers)
    {
        var person = entities.Where(e => e.Type == EntityType.Person && (answersInTurns ? !writers.Contains(e.Id) : e.MentionCount >= 3 || peopleWithTurns.Contains(e.Id)))
            .OrderByDescending(e => e.Salience).FirstOrDefault();
        return person is null ? null : SpeakerWithOrganization(person.Id);
    }

    /// <summary>The person speaking, for the top of their organisation chain in the KB.</summary>
    private Speaker SpeakerWithOrganization(string personId)
    {
        var organization = matcher.KnowledgeBase.Find(personId)?.OwnerId;
        for (var depth = 0; organization is not null && depth < 4; depth++)
        {
            if (matcher.KnowledgeBase.Find(organization)?.OwnerId is not { } parent)
            {
                break;
            }
            organization = parent;
        }
        return new Speaker(personId, organization);
    }

    /// <summary>
    /// A firm's own text, with no one speaking: its blog post ("Today we're announcing a strategic partnership with Penstock AI")
    /// or its letter to investors ("We led Pennyroyal's seed round"). The firm is the first organisation the text names, when
    /// it names it three times or more and says "we" or "our" outside quotes twice or more.
    /// </summary>
    private static Speaker? AuthorOrganization(string text, List<RelationArgument> arguments, List<ExtractedEntity> entities)
    {
        if (arguments.Where(m => m.Type == EntityType.Organization).MinBy(m => m.Start) is not { } first
            || entities.FirstOrDefault(e => e.Id == first.EntityId) is not { MentionCount: >= 3 })
        {
            return null;
        }
        var unquoted = AuthorsWe().Matches(text).Count(m => !Text.Quotes.IsInsideAQuote(text, m.Index));
        return unquoted >= 2 ? Speaker.Author(first.EntityId) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"我们|\b(?:[Ww]e|[Oo]ur)\b")]
    private static partial System.Text.RegularExpressions.Regex AuthorsWe();

    /// <summary>
    /// "宋知远发表主题演讲…以下为演讲实录", "Minister Lund delivered the keynote": the person whose speech the text gives, however
    /// rarely named.
    /// </summary>
    private static bool IntroducesThemself(string text, RelationArgument mention) =>
        mention.Type == EntityType.Person && SelfIntroduction().IsMatch(text.AsSpan(Math.Max(0, mention.Start - 14), Math.Min(14, mention.Start)));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|我是|我叫)\s*$")]
    private static partial System.Text.RegularExpressions.Regex SelfIntroduction();

    private static bool GivesTheSpeech(string text, RelationArgument mention) =>
        mention.Type == EntityType.Person && SpeechGiven().IsMatch(text.AsSpan(mention.End, Math.Min(24, text.Length - mention.End)));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:在[^，。,]{0,12})?(?:发表了?|作了?|做了?)(?:题为[^，。,]{0,20})?(?:主题|开幕|重要)?(?:演讲|致辞|讲话)|^\s+(?:gave|delivered|made)\s+(?:the|a|his|her)\s+(?:opening\s+|closing\s+)?(?:keynote|speech|address|remarks)\b")]
    private static partial System.Text.RegularExpressions.Regex SpeechGiven();

    /// <summary>What the KB itself says links two entities: a product's or division's owner, a person's organisation.</summary>
    private string? KnownPredicate(string subjectId, string objectId)
    {
        if (matcher.KnowledgeBase.Find(subjectId) is not { } subject || subject.OwnerId != objectId)
        {
            return null;
        }
        return subject.Type switch
        {
            EntityType.Product => "product_of",
            EntityType.Organization => "part_of",
            EntityType.Person => "works_at",
            _ => null,
        };
    }

    /// <summary>
    /// A unit named after its organisation (清华大学电子工程系, 合肥市公安局交通警察支队) names the organisation too, as a
    /// product named after its maker (Amazon Bedrock) names the maker: where the text names it nowhere else, its name
    /// inside the other's is its mention, so that the <c>part_of</c> or <c>product_of</c> has both ends in the graph (a
    /// relation to an entity the document does not list is not stored). The mention is no argument of other relations.
    /// Returns those mentions and, by the unit's or product's name, the organisation each names.
    /// </summary>
    private (List<ExtractedMention> Mentions, Dictionary<string, string> Parents) ParentsNamedInUnits(
        string text, PreparedText prepared, List<EntityCluster> clusters)
    {
        var mentions = new List<ExtractedMention>();
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var namedElsewhere = clusters.ToHashSet();
        // A cluster's short forms, read once: no mention joins a cluster here, only new parents are added.
        var shortForms = new Dictionary<EntityCluster, HashSet<string>>();
        HashSet<string> ShortFormsOf(EntityCluster c) =>
            shortForms.TryGetValue(c, out var known) ? known : shortForms[c] = _resolver.Abbreviations(c, chineseCommonWords.Contains, isListedPlace: chineseCommonWords.IsListedPlace, isRegion: chineseCommonWords.IsRegion).ToHashSet(StringComparer.Ordinal);
        foreach (var (unitCluster, unit) in clusters.Where(c => c.Type is EntityType.Organization or EntityType.Product)
                     .SelectMany(c => c.Mentions.Select(m => (c, m))).ToList())
        {
            if (ParentNamedIn(unitCluster, unit, clusters, ShortFormsOf) is not var (parent, length) || parent == unitCluster)
            {
                continue;
            }
            parents[unit.Text] = parent.Id;
            // A maker that only shares the product's first word (length 0) is named elsewhere or not at all.
            if (namedElsewhere.Contains(parent) || length == 0)
            {
                continue;
            }
            if (!clusters.Contains(parent))
            {
                parent.MergeReasons.Add($"named in the name of its {(unitCluster.Type == EntityType.Product ? "product" : "unit")} \"{unit.Text}\"");
                clusters.Add(parent);
            }
            var span = prepared.ToOriginal(new TextSpan(unit.Start, unit.Start + length));
            var sentence = prepared.ToOriginal(prepared.SentenceAt(unit.Start));
            mentions.Add(new ExtractedMention(span.Start, span.End, text[span.Start..span.End], parent.Id, EntityType.Organization,
                unit.Confidence, sentence.Start, sentence.End));
        }
        return (mentions, parents);
    }

    /// <summary>
    /// The organisation a unit's (or product's) name starts with and how much of the name is its: a curated one (清华大学
    /// of 清华大学电子工程系) or one outside the KB (合肥工业大学 of 合肥工业大学汽车与交通工程学院). An organisation the
    /// document already lists is that entity; another is a new one.
    /// </summary>
    private (EntityCluster Parent, int Length)? ParentNamedIn(EntityCluster unitCluster, Candidate unit, List<EntityCluster> clusters,
        Func<EntityCluster, HashSet<string>> shortFormsOf)
    {
        if (unitCluster.Type == EntityType.Product)
        {
            return MakerNamedIn(unitCluster, unit, clusters);
        }
        var uncurated = unitCluster.Entry is null ? UnitNameCandidates.UncuratedParentLength(unit.Text) : null;
        // 南京大学人工智能学院群体智能实验室: a unit the document names, between the parent its name starts with and this unit, is
        // the nearer parent.
        var nearer = unitCluster.Entry is null
            ? LongestOrganizationStarting(unit.Text, clusters.Where(c => c != unitCluster && c.Entry is null), c => c.ChineseForms,
                l => l >= 2 && UnitNameCandidates.IsUnitOfTheNameBefore(unit.Text[l..]))
            : null;
        // A longer organisation outside the KB wins over a curated short name it starts with (北大荒集团, not 北大).
        if (UnitNameCandidates.ParentNamed(unit.Text, matcher) is var (entry, length) && !(uncurated > length))
        {
            return nearer is { Length: var nearerLength } && nearerLength > length
                ? nearer
                : (clusters.FirstOrDefault(c => c.Entry == entry) ?? new EntityCluster(entry), length);
        }
        if (nearer is { Length: var longer } && longer > (uncurated ?? 0))
        {
            return nearer;
        }
        if (uncurated is not { } parentLength)
        {
            // 长岭汽车智能座舱事业部: an organisation the document names, then a unit's own name and head; or its short name
            // (云岫AI研究院 of 云岫科技有限公司).
            return unitCluster.Entry is null
                ? LongestOrganizationStarting(unit.Text, clusters.Where(c => c != unitCluster),
                    c => c.ChineseForms.Concat(shortFormsOf(c).Where(a => a.All(CharClass.IsHan))),
                    length => length >= 2 && UnitNameCandidates.IsUnitOfTheNameBefore(unit.Text[length..]))
                : null;
        }
        var name = unit.Text[..parentLength];
        // Named elsewhere in full, by a short form, or contracted (浙大计算机学院 of 浙江大学计算机科学与技术学院).
        var listed = clusters.FirstOrDefault(c => c.Type == EntityType.Organization && (c.Forms.Contains(name, StringComparer.Ordinal)
                || shortFormsOf(c).Contains(name)))
            ?? (clusters.Where(c => c is { Type: EntityType.Organization, Entry: null } && c != unitCluster
                && c.ChineseForms.Any(f => EntityResolver.IsContraction(f, name))).ToList() is [{ } contracted] ? contracted : null);
        if (listed is not null)
        {
            return (listed, parentLength);
        }
        var cluster = new EntityCluster(null);
        cluster.Mentions.Add(new Candidate(unit.Start, unit.Start + parentLength, name, EntityType.Organization, unit.Confidence,
            CandidateSource.OrganizationUnit, Cue: $"named in the name of its unit \"{unit.Text}\""));
        return (cluster, parentLength);
    }

    /// <summary>
    /// The maker a product's name starts with (Amazon of Amazon Bedrock, 讯飞 of 讯飞星火大模型): a curated organisation, or
    /// one the document names, whose name the product's own name follows.
    /// </summary>
    private (EntityCluster Maker, int Length)? MakerNamedIn(EntityCluster product, Candidate mention, List<EntityCluster> clusters)
    {
        var name = mention.Text;
        if (product.Entry is not null)
        {
            // A curated product: the curated maker (or the maker's owner: Amazon of AWS's Amazon Bedrock) its name spells out.
            var owner = product.Entry.OwnerId is { } ownerId ? matcher.KnowledgeBase.Find(ownerId) : null;
            for (var depth = 0; owner is { Type: EntityType.Organization } && depth < 3; depth++)
            {
                var spelled = owner.Aliases.Select(a => a.Text)
                    .Where(a => a.Length >= 2 && a.Length < name.Length && name.StartsWith(a, StringComparison.OrdinalIgnoreCase) && FollowsAMakersName(name, a.Length))
                    .MaxBy(a => a.Length);
                if (spelled is not null)
                {
                    return (clusters.FirstOrDefault(c => c.Entry == owner) ?? new EntityCluster(owner), spelled.Length);
                }
                owner = owner.OwnerId is { } next ? matcher.KnowledgeBase.Find(next) : null;
            }
            return null;
        }
        var curated = matcher.Match(name).FirstOrDefault(m => m.Start == 0 && m.Entry.Type == EntityType.Organization && !m.IsAmbiguous);
        var maker = curated is not null
            ? (clusters.FirstOrDefault(c => c.Entry == curated.Entry) ?? new EntityCluster(curated.Entry), curated.End)
            : LongestOrganizationStarting(name, clusters, c => c.Forms, _ => true);
        return maker is { Length: >= 2 } found && FollowsAMakersName(name, found.Length) ? found
            : curated is null && MakerSharingTheFirstWord(name, clusters) is { } sharing ? (sharing, 0) : null;
    }

    /// <summary>
    /// The one organisation the document names whose name starts with the product's first word (Tide-3 of Tidewater
    /// Silicon, Kestrel-3 of Kestrel Labs) or first two characters (穹顶-3 of 穹顶智能, 衡曜政通 of 衡曜智能): a line of products
    /// is named after its maker's own word. Not a place's name (北京…), and no guess between two such organisations.
    /// </summary>
    private EntityCluster? MakerSharingTheFirstWord(string name, List<EntityCluster> clusters)
    {
        var head = LeadingWord().Match(name) is { Success: true } word ? word.Value
            : name.Length > 2 && CharClass.IsHan(name[0]) && CharClass.IsHan(name[1]) && !chineseCommonWords.IsListedPlace(name[..2]) ? name[..2]
            : null;
        if (head is null)
        {
            return null;
        }
        var makers = clusters.Where(c => c.Type == EntityType.Organization && c.Forms.Any(f => f.Length > head.Length && f.StartsWith(head, StringComparison.Ordinal)
            && (CharClass.IsHan(head[0]) || char.IsLetter(f[head.Length]) || f[head.Length] == ' '))).Take(2).ToList();
        return makers.Count == 1 ? makers[0] : null;
    }

    // The letters a Latin product name opens with, four at least, before its version (Tide-3, Kestrel 2, Tessa-R1).
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?=[-\s]?\p{Lu}?\d)")]
    private static partial Regex LeadingWord();

    /// <summary>
    /// The organisation the document names whose name (one of <paramref name="formsOf"/>, the longest that
    /// <paramref name="fits"/> by its length) starts <paramref name="name"/> and is shorter than it, with that length.
    /// </summary>
    private static (EntityCluster Organization, int Length)? LongestOrganizationStarting(string name, IEnumerable<EntityCluster> clusters,
        Func<EntityCluster, IEnumerable<string>> formsOf, Func<int, bool> fits) =>
        clusters.Where(c => c.Type == EntityType.Organization)
            .SelectMany(c => formsOf(c).Where(f => f.Length < name.Length && name.StartsWith(f, StringComparison.Ordinal) && fits(f.Length))
                .Select(f => ((EntityCluster, int)?)(c, f.Length)))
            .MaxBy(p => p!.Value.Item2);

    // "Amazon Bedrock", "DeepSeek-R1", "讯飞星火": the product's own name starts a word of its own.
    private static bool FollowsAMakersName(string name, int makerLength) =>
        name[makerLength] is ' ' or '-' ? makerLength + 1 < name.Length && char.IsLetterOrDigit(name[makerLength + 1])
        : Text.CharClass.IsHan(name[makerLength - 1]) && Text.CharClass.IsHan(name[makerLength]);

    private static ExtractedRelation ToOriginal(ExtractedRelation relation, string text, PreparedText prepared)
    {
        var span = prepared.ToOriginal(new TextSpan(relation.EvidenceStart, relation.EvidenceEnd));
        return relation with { Evidence = RelationExtractor.Clip(text, span.Start, span.End), EvidenceStart = span.Start, EvidenceEnd = span.End };
    }
}
