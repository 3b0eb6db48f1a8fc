using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Names the trained Chinese character tagger (<see cref="ChineseEntityTagger"/>, CLUENER2020) finds where no other
/// source has a candidate: the open-world organisations, people, products and works that the KB does not list and
/// LAC does not tag. It runs on the sentences with Chinese characters as LAC read them (<see cref="LacChunks"/>: LAC's
/// words are among its features); its spans that overlap a candidate of
/// another source are dropped, and its confidence stays below LAC's, so KB and LAC candidates win, except that
/// a place inside a longer name gives way to the name: to an organisation (杭州 in 杭州某某科技有限公司, 美国 in 美国海军) or
/// to a place the tagger composes from places (美国 and 加州 in 美国加州阿纳海姆会议中心). A title in 《》 that the tagger
/// calls a product is a game, not a book; a Latin-script name in Chinese text (Valve, CNNIC) is taken when the
/// tagger is sure of it.
/// </summary>
internal static partial class ChineseRecognizerCandidates
{
    /// <summary>
    /// The tagger's confidence a span needs (its margin against the held-out median, see
    /// <see cref="Latin.LatinTaggerModel.Confidence"/>). Chosen with <see cref="SureConfidence"/> on a split of the
    /// training sentences (every tenth held out again, tagger trained on the rest), the whole engine's F1 on it: 0.655 at
    /// 0.8/0.75, 0.673 at 0.7/0.65, 0.680 at 0.6/0.6 — where development entity precision fell (0.890 → 0.878).
    /// </summary>
    public const double MinimumTaggerConfidence = 0.65;

    /// <summary>
    /// The confidence enough for an organisation whose name ends in an organisation head (…公司, …银行): the
    /// head makes the type safe, and the tagger's doubt is mostly about where the name starts.
    /// </summary>
    public const double MinimumHeadedOrganizationConfidence = 0.6;

    /// <summary>
    /// The confidence enough for a name that starts with a place another source found (浙江省政府, 中国农业大学): the place
    /// marks where the name starts, and such names are what a place-only reading gets wrong.
    /// </summary>
    public const double MinimumPlacePrefixedConfidence = 0.6;

    /// <summary>
    /// The confidence a Latin-script organisation or product in lower case needs (bet365, bwin: Chinese sites write many
    /// brands so); everyday English words never count.
    /// </summary>
    public const double LowerCaseLatinNameConfidence = 0.9;

    /// <summary>
    /// The confidence a Latin-script name needs: the Latin recognizer, which knows English, did not find it. 0.8 since the
    /// tagger reads LAC's words (a firm named once, Quantex, came to 0.82).
    /// </summary>
    public const double MinimumLatinNameConfidence = 0.8;

    /// <summary>
    /// The confidence at which the tagger is sure of a span (<see cref="IsSure"/>): then LAC's guesses around it give way,
    /// and an organisation is taken although the dictionary lists it as a word (<see cref="IsListedOrganizationName"/>).
    /// With LAC's words among its features the tagger's confidence is better founded than when 0.8 was set for a tagger of
    /// characters alone; see <see cref="MinimumTaggerConfidence"/> for how 0.7 was chosen.
    /// </summary>
    public const double SureConfidence = 0.7;

    /// <summary>
    /// The confidence at which a person needs no common surname (封屹, 务名扬): below it, a name-like pair of characters
    /// inside a firm's name (深度|曜石) got through.
    /// </summary>
    public const double SurePersonConfidence = 0.8;

    private static readonly string[] OrganizationHeads =
        ["公司", "集团", "银行", "大学", "学院", "研究院", "研究所", "实验室", "委员会", "基金会", "协会", "医院", "俱乐部", "工作室", "出版社", "电视台", "日报"];

    /// <summary>What the candidates are given: below LAC's 0.7, above the engine's 0.5 floor.</summary>
    public const double CandidateConfidence = 0.6;

    /// <summary>A candidate from a span the tagger is sure of (<see cref="IsSure"/>).</summary>
    public const double SureCandidateConfidence = 0.8;

    /// <summary>
    /// Types taken from the tagger wherever it finds them. Places only when they contain a place of another source
    /// (<see cref="IsComposedPlace"/>) or when the tagger is sure of them (广济寺, 圆明园): LAC and the KB already cover
    /// single places, and the tagger's CLUENER addresses and scenes are its weakest type.
    /// </summary>
    public static readonly IReadOnlySet<EntityType> Types =
        new HashSet<EntityType> { EntityType.Person, EntityType.Organization, EntityType.Product, EntityType.Work };

    /// <summary>What a title-marked product is given: the title marks' own confidence, so that it replaces the work.</summary>
    private const double TitledProductConfidence = 0.85;

    private static bool OpensABracketItDoesNotClose(ReadOnlySpan<char> name)
    {
        var open = name.LastIndexOfAny('(', '（');
        return open >= 0 && name[open..].IndexOfAny(')', '）') < 0;
    }

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<LacChunk> chunks, IReadOnlyList<Candidate> others,
        ChineseEntityTagger? tagger, ChineseCommonWords commonWords, CancellationToken cancellationToken = default)
    {
        if (tagger is null)
        {
            yield break;
        }

        var byPosition = new CandidatesByPosition(others);
        foreach (var chunk in chunks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = chunk.Start;
            foreach (var span in tagger.Tag(text.AsSpan(offset, chunk.Length), chunk.Words.Spans))
            {
                var (start, end) = span.Type == EntityType.Organization
                    ? ChineseCandidates.OrganizationBounds(text, offset + span.Start, offset + span.End, commonWords)
                    : (offset + span.Start, span.Type == EntityType.Person ? ChineseNameShape.WithoutTrailingVerb(text, offset + span.Start, offset + span.End) : offset + span.End);
                end = span.Type is EntityType.Organization or EntityType.Person ? ChineseNameShape.WithoutTrailingTimeOrSpeech(text, start, end) : end;
                // "韩立潮（公司": a span that opens a bracket and stops inside it is no name.
                if (OpensABracketItDoesNotClose(text.AsSpan(start, end - start)))
                {
                    continue;
                }
                if (span.Type == EntityType.Product && IsTitleMarked(text, start, end))
                {
                    if (span.Confidence >= MinimumTaggerConfidence)
                    {
                        yield return new Candidate(start + 1, end - 1, text[(start + 1)..(end - 1)], EntityType.Product, TitledProductConfidence,
                            CandidateSource.ChineseRecognizer, Cue: "title marks 《》 named a game (Chinese tagger PRODUCT)");
                    }

                    continue;
                }

                var around = byPosition.Overlapping(start, end);
                if (IsSure(span) && IsPlaceThenCuratedOrganization(start, end, span.Type, around))
                {
                    yield return new Candidate(start, end, text[start..end], EntityType.Organization, SureCandidateConfidence,
                        CandidateSource.OrganizationUnit, Cue: "a place's own organisation, read whole by the Chinese tagger");
                    continue;
                }

                var placePrefixed = around.Any(o => o.Start == start && o.End < end && o.Type == EntityType.Location);
                if (!(Types.Contains(span.Type) || (span.Type == EntityType.Location && (IsSure(span) || IsComposedPlace(start, end, around)) && !IsPlacesFoundApart(start, end, around)))
                    || span.Confidence < MinimumConfidenceFor(span.Type, text.AsSpan(start, end - start), placePrefixed)
                    || around.Any(o => !IsPlaceInsideName(o, span.Type, start, end) && !Agrees(o, span.Type, start, end)
                        && !IsPartOfSureName(o, span, start, end) && !(((IsSure(span) && !IsLongerName(o, span.Type, start, end)) || IsCoordination(o)) && IsLacGuess(o, commonWords))
                        && !(IsRetyping(o, span.Type, start, end) && (IsLacGuess(o, commonWords) || (IsLatinTaggerGuess(o) && span.Type == EntityType.Product && IsLatinName(text, start, end, span))))))
                {
                    continue;
                }

                // 中东是公司…: a copula inside makes a clause, not an organisation's name; 中东总部 is a place's headquarters.
                // 新加坡设立办公室 is "to set up an office in Singapore", neither a firm's name nor a place's; CTO顾念安 is a title and a name.
                // 财政部和商务部 is two ministries.
                var spanText = text.AsSpan(start, end - start);
                if (SettingUp().IsMatch(spanText) || TitleThenName().IsMatch(spanText) || ChineseCandidates.TwoInstitutions().IsMatch(spanText)
                    || (span.Type == EntityType.Location && ChineseCandidates.IsStreetAddress(spanText))
                    || (span.Type == EntityType.Organization && (spanText[1..].Contains('是')
                        || (spanText.EndsWith("总部", StringComparison.Ordinal) && around.Any(o => o.Type == EntityType.Location && o.Start == start && o.End == end - 2)))))
                {
                    continue;
                }

                var surface = text[start..end];
                // 子午环实验室 read as a place: a name ending in an institution's head is an organisation's.
                var type = IsNewspaperWithoutTitleMarks(text, start, end, span.Type)
                    || (span.Type == EntityType.Location && InstitutionHead().IsMatch(surface)) ? EntityType.Organization : span.Type;
                if (IsLatinName(text, start, end, span))
                {
                    yield return new Candidate(start, end, surface, span.Type, SureCandidateConfidence, CandidateSource.ChineseRecognizer,
                        Cue: "Chinese tagger " + Latin.BioTags.ShortName(span.Type));
                }
                else if (IsNameShaped(surface, span.Type) && !commonWords.StartsInsideAWord(text, start)
                    && (IsSure(span) || !commonWords.EndsInsideAWord(text, end))
                    && (IsListedOrganizationName(surface, span) || (!commonWords.Contains(surface) && (IsNumberedProduct(surface, span.Type) || (IsSure(span) && LatinTail().IsMatch(surface)) || !commonWords.Contains(ChineseCandidates.HanOnly(surface)))))
                    && (span.Type != EntityType.Organization || !ChineseCandidates.IsDescription(ChineseCandidates.HanOnly(surface), commonWords))
                    && (span.Type != EntityType.Person || !IsShortFormOfAFirm(surface, others))
                    && (span.Type != EntityType.Person || span.Confidence >= SurePersonConfidence || ChineseNameShape.IsPlausiblePersonName(surface, commonWords.Contains) || LacReadsAPerson(chunk.Words, span)))
                {
                    yield return new Candidate(start, end, surface, type, IsSure(span) ? SureCandidateConfidence : CandidateConfidence,
                        CandidateSource.ChineseRecognizer, Cue: "Chinese tagger " + Latin.BioTags.ShortName(span.Type));
                }
            }
        }
    }

    /// <summary>
    /// CLUENER labels newspapers books (人民日报 as "book"); the graph takes a paper named outside title marks for the
    /// outlet, an organisation (澄湖日报讯 …), and one in 《》 for the publication.
    /// </summary>
    private static bool IsNewspaperWithoutTitleMarks(string text, int start, int end, EntityType type) =>
        type == EntityType.Work && !IsTitleMarked(text, start, end) && NewspaperHead().IsMatch(text.AsSpan(start, end - start));

    [GeneratedRegex("(?:实验室|研究院|研究所|大学|公司|集团|银行|委员会)$")]
    private static partial Regex InstitutionHead();

    [GeneratedRegex("(?:日报|晚报|时报|周刊|早报|商报)$")]
    private static partial Regex NewspaperHead();

    [GeneratedRegex(@"^C[EFOT]O\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"^[(（][A-Z0-9]{2,}[)）]")]
    private static partial Regex AcronymGloss();

    // A clause about setting something up is no organisation's name: 新加坡设立研发中心 is "to set up an R&D centre in Singapore".
    [GeneratedRegex("设立|成立|建立|开设|组建|共建|筹建")]
    internal static partial Regex SettingUp();

    private static double MinimumConfidenceFor(EntityType type, ReadOnlySpan<char> surface, bool placePrefixed)
    {
        if (placePrefixed)
        {
            return MinimumPlacePrefixedConfidence;
        }

        if (type == EntityType.Organization)
        {
            foreach (var head in OrganizationHeads)
            {
                if (surface.Length > head.Length && surface.EndsWith(head, StringComparison.Ordinal))
                {
                    return MinimumHeadedOrganizationConfidence;
                }
            }
        }

        return MinimumTaggerConfidence;
    }

    /// <summary>
    /// A place or a generic term inside an organisation's name (杭州 and 科技 in 杭州某某科技有限公司) or inside a longer
    /// place does not block the name: the caller drops such candidates in favour of it (<see cref="IsCovered"/>).
    /// </summary>
    private static bool IsPlaceInsideName(Candidate other, EntityType type, int start, int end) =>
        type is EntityType.Organization or EntityType.Location && other.Start >= start && other.End <= end
        && (other.Start, other.End) != (start, end)
        && (other.Type is EntityType.Location or EntityType.Concept || other.Entry is { Generic: true });

    /// <summary>
    /// The tagger is sure (≥ <see cref="SureConfidence"/>) of the span. Then a dictionary word across its end (海军|舰艇 read as 军舰) does not cut it,
    /// a person needs no common surname (封屹, 务名扬), and LAC's unlisted guesses around it (浙江省政府与农总行) give way: on held-out sentences the trained tagger reads
    /// names far better than LAC-small (F1 0.76 against 0.51).
    /// </summary>
    private static bool IsSure(ChineseTaggedSpan span) => span.Confidence >= SureConfidence;

    /// <summary>LAC's name of the same type around the tagger's shorter one (栖霞智算 around 栖霞): the tagger cut it.</summary>
    private static bool IsLongerName(Candidate other, EntityType type, int start, int end) =>
        other.Type == type && other.Start <= start && other.End >= end && other.Length > end - start;

    /// <summary>A name of LAC's that neither the KB nor the dictionary lists as an organisation (中央军委 is listed).</summary>
    private static bool IsLacGuess(Candidate candidate, ChineseCommonWords commonWords) =>
        candidate is { Source: CandidateSource.ChineseTagger, Entry: null } && !commonWords.IsListedOrganization(candidate.Text);

    /// <summary>
    /// A guess of LAC's that runs across a conjunction (解放军总参谋部和总政治部): two names read as one. Wherever the
    /// tagger finds a name inside it, the tagger's reading stands.
    /// </summary>
    private static bool IsCoordination(Candidate candidate) =>
        candidate.Type == EntityType.Organization && candidate.Text.AsSpan(1, Math.Max(0, candidate.Text.Length - 2)).IndexOfAny("和与及、") >= 0;

    /// <summary>
    /// Another source's name over exactly the tagger's span but of another type: where that source is LAC guessing
    /// (布莱克本 a person, the tagger a football club), or the English tagger guessing at a Latin name in Chinese text that
    /// the Chinese tagger is sure is a game (DOTA an organisation, the Chinese tagger a game; not Quorra, which it takes for
    /// a person), the Chinese tagger's type stands.
    /// </summary>
    private static bool IsRetyping(Candidate other, EntityType type, int start, int end) =>
        other.Start == start && other.End == end && other.Type != type;

    // Not where the text says what kind of thing the name is (推理框架LoomRun: a framework, whatever the tagger takes it for).
    private static bool IsLatinTaggerGuess(Candidate candidate) =>
        candidate is { Source: CandidateSource.LatinRecognizer, Entry: null } && candidate.Cue != LatinCandidates.KindNounCue;

    /// <summary>
    /// LAC-small reads the same span of three characters or more as a person: two models agree on a name a Chinese surname
    /// does not start (岩田聪, 拉韦济), which the plausibility check would take for words. Two characters are too short to
    /// trust the agreement (深度|曜石 is a firm).
    /// </summary>
    private static bool LacReadsAPerson(LacTaggedSentence words, ChineseTaggedSpan span) =>
        span.End - span.Start >= 3
        && words.Spans.Any(w => w.Start == span.Start && w.End == span.End && w.Label is LacLabels.Person or LacLabels.PersonNoun);

    /// <summary>A firm's name the document gives whole elsewhere starts with the "person" (墨岚 for 墨岚智能): it is the firm's short form.</summary>
    private static bool IsShortFormOfAFirm(string surface, IReadOnlyList<Candidate> others) =>
        others.Any(o => o.Type == EntityType.Organization && o.Length > surface.Length && o.Text.StartsWith(surface, StringComparison.Ordinal));

    /// <summary>An everyday word with capitals after it is a brand (芒果TV), when the tagger is sure of it.</summary>
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,}[A-Z][A-Z0-9]*$")]
    private static partial Regex LatinTail();

    /// <summary>A product whose name ends in a number is a title (星际2), though its words alone are everyday ones.</summary>
    private static bool IsNumberedProduct(string surface, EntityType type) => type == EntityType.Product && char.IsAsciiDigit(surface[^1]);

    /// <summary>
    /// A shorter name of the same type inside a name the tagger is sure of is part of it: 海军 in 美国海军, 体彩中心 in
    /// 北京体彩中心. The longer span wins the selection.
    /// </summary>
    private static bool IsPartOfSureName(Candidate other, ChineseTaggedSpan span, int start, int end) =>
        IsSure(span) && other.Type == span.Type && other.Entry is null
        && other.Start >= start && other.End <= end && (other.Start, other.End) != (start, end);

    /// <summary>
    /// A curated place followed by a curated organisation, which the tagger is sure make one organisation: 美国国务院 is the
    /// US State Department, not China's State Council (国务院) after the word "America". Ranked with curated names, so
    /// that the whole wins over its parts.
    /// </summary>
    private static bool IsPlaceThenCuratedOrganization(int start, int end, EntityType type, IReadOnlyList<Candidate> others) =>
        type == EntityType.Organization
        && others.Any(place => place is { Source: CandidateSource.KnowledgeBase, Type: EntityType.Location } && place.Start == start
            && others.Any(organization => organization is { Source: CandidateSource.KnowledgeBase, Type: EntityType.Organization }
                && organization.Start == place.End && organization.End == end));

    /// <summary>A place the tagger reads as one name over places other sources found apart (美国加州阿纳海姆会议中心, 越南岘港).</summary>
    private static bool IsComposedPlace(int start, int end, IReadOnlyList<Candidate> others) =>
        others.Any(o => o.Type == EntityType.Location && o.Start >= start && o.End <= end && o.Length < end - start);

    /// <summary>
    /// A country, province or state and a place in it that other sources found and that fill the tagger's whole place
    /// (德国|慕尼黑, 内蒙古|乌兰察布): the text names two places, each linking on its own, where the tagger's one span
    /// (CLUENER's address convention) would hide both. A city and a district or area of it are one name (北京海淀, 上海张江,
    /// 杭州滨江高新区 with 滨江高新区 its short form).
    /// </summary>
    private static bool IsPlacesFoundApart(int start, int end, IReadOnlyList<Candidate> others)
    {
        var inside = others.Where(o => o.Type == EntityType.Location && o.Start >= start && o.End <= end && o.Length < end - start).ToList();
        var covered = new bool[end - start];
        foreach (var place in inside)
        {
            covered.AsSpan(place.Start - start, place.Length).Fill(true);
        }

        return !covered.Contains(false) && inside.Any(place => place.Start == start && IsRegion(place));
    }

    private static bool IsRegion(Candidate place) =>
        place.Text.EndsWith('省') || (place.Entry?.Description is { } description && RegionDescription().IsMatch(description));

    [GeneratedRegex("^(?:Country|Province|Autonomous region|US state|Region|Continent|Special administrative region)")]
    private static partial Regex RegionDescription();

    /// <summary>
    /// An organisation the tagger is sure of is a name even when the dictionary lists it as a word, if it is short or
    /// ends as an institution does: abbreviations (央行, 招行, 美军) and ministries (监察部, 总政治部) are listed because they
    /// are frequent, not because they are generic.
    /// </summary>
    private static bool IsListedOrganizationName(string surface, ChineseTaggedSpan span) =>
        span.Type == EntityType.Organization && IsSure(span) && (surface.Length <= 3 || surface[^1] is '部' or '局' or '委' or '署' or '厅' or '院' or '办');

    private static bool IsTitleMarked(string text, int start, int end) =>
        end - start > 2 && text[start] == '《' && text[end - 1] == '》';

    /// <summary>
    /// An organisation, product or person in Latin script inside Chinese text (Valve, CNNIC, Harreke), whole (not part of a longer
    /// Latin word), capitalised (or, for a firm or product, in lower case where the tagger is surer still: bet365), not an
    /// everyday English word, and tagged with high confidence. Not a person glossed by an acronym (与Quorra(QRRA)共同打造):
    /// people are not.
    /// </summary>
    private static bool IsLatinName(string text, int start, int end, ChineseTaggedSpan span)
    {
        if (span.Type is not (EntityType.Organization or EntityType.Product or EntityType.Person) || span.Confidence < MinimumLatinNameConfidence
            || (span.Type == EntityType.Person && AcronymGloss().IsMatch(text.AsSpan(end)))
            || end - start < 2 || !(char.IsAsciiLetterUpper(text[start]) || (span.Type != EntityType.Person && span.Confidence >= LowerCaseLatinNameConfidence && end - start >= 3))
            || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || (end < text.Length && char.IsAsciiLetterOrDigit(text[end])))
        {
            return false;
        }

        foreach (var c in text.AsSpan(start, end - start))
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return !Latin.LatinLexicon.Default.IsCommon(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// Another source's candidate with the same span and type: the tagger's copy adds nothing to the selection (the
    /// other source's higher confidence wins the tie) but, by agreeing, lets the organisation displace a place inside it.
    /// </summary>
    private static bool Agrees(Candidate other, EntityType type, int start, int end) =>
        other.Start == start && other.End == end && other.Type == type;

    /// <summary>
    /// True for a place or generic term that lies inside one of the tagger's longer names, and for a title-marked work
    /// the tagger found to be a game.
    /// </summary>
    public static bool IsCovered(Candidate candidate, IReadOnlyList<Candidate> found, ChineseCommonWords commonWords) =>
        found.Any(f => IsPlaceInsideName(candidate, f.Type, f.Start, f.End)
            || (candidate.Source == CandidateSource.BookTitle && f.Start == candidate.Start && f.End == candidate.End)
            || (((f.Confidence >= SureCandidateConfidence && !IsLongerName(candidate, f.Type, f.Start, f.End)) || IsCoordination(candidate))
                && IsLacGuess(candidate, commonWords) && f.Overlaps(candidate))
            || (f.Source == CandidateSource.ChineseRecognizer && IsRetyping(candidate, f.Type, f.Start, f.End) && (IsLacGuess(candidate, commonWords) || IsLatinTaggerGuess(candidate))));

    /// <summary>At least two Chinese characters; people are Chinese characters only (with the transliteration dot).</summary>
    private static bool IsNameShaped(string surface, EntityType type)
    {
        var cjk = 0;
        foreach (var c in surface)
        {
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (type == EntityType.Person && c != '·')
            {
                return false;
            }
        }

        return cjk >= 2 && char.IsLetterOrDigit(surface[0]) && char.IsLetterOrDigit(surface[^1]);
    }
}
