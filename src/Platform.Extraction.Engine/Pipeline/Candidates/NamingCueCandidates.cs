using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Names introduced as names: "一个叫‘星河助手’的功能", "名为“灵犀”的系统", "a feature called Daily Brief",
/// "a startup called Inflection"; and things launched with an apposition that says what they are: "released Atlas,
/// a new language model", "unveiled Kite, its first humanoid robot", "the Nimbus app". The kind of thing named (功能,
/// 系统, feature, company, robot …) gives the type. Units are named as they are formed or claimed: "成立超级智能团队", "我们的气候创新基金",
/// "launching the superintelligence team". A quoted name right after the kind of thing it is counts too (语音助手“听风”), and
/// so does an organisation before a person's title or its part in a funding round (远航资本合伙人…, 奇绩创坛跟投). A quoted everyday word ("所谓的'幻觉'") is a term, not a name, and a
/// name the knowledge base knows as something else keeps its KB type ("the Google app").
/// </summary>
internal static partial class NamingCueCandidates
{
    /// <summary>The cue of a name quoted beside its kind (行业大模型“绛河”): the words around it type it.</summary>
    public const string QuotedWithItsKind = "quoted with its kind";

    /// <summary>The cue of a funding item's firm named after the kind of firm it is (杭州语音公司澜声科技宣布…).</summary>
    public const string FirmAfterItsKindCue = "a firm after the kind of firm it is, before its news";

    public static IEnumerable<Candidate> Find(string text, ChineseCommonWords commonWords, IReadOnlyList<Candidate> curated)
    {
        foreach (Match match in ChineseNaming().Matches(text))
        {
            var head = match.Groups["head"].Value;
            var name = match.Groups["name"];
            if ((!match.Groups["quoted"].Success && head.Length == 0) || commonWords.Contains(name.Value))
            {
                continue;
            }
            // 为什么叫“岚跃”, beside 岚跃机器人: with no kind said, a name that opens a firm's name in the text is that firm's.
            var type = head.Length == 0 && OpensAFirmsName(text, name.Value) ? EntityType.Organization : TypeOf(head);
            yield return new Candidate(name.Index, name.Index + name.Length, name.Value, type, 0.8,
                CandidateSource.BookTitle, Cue: $"named with \"{match.Groups["cue"].Value}\"");
        }
        foreach (Match match in ChineseKindThenQuote().Matches(text).Concat(ChineseQuoteThenKind().Matches(text)).Concat(ChineseQuotedUpgrade().Matches(text))
            .Concat(ChineseDevelopedThenQuoted().Matches(text)))
        {
            // Quoted with its kind, an everyday word is a name too (双足机器人“行者”), unless it is among the most frequent.
            // What an upgrade goes from or to has no kind named: a product.
            var (name, head) = (match.Groups["name"], match.Groups["head"]);
            if (!commonWords.IsFrequent(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, head.Success ? TypeOf(head.Value) : EntityType.Product, 0.8,
                    CandidateSource.BookTitle, Cue: head.Success ? $"{QuotedWithItsKind} \"{head.Value}\"" : "quoted as what an upgrade goes from or to");
            }
        }
        // "最新的基座模型青岚3.0", "车型为启程E5", "我们自己的模型叫知微-2": a model's or car's name with its version, right after its kind.
        foreach (Match match in ChineseKindThenVersionedName().Matches(text))
        {
            var (name, line) = (match.Groups["name"], match.Groups["line"].Value);
            if (!commonWords.IsFrequent(line) && line.IndexOfAny(NoLineCharacters) < 0)
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Product, 0.8,
                    CandidateSource.BookTitle, Cue: $"named with its version after its kind \"{match.Groups["head"].Value}\"");
            }
        }
        // What curated places and organisations cover, so that each cue's match is checked against its own span.
        var curatedName = new bool[text.Length];
        foreach (var name in curated.Where(c => c.Type is EntityType.Location or EntityType.Organization))
        {
            curatedName.AsSpan(name.Start, name.Length).Fill(true);
        }
        // "吉利旗下极氪品牌", "百度旗下的萝卜快跑较早…": what a firm owns, named right after 旗下, up to the word that ends the name.
        foreach (Match match in OwnedAfterQixia().Matches(text))
        {
            var name = match.Groups["name"];
            if (!commonWords.Contains(name.Value) && name.Value.IndexOfAny(NoLineCharacters) < 0 && !GenericOwnedKind().IsMatch(name.Value)
                && !curatedName.AsSpan(name.Index, name.Length).Contains(true))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.7,
                    CandidateSource.BookTitle, Cue: "named after 旗下");
            }
        }
        var titlesAndInvestorsParts = TitleBeforeAPerson().Matches(text).Select(m => (Match: m, IsTitle: true))
            .Concat(InvestorsPart().Matches(text).Select(m => (Match: m, IsTitle: false)));
        foreach (var (match, isTitle) in titlesAndInvestorsParts)
        {
            var end = match.Index;
            if (NameBefore(text, end) is not { } nameStart)
            {
                continue;
            }
            var start = ChineseCandidates.WithoutDescription(text, nameStart, end, commonWords);
            // "前墨芯算力首席技术官": the firm someone was at follows 前 or 原 ("former"), unless they make a word (前海).
            // 据 ("according to") before the firm whose officer speaks is no part of its name either: 据青羽动画总经理苏明哲介绍;
            // nor is 是 ("is") after a clause it ends: 站在一旁的，是檀驰创始人兼CEO储亦凡.
            if (((end - start >= 4 && text[start] is '前' or '原' or '据') || (end - start >= 3 && text[start] == '是')) && !commonWords.Contains(text.Substring(start, 2)))
            {
                start++;
            }
            // "我是星澜机器人创始人兼CEO顾远舟": a speaker introducing themselves names the firm after 我是.
            start += SelfIntroduction().Match(text, start, end - start).Length;
            // 由 opens a clause, no name; a pronoun owns no name either (我们的首席教研官是罗欣), nor does a clause with a
            // finished verb (本刊专访了公司创始人…: the firm is the text's, see CompanyAnaphora) or a verb of holding a post
            // (宋知遥现任公司董事长: a person, then the text's firm).
            // An adverb ends no name: 去年也|领投了芯曜.
            // Nor does a word for when one holds the title (新任CTO聂书远, 前任所长).
            if (end - start < 2 || text[start] == '由' || Pronoun().IsMatch(text.AsSpan(start, end - start)) || text.AsSpan(start, end - start).Contains('了')
                || Tenure().IsMatch(text.AsSpan(start, end - start))
                || "也还又都已再".Contains(text[end - 1])
                || PostTakingVerb().IsMatch(text.AsSpan(start, end - start)))
            {
                continue;
            }
            // The unit a title belongs to is not part of the name: 荣耀|产品线总裁方飞.
            end -= UnitBeforeTheTitle().Match(text, start, end - start) is { Success: true } unit && unit.Index - start >= 2 ? unit.Length : 0;
            var name = text[start..end];
            // Before a person's title even an everyday word is a firm's name (荣耀产品线总裁方飞), unless it describes.
            if ((!commonWords.Contains(name) || (isTitle && !commonWords.IsDescriptor(name) && !commonWords.IsFrequent(name)))
                && !ChineseCandidates.IsDescription(name, commonWords) && !curatedName.AsSpan(start, end - start).Contains(true))
            {
                yield return new Candidate(start, end, name, EntityType.Organization, 0.7,
                    CandidateSource.BookTitle, Cue: $"before \"{match.Value}\"");
            }
        }
        var personCues = PersonWhoHoldsAPost().Matches(text).Select(m => (Match: m, Says: "a name that opens a sentence saying whose post it holds"))
            .Concat(PersonAfterATitle().Matches(text).Select(m => (Match: m, Says: "a name between a title and its verb")));
        foreach (var (match, says) in personCues)
        {
            var name = match.Groups["name"];
            if (ChineseNameShape.IsPlausiblePersonName(name.Value, commonWords.Contains) && !commonWords.Contains(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.7, CandidateSource.BookTitle, Cue: says);
            }
        }
        // Names a sentence says are firms: whose round is named, what was founded or has a headquarters, is said to be a
        // firm or has its founder named (which open a clause, so they must also start a word there), who one works with, where
        // one held a post before, who reported, what one joins to take a post.
        var firmCues = RoundOfAFirm().Matches(text).Select(m => (Match: m, Says: "a firm whose round is named", OpensAClause: false, Confidence: 0.7))
            .Concat(FoundedOrHeadquartered().Matches(text).Select(m => (Match: m, Says: "a name founded or headquartered", OpensAClause: true, Confidence: 0.7)))
            .Concat(SaidToBeAFirm().Matches(text).Select(m => (Match: m, Says: "a name said to be a firm", OpensAClause: true, Confidence: 0.7)))
            .Concat(WhoseFounderIsNamed().Matches(text).Select(m => (Match: m, Says: "a firm whose founder is named", OpensAClause: true, Confidence: 0.7)))
            .Concat(ChinesePartnerInTalks().Matches(text).Select(m => (Match: m, Says: "a firm one works with", OpensAClause: false, Confidence: 0.7)))
            .Concat(ChineseRivalInItsTrade().Matches(text).Select(m => (Match: m, Says: "a rival named with its trade", OpensAClause: false, Confidence: 0.7)))
            .Concat(FirmOfAFormerPost().Matches(text).Select(m => (Match: m, Says: "a firm where one held a post", OpensAClause: false, Confidence: 0.7)))
            .Concat(OutletThatReported().Matches(text).Select(m => (Match: m, Says: "an outlet that reported", OpensAClause: false, Confidence: 0.7)))
            .Concat(ChineseJoinedAsAPost().Matches(text).Select(m => (Match: m, Says: "a firm joined to take a post", OpensAClause: false, Confidence: 0.75)));
        foreach (var (match, says, opensAClause, confidence) in firmCues)
        {
            var name = match.Groups["name"];
            if (!commonWords.Contains(name.Value) && !ChineseCandidates.IsDescription(name.Value, commonWords)
                && !(opensAClause && commonWords.StartsInsideAWord(text, name.Index)) && !curatedName.AsSpan(name.Index, name.Length).Contains(true))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, confidence,
                    CandidateSource.BookTitle, Cue: $"{says}: \"{match.Groups["cue"].Value}\"");
            }
        }
        // 内置自研的银河大模型: what a firm developed itself is named, with its kind; 言犀是京东探索研究院推出的…: what a sentence
        // opens with and says a firm launched.
        foreach (Match match in ChineseOwnDevelopment().Matches(text).Concat(ChineseSaidToBeLaunched().Matches(text)))
        {
            var name = match.Groups["name"];
            var head = match.Groups["head"];
            // Not what it is for (医学影像大模型, 信贷审批大模型: two everyday words), nor a concept (多模态大模型).
            var own = head.Success ? name.Value[..^head.Length] : name.Value;
            if (!commonWords.IsFrequent(own) && !(head.Success ? commonWords.IsTwoEverydayWords(own) : commonWords.Contains(own))
                && !curated.Any(c => c.Type == EntityType.Concept && c.Start < name.Index + own.Length && name.Index < c.End)
                && !curatedName.AsSpan(name.Index, name.Length).Contains(true))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Product, 0.75,
                    CandidateSource.BookTitle, Cue: "a product its maker developed or launched");
            }
        }
        foreach (Match match in LatinNameBeforeAChineseKind().Matches(text))
        {
            var name = match.Groups["name"];
            if (!curated.Any(c => c.Start < name.Index + name.Length && name.Index < c.End))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Product, 0.8,
                    CandidateSource.BookTitle, Cue: "a Latin name before a Chinese word for a product");
            }
        }
        foreach (var (firm, cue) in new[] { (OwnerOfABrand(), "the owner of a brand or firm"), (UnitWithAPost(), "an arm someone holds a post in"), (FirmAfterItsKind(), FirmAfterItsKindCue) })
        {
            foreach (Match match in firm.Matches(text))
            {
                var name = match.Groups["name"];
                if (!commonWords.Contains(name.Value) && !curatedName.AsSpan(name.Index, name.Length).Contains(true))
                {
                    yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.75,
                        CandidateSource.BookTitle, Cue: cue);
                }
            }
        }
        var modelNumbers = ChineseModelNumber().Matches(text);
        // A brand that is also a word (锋刃) is still a brand when the text numbers two models of it (锋刃F1, 锋刃F2).
        var lines = modelNumbers.GroupBy(m => m.Groups["brand"].Value).Where(g => g.Select(m => m.Value).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (Match match in modelNumbers)
        {
            var brand = match.Groups["brand"];
            if ((!commonWords.Contains(brand.Value) || lines.Contains(brand.Value)) && !commonWords.StartsInsideAWord(text, brand.Index)
                && !curatedName.AsSpan(match.Index, match.Length).Contains(true))
            {
                yield return new Candidate(match.Index, match.Index + match.Length, match.Value, EntityType.Product, 0.7,
                    CandidateSource.BookTitle, Cue: "a brand with its model number");
            }
        }
        foreach (Match match in EnglishNaming().Matches(text).Concat(EnglishKindCalled().Matches(text)).Concat(EnglishQuotedTitle().Matches(text)).Concat(EnglishQuotedTitleThenKind().Matches(text))
            .Concat(CamelCaseNameBeforeItsKind().Matches(text)).Concat(CamelCaseNameThenItsKind().Matches(text)).Concat(EarlierKindThenName().Matches(text)))
        {
            var name = match.Groups["name"];
            yield return new Candidate(name.Index, name.Index + name.Length, name.Value, TypeOf(match.Groups["kind"].Value), 0.8,
                CandidateSource.BookTitle, Cue: $"named as a {match.Groups["kind"].Value}");
        }
        foreach (Match match in ChineseFounded().Matches(text))
        {
            var name = match.Groups["name"];
            if (!commonWords.Contains(name.Value) && !curatedName.AsSpan(name.Index, name.Length).Contains(true))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.8,
                    CandidateSource.BookTitle, Cue: $"founded: \"{match.Groups["cue"].Value}\"");
            }
        }
        foreach (var match in ChineseFormation().Matches(text).Concat(EnglishFormation().Matches(text)))
        {
            var (name, modifier) = (match.Groups["name"], match.Groups["modifier"].Value);
            if (!commonWords.IsFrequent(modifier) && !commonWords.Contains(name.Value) && !LatinLexicon.Default.IsCommon(modifier))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.8,
                    CandidateSource.BookTitle, Cue: $"a unit formed: \"{match.Groups["cue"].Value}\"");
            }
        }
        foreach (Match match in RivalOfAFirm().Matches(text))
        {
            foreach (var name in new[] { match.Groups["owner"], match.Groups["name"] })
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.85, CandidateSource.BookTitle,
                    Cue: "a firm and its rival");
            }
        }
        foreach (var match in EnglishLaunch().Matches(text).Concat(EnglishProductNoun().Matches(text)).Concat(EnglishKindThenName().Matches(text)))
        {
            var name = match.Groups["name"];
            var (start, end) = (name.Index, name.Index + name.Length);
            if (!curated.Any(c => c.Start < end && start < c.End && c.Type != EntityType.Product))
            {
                yield return new Candidate(start, end, name.Value, EntityType.Product, 0.75, CandidateSource.BookTitle,
                    Cue: $"named as a {match.Groups["kind"].Value}");
            }
        }
    }

    private static bool OpensAFirmsName(string text, string name) =>
        name.All(Text.CharClass.IsHan) && FirmHeadsAfterAName.Any(head => text.Contains(name + head, StringComparison.Ordinal));

    private static readonly string[] FirmHeadsAfterAName = ["机器人", "科技", "智能", "智算", "技术", "集团", "公司", "实验室", "研究院", "资本", "创投"];

    private static EntityType TypeOf(string kind) => kind.ToLowerInvariant() switch
    {
        "公司" or "子公司" or "实验室" or "研究院" or "机构" or "团队" or "基金" or "初创公司" or "company" or "startup" or "start-up" or "firm" or "lab" or "organization" or "organisation"
            => EntityType.Organization,
        "活动" or "会议" or "event" or "conference" or "称号" or "荣誉称号" => EntityType.Event,
        "书" or "节目" or "播客" or "book" or "show" or "podcast" or "paper" or "report" or "essay" or "study" or "analysis" or "survey" or "titled" or "entitled" or "wrote" or "authored"
            or "novel" or "memoir" or "film" or "documentary" or "album" or "song" or "poem" => EntityType.Work,
        _ => EntityType.Product,
    };

    /// <summary>
    /// Where a name ending at <paramref name="end"/> starts: two to eight characters back, right after a sentence's end, a
    /// list's colon or separator, a line start, a conjunction, 由 or 股东 ("嘉宾包括：寒武纪|副总裁刘思远", "…，以及蓝湖资本|
    /// 合伙人苏曼", "由极客公园|创始人张鹏主持", "老股东奇绩创坛|跟投"). Found by walking back from the title or the investor's
    /// part, which are rare, rather than by a pattern tried at every character.
    /// </summary>
    private static int? NameBefore(string text, int end)
    {
        for (var start = end - 1; start >= 0 && end - start <= 8; start--)
        {
            var c = text[start];
            if (!(Text.CharClass.IsCjk(c) || char.IsAsciiLetter(c)))
            {
                return "：:、，,。！？；\n".Contains(c) && end - start - 1 >= 2 ? start + 1 : null;
            }
            if (end - start >= 2 && (start == 0 || ListConnectorBefore().IsMatch(text.AsSpan(Math.Max(0, start - 2), Math.Min(2, start)))))
            {
                return start;
            }
        }
        return null;
    }

    [GeneratedRegex("^(?:我们|你们|他们|她们|它们|咱们|我|你|他|她|它)的?$")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\G(?:我们|我|他|她|这|那)(?:是|叫)")]
    private static partial Regex SelfIntroduction();

    [GeneratedRegex("现任|担任|出任|兼任|曾任")]
    private static partial Regex PostTakingVerb();

    [GeneratedRegex("(?:包括|以及|股东|获得|[和与由获])$")]
    private static partial Regex ListConnectorBefore();

    // A title chain right before a person's name (two to four characters, then punctuation or an honorific, or two or three
    // and a verb of speaking or taking part): "副总裁刘思远、", "合伙人白思远主持".
    [GeneratedRegex(@"(?:(?:副|执行|高级)?(?:总裁|首席(?:[\p{IsCJKUnifiedIdeographs}]{1,4}?官|[\p{IsCJKUnifiedIdeographs}]{0,4}?科学家)|联合创始人|创始人|董事长|总经理|合伙人|CEO|CTO)兼?)+(?=[\p{IsCJKUnifiedIdeographs}]{2,4}(?:[，,、。；：:]|$|\s|先生|女士)|[\p{IsCJKUnifiedIdeographs}]{2,3}(?:此前|曾|也|还|近日|日前|已|已经|正式|将)*(?:主持|表示|认为|指出|介绍|透露|参与|参加|出席|发表|宣布|说|到场|致辞|发言|加入|加盟|出任|担任))")]
    private static partial Regex TitleBeforeAPerson();

    [GeneratedRegex("(?:产品线|事业部|事业群|业务线)$")]
    private static partial Regex UnitBeforeTheTitle();

    [GeneratedRegex("^[新前现时首继原候]任$")]
    private static partial Regex Tenure();

    // What opens a sentence or clause and was founded or has a headquarters is a firm: 星途智驾创立于2021年, 星途智驾总部位于广州.
    // Not a verb before a firm the clause describes by its headquarters: 随即加盟总部位于杭州滨江区的衡川数据.
    [GeneratedRegex(@"(?<=^|[。！？；，,;!?\n])(?<name>[\p{IsCJKUnifiedIdeographs}-[这那该此本各每某其我你他她它公]][\p{IsCJKUnifiedIdeographs}]{1,5}?)(?<cue>(?:创立|成立|创办)于|总部(?:位于|设在))(?![\p{IsCJKUnifiedIdeographs}]{2,10}的)")]
    private static partial Regex FoundedOrHeadquartered();

    // What opens a sentence saying it is a firm: 墨岚智能是一家总部位于无锡的工业视觉公司. Not who held a post at one:
    // 卜辰阳此前是一家电商SaaS公司的创始人.
    [GeneratedRegex(@"(?<=^|[。！？；;!?\n])\s*(?<name>[\p{IsCJKUnifiedIdeographs}-[这那该此本各每某其我你他她它公]][\p{IsCJKUnifiedIdeographs}]{1,5}?)(?<cue>是一家|是家|为一家)[^。！？；\n]{0,24}?(?:公司|企业|机构|初创公司|创业公司|独角兽)(?!的?(?:联合创始人|创始人|创办人|首席|CEO|CTO|董事长|总裁|合伙人|高管|员工|工程师|研究员))")]
    private static partial Regex SaidToBeAFirm();

    // What opens a clause and has a founder or chief executive named: 扬子视觉的创始人是….
    [GeneratedRegex(@"(?<=^|[。！？；，,;!?\n])\s*(?<name>[\p{IsCJKUnifiedIdeographs}-[这那该此本各每某其我你他她它公]][\p{IsCJKUnifiedIdeographs}]{1,5}?)(?<cue>的(?:联合创始人|创始人|首席执行官|CEO|董事长)(?:是|为))")]
    private static partial Regex WhoseFounderIsNamed();

    // A name between a title and a verb of founding or speaking, perhaps with an adverb: 东南大学教授钱立言创办, 算法总监王强表示,
    // 副总裁罗珊则表示; or of a founder's past (创始人兼CEO阙远哲毕业于…, 清华博士郦晨共同创立); or on a launch's stage
    // (联合创始人兼CTO宗念北讲解…).
    [GeneratedRegex(@"(?:教授|研究员|工程师|总监|总裁|董事长|创始人|博士|医生|CEO|CTO|首席[\p{IsCJKUnifiedIdeographs}]{1,4}?官)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,3}?)(?:则|也|还|又|亦)?(?:创办|创立|创建|表示|介绍|指出|认为|透露|说|称|毕业于|此前|曾在|曾任|共同创|联合创|讲解|公布|补充|演示|登台|上台)")]
    private static partial Regex PersonAfterATitle();

    // Who opens a sentence saying what post they hold where: 宋清远是远岫资本的创始合伙人.
    [GeneratedRegex(@"(?<=^|[。！？；;!?\n])\s*(?<name>[\p{IsCJKUnifiedIdeographs}]{2,3})是[^，,。；\n]{2,12}?的(?:联合创始人|创始合伙人|创始人|合伙人|首席[\p{IsCJKUnifiedIdeographs}]{1,4}?官|CEO|CTO|总裁|副总裁|董事长|总经理)")]
    private static partial Regex PersonWhoHoldsAPost();

    // Whose round an investor led or joined: 领投了芯原智造的B轮融资.
    [GeneratedRegex(@"(?<cue>领投|参投|跟投|投资)了?(?<name>[\p{IsCJKUnifiedIdeographs}-[这那该此本各每某其我你他她它的一两几]][\p{IsCJKUnifiedIdeographs}]{1,5}?)的(?:[A-E]\+?|Pre-A|天使|种子|新一|最新一)轮")]
    private static partial Regex RoundOfAFirm();

    // A rival named with its trade: 主要竞争对手追光动画, 的竞争对手白鹭游戏也在.
    [GeneratedRegex(@"(?<cue>竞争对手|老对手)(?:包括|是|为|有)?(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与同在是这那该其]]{2,4}(?:动画|游戏|影业|影视|互动|娱乐|文娱))(?=[，,、。；;也还则此已正在将曾和与及等的])")]
    private static partial Regex ChineseRivalInItsTrade();

    // Who a firm talks, signs or forms a joint venture with: 正在和博世洽谈合作, 与宁德时代签署了合作协议, 与上汽成立合资公司.
    [GeneratedRegex(@"(?<=[和与同])(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与同在是这那该其我你他她它们]]{2,5}?)(?<cue>洽谈|谈判|达成|签署|签订|展开|开展|建立|成立)了?(?:战略|深度|全面)?(?:合作|协议|合资公司)")]
    private static partial Regex ChinesePartnerInTalks();

    private const string FormerPost = @"(?:首席[\p{IsCJKUnifiedIdeographs}]{0,4}?(?:官|科学家|架构师|工程师)|负责人|总监|工程师|研究员|科学家|高管|副总裁|总裁|总经理|合伙人)";

    // 此前是联影医疗的算法负责人, 曾任星河智能首席科学家: a post held before belongs to a firm.
    [GeneratedRegex(@"(?<cue>此前是|曾是|曾任|曾担任|此前担任)(?:(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与及在是这那该其我你他她它们一两]]{2,5}?)的[\p{IsCJKUnifiedIdeographs}-[的]]{0,4}?|(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与及在是这那该其我你他她它们一两]]{2,6}?))" + FormerPost)]
    private static partial Regex FirmOfAFormerPost();

    // 据健康界报道, 据晚点LatePost消息: who reported is an outlet.
    [GeneratedRegex(@"(?<=^|[，,。；\s])(?<cue>据)(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与及在是这那该其我你他她它们一两多有]]{2,6}?)(?:报道|消息|披露|援引)")]
    private static partial Regex OutletThatReported();

    // An investor's part in a round: 由蓝湖资本领投, 老股东奇绩创坛跟投, 老股东泊川资本持续跟投, 闻蘅个人跟投 (the adverb no part of the name).
    [GeneratedRegex("(?:(?:持续|继续|再次|超额|个人)(?=(?:联合)?(?:领投|跟投|参投)))?(?:联合)?(?:领投|跟投|参投)")]
    private static partial Regex InvestorsPart();

    // A two-character brand and a model number: 思元590, 昇腾910B, 星衍H1. Not a count or a date (均价2680元, 于2010年,
    // 率达65.17%): the brand holds no function word, and the number is no year, has no leading zero and is followed by
    // punctuation, a particle or an adverb, not by a unit or a decimal point (营收12.6亿元).
    [GeneratedRegex(@"(?<brand>[\p{IsCJKUnifiedIdeographs}-[至于达在将仅已有发为是了的和与及或等约近超共计到从每第曾携带用把被让以]]{2})(?:(?!(?:19|20)\d\d(?!\d))[1-9]\d{1,4}[A-Z]?|[A-Z]\d{1,3})(?![.,]\d)(?=[和与及的已将是在也还被由，。、；：）」”\s,.;:)]|$|采用|支持|转向|主打|贡献|搭载|送样|量产|上市|发布|首发|能否|实现|出货|进入|预计|正式|成为|获得|通过|系列|芯片|能效|性能)")]
    private static partial Regex ChineseModelNumber();

    // 旗下的开源项目, 旗下研究机构: what kind of thing a firm owns, not its name.
    [GeneratedRegex("(?:项目|机构|公司|企业|平台|业务|部门|团队|产品|基金|工厂|门店|产业|品牌|媒体|资产|工作室)$")]
    private static partial Regex GenericOwnedKind();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}A-Za-z]旗下的?)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,4}?)(?=品牌|子品牌|[，,。、；;]|较早|已经|已|也|还|正在|则|推出|发布)")]
    private static partial Regex OwnedAfterQixia();

    [GeneratedRegex(@"(?<head>模型|大模型|基座模型|基础模型|车型|芯片|机器人)(?:为|是|叫做|叫|名为|称为)?(?<name>(?<line>[\p{IsCJKUnifiedIdeographs}]{2,4}?)(?:[1-9][0-9]?(?:\.[0-9])?|[A-Z][0-9]{1,3}|-[1-9][0-9]?))(?![0-9A-Za-z.%年月日号亿万个倍])")]
    private static partial Regex ChineseKindThenVersionedName();

    // A product line holds no particle or verb (模型参数量达到3, 芯片数量超过2).
    private static readonly char[] NoLineCharacters = "的了在是为将把被达到约超过共计有和与及等个款台万亿元发布推出本报".ToCharArray();

    [GeneratedRegex(@"(?<cue>名为|叫做|叫|称为|名叫)\s*(?:(?<quoted>[‘'“""「])(?<name>[^’'”""」\n，。,]{2,20})[’'”""」]|(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·]{2,12}?))\s*的?(?<head>功能|系统|产品|应用|平台|模型|工具|服务|助手|公司|初创公司|机构|团队|基金|活动|会议|书|节目|播客|项目|)")]
    private static partial Regex ChineseNaming();

    // "成立超级智能团队", "组建了一个新的机器人实验室", "我们的气候创新基金", "与浙江大学合办的智能金融研究中心", "牵头成立智能制造产业联盟",
    // "共建“具身智能联合实验室”": a team, lab, alliance or
    // fund being set up, or one "we" call ours, has a name, unless an everyday word describes it (研发团队).
    [GeneratedRegex(@"(?<cue>成立|组建|创建|设立|创立|我们的|合办的|共建的|共建)了?(?:一个|一支|新的?)?[“""「『]?(?<name>(?<modifier>[\p{IsCJKUnifiedIdeographs}-[的了和与及等个支]]{2,8}?)(?:团队|小组|实验室|研究院|研究所|研究中心|学院|基金|部门|联盟))")]
    private static partial Regex ChineseFormation();

    // "已正式加入昆仑引擎，担任首席架构师": what one joins to take a post is a firm.
    [GeneratedRegex(@"(?<cue>加入|加盟)了?\s*(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,8}?)\s*[，,]\s*(?:担任|出任|任职|任)")]
    private static partial Regex ChineseJoinedAsAPost();

    // "共同创办了千手机器人。": what was founded, up to its head noun and the clause's end, is a firm, whatever its first
    // characters read as on their own (千手 is a numeral word to jieba); not one pointed back to (创立了这家公司).
    [GeneratedRegex(@"(?<cue>创办|创立|创建)了?\s*(?<name>(?![了这那该此本其])[\p{IsCJKUnifiedIdeographs}]{2,6}?(?:" + OrganizationHeadCandidates.Heads + @"))(?=[。，,；;、]|$)")]
    private static partial Regex ChineseFounded();

    // "the formation of the superintelligence team", "we're launching the Superalignment team".
    [GeneratedRegex(@"\b(?<cue>formation of|launch(?:ing|ed)?|form(?:ing|ed)?|set(?:ting)? up|creat(?:ing|ed)|establish(?:ing|ed))\s+(?:the|a|an|our|its|their)\s+(?:new\s+)?(?<name>(?<modifier>[A-Za-z][\w-]+)\s+(?:team|lab|unit|group|fund))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFormation();

    // "新一代语音助手“听风”", "旗下大模型「灵犀」", "独立子公司“澜影医疗”": the kind of thing, then its name in quotes; not a
    // plan's name after its owner (公司“行业大模型+”战略).
    // Not what several things say together (三家公司“合计占据约四成市场份额”).
    [GeneratedRegex(@"(?<![两二三四五六七八九十几多数][家款个种位台])(?<head>助手|模型|芯片|应用|平台|产品|系统|机器人|工具|软件|App|APP|播客|节目|SUV|车型|轿车|手机|子公司|公司|实验室|研究院|数字人|导览服务|服务|客服|学习机)\s*[“「『""‘](?<name>[^”」』""’\n，。,、]{1,12})[”」』""’](?!\s*(?:战略|计划|工程|行动|理念|愿景|模式))")]
    private static partial Regex ChineseKindThenQuote();

    // "枢衡智能的“衡言-3”模型", "旗下「灵犀」助手", "自主研发的“途灵”驾驶系统", "牵头研发的“海擎”智能调度系统", "通过“合肥通”App", "新推出的“豪沃TX”电动底盘": a
    // thing quoted, then its kind; and a product line or an honour quoted anywhere ("核心为“锋刃”系列AI推理芯片", "获颁“喻园创业之星”称号").
    [GeneratedRegex(@"(?<=的|旗下|推出|发布|了|款|通过|使用|下载)\s*[“「『""](?<name>[^”」』""\n，。,、]{1,12})[”」』""]\s*[\p{IsCJKUnifiedIdeographs}]{0,4}?(?<head>大模型|模型|助手|芯片|应用|平台|系统|机器人|智能体|数字人|学习机|小程序|App|APP|底盘|卡车|汽车|车型|手机|眼镜|耳机|服务器|电池)|(?<=[\p{IsCJKUnifiedIdeographs}：:])[“「『""](?<name>[^”」』""\n，。,、]{1,12})[”」』""](?<head>系列|荣誉称号|称号)")]
    private static partial Regex ChineseQuoteThenKind();

    // 智片医疗研发的“明鉴”宫颈细胞病理图像辅助诊断软件: what a maker developed, quoted before a long description of its kind.
    [GeneratedRegex(@"(?<=(?:研发|开发|推出|发布|打造)的)\s*[“「『""](?<name>[^”」』""\n，。,、]{1,12})[”」』""]\s*[\p{IsCJKUnifiedIdeographs}]{5,16}?(?<head>软件|系统|平台|设备|机器人|芯片|应用|模型)")]
    private static partial Regex ChineseDevelopedThenQuoted();

    // 把模型从“金枢2.0”升级至深言智能新推出的“金枢3.0”: what a thing is upgraded from and to are versions of a product.
    [GeneratedRegex(@"(?:(?<=从)\s*[“「""](?<name>[^”」""\n，。,、]{1,12})[”」""](?=\s*(?:升级|迭代|更新|切换)(?:至|到|为|成))|(?<=(?:升级|迭代|更新|切换)(?:至|到|为|成)[^“「""，。,；\n]{0,12}?)[“「""](?<name>[^”」""\n，。,、]{1,12})[”」""])")]
    private static partial Regex ChineseQuotedUpgrade();

    // "其YOYO智能体", "阶跃星辰的Step系列": a Latin name before a Chinese word for a product or a product line.
    [GeneratedRegex(@"(?<=其|的|款|旗下)(?<name>[A-Za-z][A-Za-z0-9-]{1,15})(?=智能体|助手|大模型|系列|手机|芯片|学习机)")]
    private static partial Regex LatinNameBeforeAChineseKind();

    // "曾任华为旗下海思的芯片设计总监": an arm of a firm that someone holds a post in.
    [GeneratedRegex(@"(?<=旗下)(?<name>[\p{IsCJKUnifiedIdeographs}-[的了和与及是这那该其各]]{2,4}?)(?=的[\p{IsCJKUnifiedIdeographs}]{0,6}?(?:总监|负责人|总经理|工程师|研究员|副总裁|首席[\p{IsCJKUnifiedIdeographs}]{1,4}?官|主管))")]
    private static partial Regex UnitWithAPost();

    // 杭州智能体初创公司芥舟智能宣布完成…, 北京合成数据服务商麦垄数据完成A轮融资: a funding item names its firm after what kind of firm it is,
    // in bold too (its stars blanked by now), with its English name in brackets (深圳具身智能公司**衡川智能**（Hengchuan Robotics）宣布, AI编程智能体公司**Quillfern**完成).
    [GeneratedRegex(@"(?<=(?:公司|企业|服务商|供应商|厂商|独角兽)(?:\*\*|  )?)(?<name>[\p{IsCJKUnifiedIdeographs}-[这那该此本其今去近日已将正的了和与及在是也还于]][\p{IsCJKUnifiedIdeographs}]{1,5}?|\p{Lu}[A-Za-z0-9]{2,20}(?: \p{Lu}[A-Za-z0-9]+){0,2})(?=(?:\*\*|  )?(?:[（(][A-Za-z][^（）()\n]{1,40}[）)])?(?:宣布|完成|获得?|近日|日前|正式))")]
    private static partial Regex FirmAfterItsKind();

    // "学而思是好未来旗下品牌": who owns a brand or firm.
    [GeneratedRegex(@"(?<=是|为)(?<name>[\p{IsCJKUnifiedIdeographs}]{2,5}?)(?:旗下|下属)的?(?:品牌|公司|子公司|业务)")]
    private static partial Regex OwnerOfABrand();

    [GeneratedRegex(@"(?<=自研的|自主研发的)(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,4}?(?<head>大模型|数字人|智能体))")]
    private static partial Regex ChineseOwnDevelopment();

    [GeneratedRegex(@"(?<=^|[。！？；;!?\n])\s*(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,6}?)是[^，,。；;\n]{2,20}?(?:推出|发布|开发|研发|打造)的[^，,。；;\n]{0,12}?(?:产品|模型|大模型|数字人|助手|平台|应用|系统|芯片|智能体)")]
    private static partial Regex ChineseSaidToBeLaunched();

    private const string ProductKinds =
        "(?:language model|model|app|application|chatbot|robot|chip|processor|accelerator|assistant|agent|tool|platform|service|browser|device|smartphone|phone|headset|glasses|feature)s?";

    // "released Atlas, a new language model", "unveiled Kite, its first humanoid robot".
    [GeneratedRegex(@"\b(?:released|launched|unveiled|introduced|debuted|shipped|open-sourced|announced|rolled out|releases|launches|unveils|introduces|debuts|ships|open-sources|announces)\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w.-]*\+?){0,2}),\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?<kind>" + ProductKinds + @")\b")]
    private static partial Regex EnglishLaunch();

    // "the Nimbus app", "the Kite robot", "the Talon inference chip", "Corvid's Sentry cameras": a capitalised name right
    // before the kind of product it is.
    [GeneratedRegex(@"(?:\bthe|[A-Z][\w-]*(?:'s|’s))\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:inference|AI|humanoid|smart|voice|coding|edge)\s+)?(?<kind>app|chatbot|assistant|browser|headset|smartphone|robot|chip|processor|camera|glasses)s?\b")]
    private static partial Regex EnglishProductNoun();

    // 'The paper, "Verify Then Answer," was …', 'whose novel "The Salt Orchard" was …': a work's title quoted after its kind.
    // "a joint report by the trust and the university, "Silent Sentinels: …"", "an internal analysis …, titled "Bylines Without Reporters"".
    [GeneratedRegex(@"\b(?:(?<kind>paper|book|report|essay|study|analysis|survey|podcast|novel|memoir|film|documentary|album|song|poem)(?:\s+(?:by|from)\s+[^""“”\n.;]{1,50}?)?|(?<kind>titled|entitled)|(?<=\b(?:she|he|they|we|I)\s+(?:co-)?)(?<kind>wrote|authored))\s*,?\s*[""“](?<name>[A-Z][^""“”\n]{2,100}?)[,.]?[""”]")]
    private static partial Regex EnglishQuotedTitle();

    // ""Powering the Compute Boom," a report published last month by …": the title, then what it is.
    [GeneratedRegex(@"[""“](?<name>[A-Z][^""“”\n]{2,100}?)[,.]?[""”]\s*,?\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?<kind>paper|book|report|essay|study|analysis|survey|podcast|novel|memoir|film|documentary)\b")]
    private static partial Regex EnglishQuotedTitleThenKind();

    // "the maker of the LaneMind routing model": a name with a capital inside (a brand's shape, no person's), then its kind.
    [GeneratedRegex(@"\bthe\s+(?<name>[A-Z][a-z]+(?:[A-Z][a-z]+)+)\s+(?:[a-z-]+\s+){0,2}?(?<kind>model|platform|app|assistant|chatbot|chip|tool|software|system)\b")]
    private static partial Regex CamelCaseNameBeforeItsKind();

    // "NewsDraft succeeded RecapBot, the company's earlier product", "SnapID, an older classifier".
    [GeneratedRegex(@"\b(?<name>[A-Z][a-z]+(?:[A-Z][a-z]*)+)\s*,\s*(?:the\s+company['’]s|its|an?|the)\s+(?:[\w-]+\s+){0,3}?(?<kind>model|product|classifier|planner|tool|app|assistant|chatbot|platform|system)\b")]
    private static partial Regex CamelCaseNameThenItsKind();

    // "replaced the company's earlier rules-based planner, Relay": an earlier product's kind, then its name.
    [GeneratedRegex(@"\b(?:earlier|older|previous|former|original)\s+(?:[\w-]+\s+){0,2}?(?<kind>model|product|classifier|planner|tool|app|assistant|chatbot|platform|system)\s*,\s*(?<name>[A-Z][\w-]*)(?=\s*[,.]|\s+(?:in|on|that|which)\b)")]
    private static partial Regex EarlierKindThenName();

    // "its autonomy stack, called Kestrel OS": the kind of product, then its name.
    [GeneratedRegex(@"\b(?<kind>stack|software|platform|system|model|app|tool|assistant|chatbot|chip|robot|agent)s?,?\s+(?:called|named|dubbed)\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:\s+\d{1,3}(?:\.\d)?\b)?)")]
    private static partial Regex EnglishKindCalled();

    // "Udio's rival Suno": a firm, then its rival.
    [GeneratedRegex(@"\b(?<owner>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:'s|’s)\s+(?:(?:main|chief|closest|biggest|nearest|larger|smaller)\s+)?(?:rival|competitor)\s+(?<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")]
    private static partial Regex RivalOfAFirm();

    // "whose voice app Chartwell writes …", "its coding model Devon": a firm's kind of product, then its name.
    [GeneratedRegex(@"\b(?:its|whose|their)\s+(?:[a-z-]+\s+){0,2}?(?<kind>app|model|chatbot|assistant|robot|chip|agent)\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z0-9][\w.-]*)?)")]
    private static partial Regex EnglishKindThenName();

    [GeneratedRegex(@"\b(?:a|an|the|something|some|new)\s+(?:(?:new|little|small|AI)\s+)?(?<kind>feature|product|app|tool|model|system|service|assistant|company|startup|start-up|firm|lab|podcast|show|book|event|conference|something)?\s*called\s+(?<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")]
    private static partial Regex EnglishNaming();
}
