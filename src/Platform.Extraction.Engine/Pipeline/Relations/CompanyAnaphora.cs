using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The words that stand for the organisation the text is talking about: "公司" or "它" (the one named last) opening a
/// clause, "该公司" / "这家公司" / "其" / "its" / "the (two-year-old) company" / "the lab" anywhere, "my" or "her" before
/// "co-founder" (the firm they founded together), and "It" opening a sentence with what a firm does ("It competes with
/// Groq").
/// <para>
/// Which organisation: the subject organisation earlier in the same sentence, else the only organisation named earlier
/// in it, else the subject organisation of the nearest of the <see cref="SentencesBack"/> sentences before
/// ("青穹智能成立于2023年，……。今年3月，公司完成了A轮融资。") that the text names more than once — an investor named in
/// passing ("Existing investors Index Ventures and Y Combinator also took part. The company says …") is not what the
/// text is about — or, when none is, the subject of the sentence that opened the paragraph, else the nearest; with no
/// subject at all, the organisation named there that the text names most. A subject organisation is the first one of its sentence's first clause (深圳人形机器人企业星衍机器人10月
/// 13日宣布，公司…), one that opens a clause or one just founded (她在杭州创立了镜语科技); after a person in the first
/// clause it is an object (何嘉言毕业于哈尔滨工业大学).
/// </para>
/// Inside a compound (科技公司, 母公司) or after a determiner naming another firm (一家公司) 公司 is no mention. A title
/// that names no organisation ("Okafor is the chief executive", "as its president", 顾北辰任首席技术官) is that
/// organisation's too: its "the"/"its", or a zero-width mention before the Chinese title, stands for it.
/// </summary>
internal static partial class CompanyAnaphora
{
    public const int SentencesBack = 3;

    /// <param name="recentSentences">The mentions of the sentences before, the nearest first, with what their anaphora stood for.</param>
    /// <param name="mentionsOf">How often the whole text names an entity.</param>
    /// <param name="mostNamedOrganization">The organisation the whole text names most: whose top customers 公司 ranks, when the sentences just read do not say.</param>
    /// <param name="openingOrganization">The first organisation the text names more than once: whose posts a transcript's speakers hold when their labels name none.</param>
    public static List<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence,
        List<(int Start, List<RelationArgument> Mentions)> recentSentences, Func<string, int> mentionsOf,
        IReadOnlyDictionary<string, string> lastNamedByKind, string? mostNamedOrganization, IReadOnlyDictionary<string, string>? definedTerms = null, string? openingOrganization = null)
    {
        var found = new List<RelationArgument>();
        var definedAsTheCompany = definedTerms?.GetValueOrDefault("公司");
        // "Alicia Brennan, VP Investor Relations: Thank you.": a transcript's speaker labelled with a title alone holds it at
        // the firm the text opens with.
        if (openingOrganization is not null && TitledTurnLabel().Match(text, start, end - start) is { Success: true } label)
        {
            found.Add(new RelationArgument(label.Index + label.Length, label.Index + label.Length, openingOrganization, EntityType.Organization));
        }
        var mentions = ReferringWords.Within(Company(), text, start, end).Select(m => (Capture)m)
            .Concat(ReferringWords.Within(UnattributedTitle(), text, start, end).Select(m => (Capture)m.Groups["owner"]));
        foreach (var match in mentions)
        {
            var from = HeadNounAfterAName(text, match, inSentence);
            var to = match.Index + match.Length;
            if (ReferringWords.IsInsideAName(from, to, inSentence))
            {
                continue;
            }
            // A firm someone left is not the one the sentence is about ("前大疆硬件总监邱望舒…加入，出任首席运营官").
            // What an earlier word of the sentence stood for counts as named there ("The company said … two of its customers").
            var earlier = inSentence.Concat(found).Where(m => m.End <= match.Index && !IsAFormerFirm(text, m)).OrderBy(m => m.Start).ToList();
            if (match.Value is "Its" or "its" && !earlier.Any(m => m.Type == EntityType.Organization) && AboutAnUnnamedUnit(text, recentSentences))
            {
                continue;
            }
            // "HSBC is its first customer": the subject "its" is said of is another firm, the one the text is about.
            if (match.Value is "its" or "公司" && earlier.Count > 0 && SaidOfTheSubject().IsMatch(text.AsSpan(earlier[^1].End, match.Index - earlier[^1].End)))
            {
                earlier.Clear();
            }
            // "2020年A轮由红杉中国领投，2022年B轮由高瓴创投领投": the next round is the same firm's, not its first investor's.
            if (match.Length == 0 && IsARound(text, match.Index) && found.LastOrDefault(f => f.Start == f.End && IsARound(text, f.Start)) is { } earlierRound)
            {
                found.Add(new RelationArgument(from, to, earlierRound.EntityId, EntityType.Organization));
                continue;
            }
            // "腾讯领投了澜栖的 B 轮，C 轮则由岚山投资领投": the next round is that of the firm whose round the clause before names.
            if (match.Length == 0 && IsARound(text, match.Index)
                && earlier.LastOrDefault(m => m.Type == EntityType.Organization && ItsRound().IsMatch(text.AsSpan(m.End))) is { } roundOwnerBefore)
            {
                found.Add(new RelationArgument(from, to, roundOwnerBefore.EntityId, EntityType.Organization));
                continue;
            }
            // "We co-led their Series A with Index Ventures", "Accel co-led the Series A with us": the round is that of the
            // firm the paragraph is about, never the investor's who led it.
            if (RoundLed().IsMatch(text, match.Index))
            {
                if (RecentTopic(text, start, recentSentences, mentionsOf) is { } roundOwner)
                {
                    found.Add(new RelationArgument(from, to, roundOwner, EntityType.Organization));
                }
                continue;
            }
            // "…认购麟越机器人新增注册资本。本轮融资由…领投": the round is that of the firm the sentence before put money into.
            if (match.Length == 0 && (IsARound(text, match.Index) || text.AsSpan(match.Index).StartsWith("本轮") || text.AsSpan(match.Index).StartsWith("该轮"))
                && FinancedJustBefore(text, recentSentences) is { } financed)
            {
                found.Add(new RelationArgument(from, to, financed, EntityType.Organization));
                continue;
            }
            // "晟图智能董事长麦绍钧当选会长": the post one is elected to is the association's that the text last named, not the
            // firm one already heads; so are its member firms ("晟图智能、霁峰算力等18家会员单位").
            if (match.Length == 0 && PostOrMemberOfAnAssociation().IsMatch(text.AsSpan(match.Index))
                && NamedOfKind(AssociationKind, AssociationName()) is { } association)
            {
                found.Add(new RelationArgument(from, to, association, EntityType.Organization));
                continue;
            }
            // "分拆为独立子公司“星垣声学”，由原副总裁赵平和出任总经理": a general manager runs the firm just named.
            // "浪潮信息、中国移动和美团位列公司2025年前五大客户": the firm the text is about, not one of its customers.
            var topic = match.Value == "公司" && definedAsTheCompany is not null ? definedAsTheCompany
                : match.Value == "公司" && TopListAfter().IsMatch(text.AsSpan(to))
                ? RecentTopic(text, start, recentSentences, mentionsOf) ?? mostNamedOrganization
                : InApposition(text, match, earlier) ?? OwnerJoinedBefore(text, match, earlier) ?? TitleOwnerBeforeWho(text, match, earlier) ?? (match.Value is "它" or "该公司" || text.AsSpan(match.Index).StartsWith("总经理") ? NearestOrganization(earlier, recentSentences)
                : NamedKinds.FirstOrDefault(k => match.Value.EndsWith(k.Kind, StringComparison.Ordinal)) is ({ } kind, { } name)
                    ? NamedOfKind(kind, name)
                : SubjectOrganization(text, start, earlier) ?? OnlyOrganization(earlier)
                ?? (earlier.Any(m => m.Type == EntityType.Organization) ? null
                    // A live blog's entry that names no firm is about the firm the blog covers, not the one the entry before named.
                    : LiveBlogEntry().IsMatch(text.AsSpan(start)) ? mostNamedOrganization
                    : RecentTopic(text, start, recentSentences, mentionsOf)));
            // 液冷业务由全资子公司…承担, in a filing's answer after a question that names no firm: the firm the filing is about.
            // Never the subsidiary itself, where it is the firm the text names most.
            topic ??= match.Length == 0 && (text.AsSpan(match.Index).StartsWith("全资子公司") || text.AsSpan(match.Index).StartsWith("控股子公司"))
                && (definedAsTheCompany ?? mostNamedOrganization) is { } owner && inSentence.FirstOrDefault(m => m.Start > match.Index)?.EntityId != owner
                ? owner : null;
            if (topic is not null)
            {
                found.Add(new RelationArgument(from, to, topic, EntityType.Organization));
            }

            // The organisation of a kind (the university, 协会) named nearest before, else the one of that kind named last.
            string? NamedOfKind(string kind, Regex name) => NearestNamed(name, text, earlier, recentSentences) ?? lastNamedByKind.GetValueOrDefault(kind);
        }
        if (definedTerms is { Count: > 0 })
        {
            found.AddRange(DefinedTermsUsed(text, start, end, definedTerms, inSentence).ToList());
            if (definedAsTheCompany is not null)
            {
                found.AddRange(AdvisersOfTheFiling(text, start, end, definedAsTheCompany).ToList());
            }
        }
        found.AddRange(BusinessClauses(text, start, end, inSentence, found, mostNamedOrganization));
        return found;
    }

    /// <summary>
    /// A prospectus's or a research note's clause about the firm's suppliers, customers, sponsor or rivals that names no
    /// firm of its own ("供应端同样集中：晶圆代工由台积电承担，封装测试主要委托长电科技", "其中第一大客户…", "海外对手为哈默纳科"):
    /// a zero-width mention, right before its cue, of the firm the sentence opens with, else of the one the text names most.
    /// Not after a product the sentence names: who supplies a part of it supplies its maker ("座舱芯片采用高通骁龙8295，语音前端则由
    /// 科大讯飞提供").
    /// </summary>
    /// <remarks>Runs for every sentence: the names are gathered only where a cue stands.</remarks>
    private static List<RelationArgument> BusinessClauses(string text, int start, int end, List<RelationArgument> named, List<RelationArgument> anaphora,
        string? mostNamedOrganization)
    {
        var clauses = new List<RelationArgument>();
        var cue = BusinessCue().Match(text, start, end - start);
        if (!cue.Success)
        {
            return clauses;
        }
        var inSentence = named.Concat(anaphora).OrderBy(m => m.Start).ToList();
        var opening = inSentence.FirstOrDefault(m => m.Type == EntityType.Organization && OpensAClause(text, m.Start) && InFirstClause(text, start, m.Start));
        if ((opening?.EntityId ?? mostNamedOrganization) is not { } firm)
        {
            return clauses;
        }
        for (; cue.Success; cue = cue.NextMatch())
        {
            var clauseStart = text.AsSpan(start, cue.Index - start).LastIndexOfAny("，,。；;：:\n") + start + 1;
            // The clause's own firm is the subject ("公司的晶圆代工由台积电承担"), as is what a supplier makes for ("由其代工").
            if (!inSentence.Any(m => (m.Type == EntityType.Organization && m.Start >= clauseStart && m.End <= cue.Index) || (m.Type == EntityType.Product && m.End <= cue.Index))
                && !ReferringWords.IsInsideAName(cue.Index, cue.Index, inSentence))
            {
                clauses.Add(new RelationArgument(cue.Index, cue.Index, firm, EntityType.Organization));
            }
        }
        return clauses;
    }

    // Each cue opens its clause's business, after at most sixteen characters of what it is about (晶圆代工, 柔轮精加工设备则).
    [GeneratedRegex(@"(?<=(?:^|[。！？；;!?\n，,：:])[^，,。；;：:\n]{0,16})(?:" + PatternPieces.RivalsNamed + @"|由(?=[^，,。；;\n]{2,24}?" + PatternPieces.SupplyVerb + @")|委托(?!人)|" + PatternPieces.SuppliedFrom + @"|" + PatternPieces.RankedCustomer + @"|" + PatternPieces.CustomersNamed + @"|" + PatternPieces.ListingSponsor + @"(?=为|是)|与(?=[^，,。；;\n]{2,40}?(?:直接|正面)竞争))")]
    private static partial Regex BusinessCue();

    /// <summary>
    /// "浙江明栈信息技术股份有限公司（以下简称“公司”或“明栈信息”）", "上海枫弈智能科技有限公司（以下简称“枫弈智能”或“标的公司”）": a
    /// filing that defines 公司, 本公司, 标的公司 or 发行人 as one firm means that firm by the word throughout (本公司 defines
    /// 公司 too). The definition may also come first and point at the firm: "本节所称“公司”“瀚穹智能”均指杭州瀚穹智能科技股份有限公司",
    /// or a glossary's row "| 公司、本公司 | 指 | 杭州瀚穹智能科技股份有限公司 |".
    /// </summary>
    public static Dictionary<string, string> DefinedTerms(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var definitions = TermDefinition().Matches(text).Select(d => (Definition: d, Firm: mentions.LastOrDefault(m => m.Type == EntityType.Organization
                && m.End <= d.Index && text.AsSpan(m.End, d.Index - m.End).IsWhiteSpace())))
            .Concat(TermPointingAtTheFirm().Matches(text).Select(d => (Definition: d, Firm: mentions.FirstOrDefault(m => m.Type == EntityType.Organization
                && m.Start >= d.Index + d.Length && text.AsSpan(d.Index + d.Length, m.Start - d.Index - d.Length).Trim(" \t|：:").IsEmpty))));
        foreach (var (definition, firm) in definitions)
        {
            if (firm is null)
            {
                continue;
            }
            foreach (var term in definition.Groups["term"].Captures.Select(c => c.Value).Where(t => DefinableTerms.Contains(t)))
            {
                terms.TryAdd(term, firm.EntityId);
                if (term == "本公司")
                {
                    terms.TryAdd("公司", firm.EntityId);
                }
            }
        }
        return terms;
    }

    private static readonly HashSet<string> DefinableTerms = new(StringComparer.Ordinal) { "公司", "本公司", "标的公司", "目标公司", "发行人" };

    [GeneratedRegex(@"[（(]\s*(?:以下简称|以下称|下称|简称)\s*[“""「]?(?<term>[^“”""「」（）()或、]{1,20})[”""」]?(?:\s*(?:或|、|/)\s*[“""「]?(?<term>[^“”""「」（）()或、]{1,20})[”""」]?)*\s*[）)]")]
    private static partial Regex TermDefinition();

    [GeneratedRegex(@"(?:(?<=所称|中的|中)(?:[“""「](?<term>[^“”""「」\n]{1,20})[”""」][、，,或及和\s]*)+(?:均|皆|系|是|即)?指|(?<=^\|\s*)(?<term>[^|、\n]{1,20}?)(?:\s*、\s*(?<term>[^|、\n]{1,20}?))*\s*\|\s*指\s*\|)", RegexOptions.Multiline)]
    private static partial Regex TermPointingAtTheFirm();

    /// <summary>标的公司 and the other terms a filing defines (<see cref="DefinedTerms"/>) besides 公司, wherever they stand.</summary>
    private static IEnumerable<RelationArgument> DefinedTermsUsed(string text, int start, int end, IReadOnlyDictionary<string, string> terms, List<RelationArgument> named)
    {
        foreach (var (term, firm) in terms.Where(t => t.Key != "公司"))
        {
            for (var at = text.IndexOf(term, start, end - start, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, end - at - term.Length, StringComparison.Ordinal))
            {
                if (!ReferringWords.IsInsideAName(at, at + term.Length, named) && !IsInsideADefinition(text, at))
                {
                    yield return new RelationArgument(at, at + term.Length, firm, EntityType.Organization);
                }
            }
        }
    }

    /// <summary>
    /// "中金公司担任本次交易的独立财务顾问，上海汇澍律师事务所担任法律顾问": in a filing that defines 公司, who advises on the deal
    /// advises that firm; a zero-width mention of it stands before the adviser's role.
    /// </summary>
    private static IEnumerable<RelationArgument> AdvisersOfTheFiling(string text, int start, int end, string company) =>
        ReferringWords.Within(AdviserRole(), text, start, end).Select(role => new RelationArgument(role.Index, role.Index, company, EntityType.Organization));

    [GeneratedRegex(@"(?<=担任(?:本次(?:交易|发行|重组)的?)?)(?=(?:独立)?" + PatternPieces.AdviserOfADeal + ")")]
    private static partial Regex AdviserRole();

    // The definition itself ("或“标的公司”）") names the firm already.
    private static bool IsInsideADefinition(string text, int at) => at > 0 && text[at - 1] is '“' or '"' or '「';

    /// <summary>"names Quillmark and its chief executive": "its" right after "X and" is X's, whatever the sentence opened with.</summary>
    private static string? OwnerJoinedBefore(string text, Capture match, List<RelationArgument> earlier) =>
        match.Value == "its" && earlier.LastOrDefault() is { Type: EntityType.Organization } owner
        && AndBefore().IsMatch(text.AsSpan(owner.End, match.Index - owner.End))
            ? owner.EntityId
            : null;

    [GeneratedRegex(@"^\s*,?\s+and\s+$")]
    private static partial Regex AndBefore();

    /// <summary>
    /// "Marcus Okafor, AeroFurrow's chief executive, who co-founded the company": the firm whose title a person holds is
    /// the company a relative clause about that person names.
    /// </summary>
    private static string? TitleOwnerBeforeWho(string text, Capture match, List<RelationArgument> earlier) =>
        earlier.LastOrDefault(m => m.Type == EntityType.Organization) is { } owner && match.Index - owner.End <= 120
        && TitleThenWho().IsMatch(text.AsSpan(owner.End, match.Index - owner.End)) ? owner.EntityId : null;

    [GeneratedRegex(@"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:chief\s+executive|chief\s+technology\s+officer|CEO|CTO|president|chairman|chairwoman|founder|co-founder)\s*,\s+who\s+[^.;!?]*$")]
    private static partial Regex TitleThenWho();

    /// <summary>
    /// "Corvid AI, the San Francisco lab behind …": a company noun in apposition to an organisation is that organisation,
    /// whatever the sentence is about ("Ocado Technology, the group's … unit" is another's unit).
    /// </summary>
    private static string? InApposition(string text, Capture match, List<RelationArgument> earlier) =>
        match.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !LatinScript.IsPossessiveAt(text, match.Index + match.Length)
            && earlier.LastOrDefault() is { Type: EntityType.Organization } named
            && text.AsSpan(named.End, match.Index - named.End).Trim().SequenceEqual(",")
            ? named.EntityId
            : null;

    /// <summary>
    /// "The unit, which designed …, will become part of Arkwell's edge division. Its head, Priya Raman, …": after a sentence
    /// about a unit the text does not name, "its" is that unit's, not a firm's.
    /// </summary>
    private static bool AboutAnUnnamedUnit(string text, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        recentSentences.Count > 0 && UnnamedUnitOpening().IsMatch(text.AsSpan(recentSentences[0].Start));

    // "HSBC is its first customer", "腾讯是公司第二大股东", "it counts Balderton Capital among its backers": what the named firm
    // is to the firm the text is about.
    [GeneratedRegex(@"^\s*(?:(?:is|was|became|has\s+become|among)\s+|(?:也|还|已)?(?:是|成为))$")]
    private static partial Regex SaidOfTheSubject();

    [GeneratedRegex(@"^\s*The\s+(?:[a-z-]+\s+)?(?:unit|division|arm|business|department|team|group|project|venture)\b(?!\s+(?:of|at)\b)")]
    private static partial Regex UnnamedUnitOpening();

    /// <summary>"The New York company": the place stays a name of its own; the company is the head noun after it.</summary>
    private static int HeadNounAfterAName(string text, Capture match, List<RelationArgument> inSentence)
    {
        var end = match.Index + match.Length;
        var named = inSentence.LastOrDefault(m => m.Start > match.Index && m.End < end);
        return named is null || text.IndexOf(' ', named.End, end - named.End) is not (>= 0 and var space) ? match.Index : space + 1;
    }

    /// <summary>
    /// 它 is the organisation named last, in its sentence or the one before: "其中一家是位于上海的启芯微电子。它的创始人陈卓…"
    /// is 启芯微电子's founder, though the sentence before is about its investor.
    /// </summary>
    private static string? NearestOrganization(List<RelationArgument> earlier, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        earlier.LastOrDefault(m => m.Type == EntityType.Organization)?.EntityId
        ?? recentSentences.FirstOrDefault().Mentions?.LastOrDefault(m => m.Type == EntityType.Organization)?.EntityId;

    /// <summary>
    /// Remembers the last university, institute, committee, department, foundation, union, studio, group, authority,
    /// agency, council, division, utility, lender, insurer, regulator and consultancy the text named (by a name that says so, or with its kind in apposition), for "the institute" further on.
    /// </summary>
    public static void Remember(string text, IEnumerable<RelationArgument> inSentence, Dictionary<string, string> lastNamedByKind)
    {
        foreach (var mention in inSentence.Where(m => m.Type == EntityType.Organization))
        {
            foreach (var (kind, name) in NamedKinds.Where(k => k.Name.IsMatch(text.AsSpan(mention.Start, mention.End - mention.Start))))
            {
                lastNamedByKind[kind] = mention.EntityId;
            }
            // "SAG-AFTRA, the union that represents …": a name the text says the kind of.
            if (KindInApposition().Match(text, mention.End) is { Success: true } apposition)
            {
                lastNamedByKind[apposition.Groups["kind"].Value.ToLowerInvariant()] = mention.EntityId;
            }
        }
    }

    private static readonly (string Kind, Regex Name)[] NamedKinds =
        [("university", UniversityName()), ("校", UniversityName()), ("institute", InstituteName()), ("committee", CommitteeName()), ("department", DepartmentName()),
            ("foundation", FoundationName()), ("union", UnionName()), ("studio", StudioName()), ("group", GroupName()),
            ("authority", AuthorityName()), ("agency", AgencyName()), ("trust", TrustName()), ("center", CenterName()), ("centre", CenterName()),
            ("alliance", AllianceName()), ("hospital", HospitalName()), ("co-op", CooperativeName()), ("ministry", MinistryName()),
            ("council", CouncilName()), ("division", DivisionName()), ("utility", UtilityName()), ("lender", LenderName()),
            ("insurer", InsurerName()), ("regulator", RegulatorName()), ("consultancy", ConsultancyName()), (AssociationKind, AssociationName())];

    private const string AssociationKind = "协会";

    // The posts an association elects (名誉会长 too), and its member firms.
    private const string AssociationPost = "(?:名誉)?(?:会长|副会长|秘书长|理事长|副理事长|理事|主席|副主席)";

    private const string AssociationMembers = "会员(?:单位|企业)";

    /// <summary>
    /// "the university's Center for …", "The institute, part of …", "who chairs the committee", "the department's Bureau of …":
    /// the one of that kind named last, in its sentence or the ones before (else anywhere before).
    /// </summary>
    private static string? NearestNamed(Regex kind, string text, List<RelationArgument> earlier, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        earlier.AsEnumerable().Reverse().Concat(recentSentences.SelectMany(s => s.Mentions.AsEnumerable().Reverse()))
            .FirstOrDefault(m => m.Type == EntityType.Organization && kind.IsMatch(text.AsSpan(m.Start, m.End - m.Start)))?.EntityId;

    [GeneratedRegex(@"University|Institute of Technology|College|Polytechnic|\bTech$|大学$|科大$")]
    private static partial Regex UniversityName();

    [GeneratedRegex(@"\bInstitute\b")]
    private static partial Regex InstituteName();

    [GeneratedRegex(@"\G\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?<kind>union|studio|university|institute|committee|department|foundation|council|division|utility|lender|insurer|regulator|consultancy)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindInApposition();

    [GeneratedRegex(@"\bUnion\b|\bGuild\b")]
    private static partial Regex UnionName();

    [GeneratedRegex(@"\bStudios?\b|\bPictures\b|\bFilms\b|\bEntertainment\b")]
    private static partial Regex StudioName();

    [GeneratedRegex(@"\bGroup$")]
    private static partial Regex GroupName();

    [GeneratedRegex(@"\bAuthority\b")]
    private static partial Regex AuthorityName();

    [GeneratedRegex(@"\bAgency\b")]
    private static partial Regex AgencyName();

    [GeneratedRegex(@"\bCommittee\b")]
    private static partial Regex CommitteeName();

    [GeneratedRegex(@"\bDepartment\b")]
    private static partial Regex DepartmentName();

    [GeneratedRegex(@"\bFoundation\b")]
    private static partial Regex FoundationName();

    [GeneratedRegex(@"\bTrust\b")]
    private static partial Regex TrustName();

    [GeneratedRegex(@"\bAlliance\b")]
    private static partial Regex AllianceName();

    [GeneratedRegex(@"\bHospital\b")]
    private static partial Regex HospitalName();

    [GeneratedRegex(@"\b(?:Co-operative|Cooperative|Co-op)\b")]
    private static partial Regex CooperativeName();

    [GeneratedRegex(@"^Ministry\b")]
    private static partial Regex MinistryName();

    [GeneratedRegex(@"\bCent(?:er|re)\b")]
    private static partial Regex CenterName();

    [GeneratedRegex(@"\bCouncil\b")]
    private static partial Regex CouncilName();

    [GeneratedRegex(@"\bDivision\b")]
    private static partial Regex DivisionName();

    [GeneratedRegex(@"\b(?:Electric|Power|Energy|Water|Utilities|Gas)\b")]
    private static partial Regex UtilityName();

    [GeneratedRegex(@"\b(?:Bank|Savings|Bancorp|Credit\s+Union)\b")]
    private static partial Regex LenderName();

    [GeneratedRegex(@"\b(?:Insurance|Assurance|Mutual)\b")]
    private static partial Regex InsurerName();

    [GeneratedRegex(@"\b(?:Commission|Authority|Regulator|Office\s+of)\b")]
    private static partial Regex RegulatorName();

    [GeneratedRegex(@"\b(?:Consulting|Consultancy|Advisory|Consultants)\b")]
    private static partial Regex ConsultancyName();

    [GeneratedRegex("(?:协会|学会|商会|研究会|促进会|联合会|联盟)$")]
    private static partial Regex AssociationName();

    [GeneratedRegex("^(?:" + AssociationPost + "|" + AssociationMembers + ")")]
    private static partial Regex PostOrMemberOfAnAssociation();

    private static string? OnlyOrganization(List<RelationArgument> mentions)
    {
        var organizations = mentions.Where(m => m.Type == EntityType.Organization).Select(m => m.EntityId).Distinct().Take(2).ToList();
        return organizations.Count == 1 ? organizations[0] : null;
    }

    /// <summary>The one organisation the sentence before says money went into (认购X新增注册资本, 向X增资, 投资了X).</summary>
    private static string? FinancedJustBefore(string text, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        recentSentences.FirstOrDefault().Mentions?.Where(m => m.Type == EntityType.Organization && m.Start >= 2
                && PutMoneyInto().IsMatch(text.AsSpan(Math.Max(0, m.Start - 4), Math.Min(4, m.Start))))
            .Select(m => m.EntityId).Distinct().ToList() is [{ } financed] ? financed : null;

    [GeneratedRegex(@"(?:认购|增资|入股|注资|参股|投资了?|向)\s*$")]
    private static partial Regex PutMoneyInto();

    private static string? RecentTopic(string text, int sentenceStart, List<(int Start, List<RelationArgument> Mentions)> recentSentences, Func<string, int> mentionsOf)
    {
        var subjects = recentSentences.Select(s => SubjectOrganization(text, s.Start, s.Mentions)).OfType<string>().ToList();
        // With no subject to go by, the organisation the text names most among those just named: "Marchand is the
        // co-founder of Sorel AI, a lab that signed deals with Airbus. Her co-founder, …" means Sorel AI.
        var topic = subjects.FirstOrDefault(o => mentionsOf(o) > 1)
            ?? recentSentences.SelectMany(s => s.Mentions).Where(m => m.Type == EntityType.Organization).Select(m => m.EntityId)
                .Where(o => mentionsOf(o) > 1).OrderByDescending(mentionsOf).FirstOrDefault()
            ?? ParagraphSubject(text, sentenceStart, recentSentences) ?? subjects.FirstOrDefault();
        return OpeningFirmOfTheParagraph(text, sentenceStart, recentSentences, topic, mentionsOf) ?? topic;
    }

    /// <summary>
    /// The firm a paragraph opens with, when <paramref name="topic"/> is one only the paragraphs before name: a newsletter's
    /// item ("Wrenfold Bio, a San Diego-based …, raised …. Chief executive … says the company's …") is about its own firm,
    /// not the one the item before named twice. An item that opens with a person is about the firm it names most
    /// ("Mateusz Draszek, vice president of engineering at Stripe, is the new CTO of Bramhall AI. The San Francisco company …").
    /// </summary>
    private static string? OpeningFirmOfTheParagraph(string text, int sentenceStart, List<(int Start, List<RelationArgument> Mentions)> recentSentences, string? topic,
        Func<string, int> mentionsOf)
    {
        var opener = ParagraphOpener(text, sentenceStart, recentSentences);
        if (opener < 0 || recentSentences.Take(opener + 1).Any(s => s.Mentions.Any(m => m.EntityId == topic)))
        {
            return null;
        }
        var (start, mentions) = recentSentences[opener];
        if (mentions.FirstOrDefault() is { } first && text.AsSpan(start, first.Start - start).Trim(" \t*_#>").IsEmpty)
        {
            return first.Type switch
            {
                EntityType.Organization => first.EntityId,
                // Of those named as often, the one named last: the firm the person joins ("…, who ran the platform group at
                // Spotify, is joining Saltire Health as CTO. The Edinburgh company …").
                EntityType.Person => recentSentences.Take(opener + 1).SelectMany(s => s.Mentions).Where(m => m.Type == EntityType.Organization)
                    .OrderByDescending(m => mentionsOf(m.EntityId)).ThenByDescending(m => m.Start).FirstOrDefault()?.EntityId,
                _ => null,
            };
        }
        return null;
    }

    /// <summary>
    /// The subject of the sentence that opened this paragraph, where that sentence is among those just read: a news
    /// paragraph's first sentence sets what it is about ("Pivot Arm … closed a Series B. The round was led by Lakestar;
    /// Bosch Ventures also joined. Chief executive Jonas Richter …" is Pivot Arm's chief executive).
    /// </summary>
    private static string? ParagraphSubject(string text, int sentenceStart, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        ParagraphOpener(text, sentenceStart, recentSentences) is var opener and >= 0
            ? SubjectOrganization(text, recentSentences[opener].Start, recentSentences[opener].Mentions)
            : null;

    /// <summary>
    /// Which of the sentences just read (nearest first) opened the paragraph the sentence at <paramref name="sentenceStart"/>
    /// goes on; -1 when that sentence opens a paragraph itself or the one that did is further back.
    /// </summary>
    private static int ParagraphOpener(string text, int sentenceStart, List<(int Start, List<RelationArgument> Mentions)> recentSentences) =>
        OpensAParagraph(text, sentenceStart) ? -1 : recentSentences.FindIndex(s => OpensAParagraph(text, s.Start));

    private static bool OpensAParagraph(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000')
        {
            i--;
        }
        return i < 0 || text[i] == '\n';
    }

    private static string? SubjectOrganization(string text, int sentenceStart, List<RelationArgument> mentions)
    {
        var subject = mentions.FirstOrDefault(m => m.Type == EntityType.Organization
            && (OpensAClause(text, m.Start) || JustFounded(text, m.Start)
                || (InFirstClause(text, sentenceStart, m.Start) && !mentions.Any(p => p.Type == EntityType.Person && p.Start < m.Start))));
        // "星河传媒集团旗下的青羽动画日前确认，其…": the subject is the unit the group's name describes.
        var unit = subject is null ? null
            : mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start > subject.End
                && UnitOfTheGroupBefore().IsMatch(text.AsSpan(subject.End, m.Start - subject.End)));
        return (unit ?? subject)?.EntityId;
    }

    [GeneratedRegex(@"^\s*旗下的?(?:子公司|全资子公司|控股子公司)?\s*$")]
    private static partial Regex UnitOfTheGroupBefore();

    private static bool IsAFormerFirm(string text, RelationArgument mention) =>
        mention.Type == EntityType.Organization && FormerFirm().IsMatch(text.AsSpan(Math.Max(0, mention.Start - 48), Math.Min(48, mention.Start)));

    // "前大疆", "ex-Google", "formerly general counsel of Revolut".
    [GeneratedRegex(@"(?:前|\bformer\s+|\bex-|\b(?:formerly|previously|former)\s+[\w\s-]{0,30}?\b(?:of|at|with)\s+(?:the\s+)?)$")]
    private static partial Regex FormerFirm();

    /// <summary>A firm just founded is what the text goes on about: "她在杭州创立了镜语科技。公司的第一款产品…".</summary>
    private static bool JustFounded(string text, int start) =>
        FoundingVerb().IsMatch(text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)));

    [GeneratedRegex(@"(?:创立|创办|创建|成立|联合创立|联合创办)了?\s*$|\b(?:co-?founded|founded|started|launched|to\s+(?:start|found|launch))\s+$")]
    private static partial Regex FoundingVerb();

    private static bool InFirstClause(string text, int sentenceStart, int start) =>
        text.AsSpan(sentenceStart, start - sentenceStart).IndexOfAny("，,：:；;") < 0;

    private static bool OpensAClause(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }
        return i < 0 || "，,：:。.!?！？；;\n“\"—–".Contains(text[i]); // a dateline's dash too: "NASHVILLE, Tenn. — Meridian …"
    }

    // "is the chief executive;", "as its president", "will be chief executive", "Mendez, the chief executive, said", "founded
    // it with chief executive Lotte de Wit": a title with no "of X" after it.
    [GeneratedRegex(@"(?:\b(?:is|was|remains|became|as|will\s+be)\s+|(?<=\bwith\s+)(?=(?:chief|CEO|president|co-?founder|founder)[\w\s-]{0,30}?\s[A-Z])|(?<=\b[A-Z][\w-]+,\s+)(?=the\s+(?:chief|CEO|president|co-?founder|founder)[\w\s-]{0,30}?,\s+(?:said|says|told|wrote)\b))(?<owner>the\s+|its\s+|)(?=(?:chief|co-?founder|founder|president|CEO|CTO|COO|chairman|chairwoman)\b)(?![^.;:\n]{0,40}?\b(?:of|at|for)\s+[A-Z])")]
    private static partial Regex UnattributedTitle();

    // 公司 opening a clause, or after a verb's 了 owning what follows (展示了公司最新的人形机器人), or as what one holds a post
    // in (担任公司董事长, 负责…的是公司副总裁X); 该公司 anywhere, 公司 before its top customers or suppliers
    // (公司2025年前五大客户), and 这家 before what describes the firm (这家总部位于杭州的企业); 其 before what a firm has
    // (其自研的智能驾驶芯片) or does with another (其与…共同研发).
    private const string ChineseCompany = @"该校|本校|母校|学校(?=与|和|同|将|已|还|也|在|于|的)|(?=协会)(?<=(?:^|[，,。：:；;\n“]|被聘为|聘为|担任|出任|当选|加入)\s*)协会(?!会员|年会|成员)|该公司|这家公司|公司(?=" + PatternPieces.TopList + @")|这家(?=[^，,。；;“”]{2,16}?的(?:公司|企业|机构))|(?=它)(?<=(?:^|[，,：:。！？；\n])\s*)它(?=[\p{IsCJKUnifiedIdeographs}])|(?=[公其])(?<=(?:^|[，,：:。！？；\n“""（(]|\s|据|由)\s*(?:去年|今年|此前|日前|近日|目前)?)(?:公司(?=[的还已将正在与和也已完成获得宣布表示今目首创联董总副此去昨前近上本于在旗自专主核从累又再第由全控是客]|CEO|CTO|[A-Z]{2})|其(?=[\p{IsCJKUnifiedIdeographs}]{0,10}?(?:产品|创始人|首席|CEO|旗下|总部|团队|模型|芯片|助手|机器人|平台|游戏|电影|新作)|(?=与[\p{IsCJKUnifiedIdeographs}、]{2,40}?(?:联合|共同|合作))))|(?=公)(?<=了)公司(?=最新|的|旗下|创始人|联合创始人|首席|CEO|CTO)|(?=公)(?<=任|加入|离开|辞去|持有)公司|(?=公)(?<=成为)公司(?=的?(?:全资|控股)?子公司)|(?=公)(?<=是|为)公司(?=[\p{IsCJKUnifiedIdeographs}]{0,3}?(?:总裁|副总裁|首席|董事|总经理|创始人|联合创始人|股东|CEO|CTO|COO|CFO))";

    // A Chinese title taken up with no organisation named (顾北辰任首席技术官): a zero-width mention of the firm before it.
    // So is a title that opens a clause before a name (首席财务官林雪在业绩电话会上表示, 创始人兼首席执行官林子昂此前在…, 创始人孟岚本科…,
    // 联合创始人、首席技术官范婉清持股6.2%).
    // So is an association's post one is elected to (麦绍钧当选会长, 欧阳菁连任秘书长, 孔令晖等31人当选理事).
    private const string ChineseTitleOwner = @"(?=首席|CEO|CTO|COO|CFO|总裁|副总裁|董事长|总经理)(?<=(?:[\p{IsCJKUnifiedIdeographs}]|[，,]\s*)(?:担任|出任|任))"
        + @"|(?=" + AssociationPost + @")(?<=(?:当选|连任|被聘为|获聘为?)(?:第[一二三四五六七八九十\d]+届)?)"
        // And whose members are counted: 晟图智能、霁峰算力等18家会员单位.
        + @"|(?=" + AssociationMembers + @")(?<=等\s*\d+\s*家\s*)"
        + @"|(?=(?:(?:(?:联合)?创始人[兼、])?" + ChineseOpeningTitle + "(?:[兼、]" + ChineseOpeningTitle + @")*|(?:联合)?创始人)[\p{IsCJKUnifiedIdeographs}]{2,3}(?:在|表示|说|称|透露|介绍|指出|认为|此前|曾|毕业于|本科|博士|硕士|早年|直接持股|间接持股|持股|持有|不再|将|继续|仍|讲解|公布|补充|回顾|演示|登台|上台))(?<=(?:^|[，,。：:；;\n]|" + LiveBlogTime + @")\s*)"
        // 产品副总裁阮星野公布价格: a firm's officer over one of its functions, at a live blog's time.
        + @"|(?=" + ChineseOpeningTitle + @"[\p{IsCJKUnifiedIdeographs}]{2,3}(?:表示|介绍|讲解|公布|补充|演示|登台|上台))(?<=(?:^|[。：:；;\n]|" + LiveBlogTime + @")\s*(?:产品|技术))";

    // **14:28** before what happened then: a live blog's time (its emphasis marks read as spaces) opens a clause, and an entry.
    private const string LiveBlogClock = @"[ \t*]*\d{1,2}:\d{2}";
    private const string LiveBlogTime = @"(?:^|\n)" + LiveBlogClock;

    [GeneratedRegex(@"^\s*" + LiveBlogClock + @"[*]*\s")]
    private static partial Regex LiveBlogEntry();

    // 全资子公司上海朔方云计算有限公司（“朔方云”）总经理由谷雨桐出任: a clause that opens with a subsidiary is about the firm's own.
    // So is one after 由 (液冷业务由全资子公司拓衡液冷科技有限公司承担).
    private const string ChineseSubsidiaryOwner = @"(?=(?:全资|控股)子公司)(?<=(?:^|[。！？；;\n，,：:]|由)\s*)";

    // 向创始人兼CEO苏以安汇报: whom one reports to holds the firm's titles.
    private const string ChineseReportingTo = @"(?=(?:" + ChineseOpeningTitle + "|创始人|联合创始人)(?:兼(?:" + ChineseOpeningTitle + @"|创始人|联合创始人))*[\p{IsCJKUnifiedIdeographs}]{2,3}汇报)(?<=向)";

    // 董事长兼首席执行官梁慕白在业绩会上表示: the titles that may open such a clause, joined by 兼.
    private const string ChineseOpeningTitle = @"(?:首席[\p{IsCJKUnifiedIdeographs}]{1,4}官|CEO|CTO|CFO|COO|总裁|副总裁|董事长|总经理)";

    // "the (two-year-old) company", "the university", "the trust", "the center", "the department's", "the foundation's", "the institute", "the committee", "my/her co-founder", and "It" opening a sentence with what a firm does.
    private const string EnglishCompany = @"\b[Tt]he (?:[\w-]+,?\s+){0,2}?(?:company|start-?up|firm|lab|studio|publisher)\b(?!\s+[A-Z])|\b[Tt]he union\b(?!\s+[A-Z])|\b[Tt]he university\b(?!\s+[A-Z])|\b[Tt]he (?:trust|center|centre|alliance|hospital|co-op|ministry|council|division|utility|lender|insurer|regulator|consultancy)\b(?!\s+[A-Z])|\b[Mm]y ministry\b|\b[Tt]he institute\b(?!\s+[A-Z])|\b[Tt]he committee\b(?!\s+[A-Z])|\b[Tt]he department(?=['’]s\s)|\b[Tt]he (?:foundation|nonprofit|non-profit|group|authority|agency)(?=['’]s\s)|\b(?:[Mm]y|[Hh]er|[Hh]is|[Oo]ur)\b(?=\s+co-?founders?\b)|(?=It)(?<=(?:^|[.;]\s+|\n))It(?=\s+(?:competes|sells|makes|builds|designs|develops|licenses|employs|operates|plans|raised|has raised|was founded|was spun|is backed|is based|is headquartered|hired|has hired|appointed|acquired|bought|counts)\b)"
        + @"|(?=it)(?<=\b(?:[Ii]n|[Oo]n|[Ll]ast|[Tt]his|[Ee]arlier)\s+\w+(?:\s+\d{4})?,?\s+)it(?=\s+(?:hired|appointed|named|acquired|bought|raised|signed|opened)\b)"
        // "Backers include Kestrel Ventures", "Rivals including CAISO are testing …": the firm's backers or rivals, the firm unsaid.
        + @"|(?=(?:Backers|Investors|Shareholders|Rivals|Competitors)\s+(?:include|including|are)\b)(?<=(?:^|[.;!?]\s+|\n)\s*)"
        // "Early customers included Shopify", "The first big local customer is DBS Bank": the firm's customers, the firm unsaid.
        + @"|(?=(?:(?:Early|Initial|Key|Notable|Other|Launch)\s+(?:customers|clients)|Customers|Clients)\s+(?:include[sd]?|including|are|were)\b|The\s+(?:first|largest|biggest|main|anchor)\s+(?:[a-z]+\s+){0,2}?(?:customer|client)\s+(?:is|was|will\s+be)\b)(?<=(?:^|[.;!?]\s+|\n|[""“])\s*)"
        // "We led the seed; Greylock joined the A": the round of the firm the paragraph is about.
        + "|" + RoundOfTheTopicLed
        // "Meridian … said on Tuesday it had agreed to acquire Corrigan Labs": what the firm says it did.
        + @"|(?=it)(?<=\b(?:said|says|announced|announces|confirmed)\s+(?:on\s+\w+\s+|today\s+|this\s+week\s+)?(?:that\s+)?)it(?=\s+(?:(?:had|has|would|will)\s+)?(?:agreed|agrees|signed|plans|planned|acquired|bought|raised|hired|completed|reached)\b)";

    // "its" before a title, its rivals or customers, a thing of its own named after a comma ("its agent, Ledger") or before its kind
    // ("its Quill models", "its Azure cloud").
    private const string Its = @"\b[Ii]ts\b(?=\s+(?:[A-Z][\w-]*(?:\s+[A-Z0-9][\w.-]*)?\s+(?:models?|chips?|cloud|apps?|assistants?|platform|software|services?|robots?|agents?)\b|(?:[a-z-]+\s+){0,2}?(?:chief|head|president|co-?founders?|founders?|CEO|CTO|COO|CFO|chairman|chairwoman|rivals|competitors|investors|backers|shareholders|customers?|clients?|provider|supplier|vendor|round|funding)\b|(?:[\w-]+\s+){0,2}?(?:rival|competitor)\b|(?:advisory|scientific|supervisory)\s+board\b|(?:chips|devices|products|phones|cars|robots|servers)\s+(?:are|were|will\s+be)\s+(?:manufactured|made|built|fabricated|produced|assembled)\b|(?:[\w-]+\s+){0,2}?(?:agent|assistant|model|product|app|tool|robot|chip|chatbot|processor|platform|framework|service|software|stack|glasses|headset)\s*,|(?:[a-z-]+\s+){0,2}?(?:API|product|app|platform|service)\s+(?:launched|launches|debuted|shipped)\b))";

    // A sentence that opens with a title and a name ("Chief executive Jonas Richter, who …") or with the round the text is
    // about ("The round was led by Lakestar"): a zero-width mention of the firm before it.
    // So does a quote's attribution ("…," chief executive Omar Reyes told analysts), a successor's ("replacing co-founder
    // Dana Whitmore") and a title after an opening phrase ("In the memo, chief executive Nadia Farouk said").
    private const string EnglishOpeningOwner = @"(?=[A-Zcp])(?<=(?:^|[.;!?]\s+|\n|[,.!?][""”]\s+|\b(?:said|says|replacing|succeeding|replaced|succeeded)\s+|(?:^|[.;!?]\s+|\n)(?:In|At|On|During)\s+[^,.;\n]{1,40},\s+))(?=(?:[Cc]hief\s+executive|[Cc]hief\s+technology\s+officer|[Cc]hief\s+scientist|CEO|CTO|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]o-?founder)\s+[A-Z][\w-]+\s+[A-Z]|The\s+(?:[\w$€£.,-]+\s+){0,4}?round\s+was\s+(?:co-)?led\s+by\b"
        // "General Catalyst and Maersk Growth, the venture arm of …, also joined the round": investors in the firm's round.
        + @"|[A-Z](?:[^.;!?\n]|\.(?=\S)|(?<=\b[A-Z])\.){0,160}?\b(?:also\s+)?(?:joined|participated\s+in|took\s+part\s+in)\s+the\s+(?:round|financing|raise)\b)";

    // A sentence that opens with the round the text is about (本轮由高瓴创投领投): a zero-width mention of the firm before it.
    // It may follow a short opening clause (公告显示，本轮融资由…).
    // So may a lettered round, after a year and after another round's clause (2020年A轮由红杉中国领投，2022年B轮由…).
    private const string ChineseRoundOwner = @"(?=(?:本轮|该轮|此轮)(?:融资)?由)(?<=(?:^|[。！？；;!?\n])\s*(?:[^，,。！？；;\n]{1,8}[，,]\s*)?)"
        + @"|(?=(?:(?:19|20)\d\d年\s*)?" + PatternPieces.LetteredRound + @"(?:融资)?(?:则|也)?(?:由|来自))(?<=(?:^|[。！？；;!?\n，,：:])\s*)";

    // Tried once per sentence, at its start, where a turn's label stands.
    [GeneratedRegex(@"^\s*(?:[A-Z][\w'.-]+\s+){1,3}?[A-Z][\w'.-]+,\s+(?=(?:CEO|CFO|CTO|COO|VP|SVP|EVP|Chief|President|Chairman|Chairwoman|General\s+Counsel)\b[^:\n⟦]{0,48}:)")]
    private static partial Regex TitledTurnLabel();

    [GeneratedRegex(@"\G" + RoundOfTheTopicLed)]
    private static partial Regex RoundLed();

    // "led the seed", "co-led their Series A", "joined the A" (a bare letter only before punctuation or "round"): the
    // determiner stands for the firm whose round it is.
    private const string RoundOfTheTopicLed = @"(?<=\b" + PatternPieces.RoundVerb + @"\s+)(?:their|its|the|your)(?=\s+(?:Series\s+[A-F]\b|seed\b|[A-F](?=\s*[.;,]|\s+round\b|\s+(?:last|this|in)\b)))";

    private static bool IsARound(string text, int at) => LetteredRoundAt().IsMatch(text.AsSpan(at));

    [GeneratedRegex(@"^(?:(?:19|20)\d\d年\s*)?" + PatternPieces.LetteredRound)]
    private static partial Regex LetteredRoundAt();

    [GeneratedRegex(@"^\s*的\s*" + PatternPieces.LetteredRound)]
    private static partial Regex ItsRound();

    [GeneratedRegex("^" + PatternPieces.TopList)]
    private static partial Regex TopListAfter();


    // Every alternative starts with one of these characters (a zero-width one in its look-ahead, which comes before its
    // look-behind). Tested first, they spare the other positions the whole alternation: the regex took a tenth of the
    // engine's time on Chinese text without them.
    private const string FirstCharacters = "A-Zthmoicp12该这公它其首总副董联创本此学母全控协会理秘名";

    [GeneratedRegex("(?=[" + FirstCharacters + "])(?:" + ChineseCompany + "|" + ChineseTitleOwner + "|" + ChineseSubsidiaryOwner + "|" + ChineseReportingTo + "|" + ChineseRoundOwner + "|" + EnglishCompany + "|" + Its + "|" + EnglishOpeningOwner + ")")]
    private static partial Regex Company();
}
