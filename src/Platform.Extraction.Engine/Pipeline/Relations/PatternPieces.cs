namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>The small pieces the cue patterns are built from, shared so that every cue reads text the same way.</summary>
internal static class PatternPieces
{
    /// <summary>What an investor does with a funding round: "co-led", "joined", "took part in".</summary>
    /// <summary>A programme's roles before a speaker's name: "演讲嘉宾：", "主持人：", a roundtable's "对话嘉宾：".</summary>
    public const string ChineseSpeakerRoles = "(?:致辞|演讲|分享|对话|颁奖|特邀)嘉宾|发布人|主讲人|主持人|报告人";

    public const string RoundVerb = @"(?:co-led|led|joined|took\s+part\s+in|participated\s+in)";

    /// <summary>A lettered or named round: A轮, B+轮, Pre-A 轮, 天使轮, 种子轮.</summary>
    public const string LetteredRound = @"(?:(?:Pre-|pre-)?[A-F]\+?[ \t]?|天使\+?|种子|战略)轮";

    /// <summary>What a firm ranks its customers or suppliers by: 2025年前五大(客户).</summary>
    public const string TopList = @"(?:(?:19|20)\d\d年度?)?前[一二三四五六七八九十\d]+大";

    /// <summary>Any text within the clause that names nothing but, perhaps, a concept ("旗舰 AI 产品").</summary>
    public static string Gap(int max) => GapNaming("C", max);

    /// <summary>Any text within the clause, where places, dates and concepts may be named ("于2021年在深圳南山区").</summary>
    public static string GapWithPlaces(int max) => GapNaming("LC", max);

    /// <summary>
    /// Text up to the end of the clause's sentence where other names may stand (a product, a place, another organisation):
    /// for the subject of a sentence carried past a comma ("智谱AI发布了GLM-4.5，并与中国移动…").
    /// </summary>
    public static string GapAcrossNames(int max) => GapNaming("ORLCE", max);

    /// <summary>Like <see cref="GapAcrossNames"/>, and works may be named too ("…合作的论文《…》获…奖").</summary>
    public static string GapAcrossNamesAndWorks(int max) => GapNaming("ORLCEW", max);

    /// <summary>Like <see cref="GapAcrossNames"/>, and people may be named too ("衡川网络由前淘宝搜索团队负责人邵明哲于2022年在杭州创办").</summary>
    public static string GapAcrossAllNames(int max) => GapNaming("PORLCE", max);

    /// <summary>Up to <paramref name="max"/> characters of one sentence, where only names of the given type letters may stand.</summary>
    private static string GapNaming(string typeLetters, int max) => $"(?:[^⟦⟧。.!?！？;；\\n]|⟦\\d+:[{typeLetters}]⟧){{0,{max}}}?";

    /// <summary>A character of an amount ("$1.5 billion", "4,000"); the template writes its separators as U+066B and U+066C.</summary>
    public const string AmountDigit = @"[\d.,\u066B\u066C]";

    /// <summary>"Meta's", "Helix Robotics' chief" (a name ending in s takes the apostrophe alone), "微软的".</summary>
    public const string Possessive = @"(?:'s|’s|['’](?=\s)|的)?";

    /// <summary>A closing quotation mark or bracket after a name ("“OpenAI”联合创始人", "微软（Microsoft）CEO").</summary>
    public const string CloseQuote = @"[”""’」』）)]?";

    /// <summary>"its"/"their", or the organisation an "its" stands for (<see cref="CompanyAnaphora"/>).</summary>
    public const string Its = @"(?:its|their|⟦\d+:[OS]⟧)";

    /// <summary>The words of <see cref="Honorific"/>, without their full stop.</summary>
    public const string HonorificWords = "Dr|Prof|Mr|Ms|Mrs";

    /// <summary>A label before a firm's founders: "Founders: A; B", "创始人：陆星野、曹闻笛".</summary>
    /// <summary>An event's sponsor and partner fields by tier or kind ("Gold sponsors:", "Media partner:").</summary>
    public const string SponsorLabels = @"Sponsors?|(?:Platinum|Gold|Silver|Bronze|Diamond|Title|Presenting|Founding|Lead)[ \t]+sponsors?|(?:Community|Media|Technology|Ecosystem|Academic|Industry)[ \t]+partners?";

    public const string FounderLabels = "Founders?|Founded by|创始人|创办人";

    /// <summary>The degrees a Chinese résumé gives after a school: 北京大学计算机博士, 斯坦福大学MBA.</summary>
    public const string ChineseDegrees = "本科|硕士|博士|学士|MBA|EMBA";

    /// <summary>A table's age cell between a name's and its titles' ("| Colin Ferrand | 52 | Chief Financial Officer |"), or a profile's age ("**骆成蹊**，42 岁，董事长").</summary>
    public const string AgeCell = @"(?:\d{1,3}[ \t]*(?:\||岁[ \t]*[，,])[ \t]*)?";

    /// <summary>A title before a person's name that is no post: "Dr. Amara Okeke".</summary>
    public const string Honorific = @"(?:(?:" + HonorificWords + @")\.?\s+)?";

    public const string Comma = @"\s*[,，]?\s*";

    /// <summary>What a supplier does for a firm: "晶圆代工由台积电承担", "激光雷达由禾赛科技供应".</summary>
    public const string SupplyVerb = "(?:承担|代工|供应|供货|提供)";

    /// <summary>A prospectus's customer by rank: "第一大客户", "第二、三大客户".</summary>
    public const string RankedCustomer = "第[一二三四五六七八九十、]+大客户";

    /// <summary>A firm's customers, before they are named: "主要客户包括…", "首批客户为…".</summary>
    public const string CustomersNamed = "(?:首批|主要|核心|重要|第一批)客户(?=包括|有|为|是)";

    /// <summary>Winning a prize, and the year it was for: "获", "荣获了", "获2026年度".</summary>
    public const string WinningAPrize = @"(?:荣获|获得|摘得|斩获|获)了?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*";

    /// <summary>A title over a function, before "of" and what it covers: "VP of Partnerships", "Head of Growth".</summary>
    public const string TitleOverAFunction = @"(?:VP|SVP|EVP|Vice\s+President|Head|Director)";

    /// <summary>What a firm is to a filer's deal: "独立财务顾问", "法律顾问", "评估机构".</summary>
    public const string AdviserOfADeal = "(?:财务顾问|法律顾问|评估机构|审计机构)";

    /// <summary>The broker that sponsors a listing: "保荐机构为中信证券".</summary>
    public const string ListingSponsor = "保荐(?:机构|人)";

    /// <summary>A firm's rivals, before they are named: "主要对手为…", "海外竞争对手包括…".</summary>
    public const string RivalsNamed = "(?:竞争)?对手(?=为|是|包括|有)";

    /// <summary>
    /// What a firm buys from a supplier: "采购自", "ABF载板来自…", "设备则来自…"; not where people or a firm come from
    /// ("核心团队多来自华为海思", "来自深圳的元象智算").
    /// </summary>
    public const string SuppliedFrom = @"(?:(?:采购|购)自|(?<=(?:载板|设备|材料|原料|芯片|晶圆|零部件|部件|电池|面板|钢|器件|模组|传感器)(?:则|均|主要|全部|大多)?(?:⟦\d+:O⟧)?)来自)";

    /// <summary>What a firm is, said before its name: "the Boston-based investment firm X", "the South Korean conglomerate X", "the Setúbal freight forwarder X".</summary>
    public const string FirmDescribedBefore =
        @"(?:(?:a|an|the)\s+(?:⟦\d+:L⟧(?:-based)?\s+)?(?:[\w-]+\s+){0,3}?(?:company|firm|start-?up|group|fund|conglomerate|maker|lab|forwarder|provider|developer|operator)\s+)?";

    /// <summary>What may stand between a title and the name it belongs to: a comma, colon or dash, doubled or not.</summary>
    public const string Apposition = @"\s*(?:[,，:：]{1,2}|——|—|–|--)?\s*";

    /// <summary>Which of several holders of a title someone is: "Quillfeather's third co-founder", "our first CTO".</summary>
    public const string Ordinal = @"(?:(?:first|second|third|fourth|fifth|founding|longtime|long-time)\s+)?";

    /// <summary>
    /// A short Chinese qualifier of a title ("全球事务" in 全球事务总裁, "首席AI" in 首席AI科学家, where AI is a concept); never
    /// a particle or verb that starts a clause.
    /// </summary>
    public const string ChineseQualifier = @"(?:[\p{IsCJKUnifiedIdeographs}-[的是在和与了及等]]|\s*⟦\d+:C⟧\s*){0,6}?";

    /// <summary>
    /// An aside between a subject and its verb — "X, who previously worked at Y, co-founded Z", "X, one of the
    /// co-founders of Y, later started Z" — and an adverb before the verb. An aside naming another person is about that
    /// person ("Daniel Kim, and today I'm talking with Priyanka Rao, head of …").
    /// </summary>
    public const string Aside = @"(?:\s*[,，](?:[^,，.;!?。！？；\n⟦⟧]|⟦\d+:[OLCRSEW]⟧){0,100}?[,，])?\s*(?:\w+\s+)?";

    /// <summary>The copula and determiners that may stand between a name and the title that describes it.</summary>
    public const string Copula = @"(?:(?:现在|目前|如今|还是|仍是|也是|是|为|担任|出任|现任|任(?![何务命职])|who is|who was|is|was|will be|will become|becomes|serves as|served as|as|now|currently|became|has been|remains|the|a|an|one of(?: the)?)\s*)*";

    /// <summary>What says that a description belongs to every name of a list before it: "A and B are …", "A和B都是…".</summary>
    public const string PluralCopula = @"(?:(?:are|were|both|all|都是|均为|都为|分别是|同为|都)\s*)+";

    /// <summary>The year or ordinal a Chinese text names an event's edition with, outside its name: 第九届世界人工智能大会, 2026世界人工智能大会.</summary>
    public const string EventOrdinal = @"(?:(?:19|20)\d{2}\s*年?\s*)?(?:第[一二三四五六七八九十百\d]+届\s*)?";
}
