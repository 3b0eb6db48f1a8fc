using static Platform.Extraction.Engine.Pipeline.Relations.PatternPieces;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// How a sentence says what a person is to an organisation: a title before or after the name
/// (<see cref="RoleNouns"/>), founding, joining, leading, having worked there.
/// </summary>
internal static class EmploymentPatterns
{
    // "… in 2015 with", "… in Rotterdam in 2019 with her former MIT labmate": when and where a firm was founded, then with whom.
    // A title's organisation may be a zero-width mention right before it ("with chief executive Lotte de Wit").
    private const string FoundedWith = @"\s+(?:in\s+(?:\d{4}|⟦\d+:L⟧)\s+){0,2}with\s+(?:\w+\s+|⟦\d+:[OL]⟧\s*){0,4}?";

    // "spent six years as a research scientist at Google DeepMind".
    private const string SpentAs = @"(?:\s+as\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?";

    private const string Titles = RoleNouns.Chain;

    // What a board does to an officer (选举X为董事长, 聘任Y为总经理).
    private const string BoardAppoints = "(?:选举|聘任|任命|聘请)";

    // "协会会长、资深配音演员季晓岚", "协会会员、曾为《山海小侠》配音的青年演员唐一舟": what else the person is, between the title and the name.
    private const string DescriptionAfterATitle = @"\s*、\s*(?:[\p{IsCJKUnifiedIdeographs}]|《?⟦\d+:W⟧》?){2,24}?(?=⟦\d+:P⟧)";
    private const string Former = RoleNouns.Former;

    // "founded in Beijing in 2021 by": where and when, before the founders.
    private const string FoundedWhereAndWhen = @"(?:(?:in\s+(?:\d{4}|⟦\d+:L⟧)|last\s+year|this\s+year)\s+){0,2}";

    // 2015年至2019年, 2019年3月—2026年11月: a period that has ended.
    private const string ClosedPeriod = @"(?:19|20)\d\d年(?:\d{1,2}月)?\s*(?:至|到|-|—|－)\s*(?:19|20)\d\d年(?:\d{1,2}月)?";

    // Not the first of two organisations that run what is led (领导|澜舟数智与香港科技大学合办的研究中心).
    private const string NotOneOfItsRunners = @"(?!\s*(?:与|和)\s*⟦\d+:O⟧)";

    // "Paramount's executive vice president for business affairs, Lauren Okafor": what the post covers, in lower case.
    // "B.Tech.", "M.B.A.", "Ph.D.": a degree written with its full stops.
    // What follows a school in a Chinese résumé: the subject perhaps (计算机科学), then the degree, then the clause's end.
    private const string ChineseDegree = @"[\p{IsCJKUnifiedIdeographs}A-Za-z]{0,8}?(?:" + PatternPieces.ChineseDegrees + @")(?:学位|学历)?(?=[，,。；;、\s]|$)";

    private const string Degree = @"(?:doctorate|PhD|Ph\.D\.|degree|master's|bachelor's|MBA|M\.B\.A\.|(?:B|M)\.(?:Sc|Tech|Eng|Phil|A|S)\.|(?:B|M)(?:Sc|Eng|Phil|A|S)|DPhil)";

    // A stay as a visiting scholar or student ("从事访问研究", "做访问学者", "交流学习"), which is no employment.
    private const string VisitingStay = @"\s*(?:从事|做|进行|担任)?(?:访问|交流)(?:研究|学习|学者)";
    private const string NotAVisit = "(?!" + VisitingStay + ")";

    private const string WhatTheTitleIsFor = @"(?:\s+(?:for|of)\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?=\s*,))?";

    // "joined the union's picket lines": what one joined is the organisation's, not the organisation.
    private const string NotItsPossession = @"(?!\s*(?:'s|’s)\s)";

    // "…, and her co-founder Tomas Lindqvist": "her" stands for the firm they founded, which is no list member.
    private const string NotACoFoundersFirm = @"(?!\s*co-?founders?\b)";

    // A title ending a description must not be the title of the next name ("X, OpenAI CEO Sam Altman and …"), nor the first
    // of that name's titles, nor part of one (郑立群，翊星智能董事|长兼首席执行官卢少棠).
    private const string NotBeforeAName = @"(?!\s*(?:[,，:：]|——|—|–|--)?\s*\p{IsCJKUnifiedIdeographs}{0,10}⟦\d+:P⟧)";

    /// <summary>
    /// "a startup founded by", then what the founders were before: "former Google researcher", "ex-DeepMind engineers".
    /// </summary>
    private static string FirmFoundedBy(string verb) =>
        $@"(?:a|an|the)\s+(?:(?:[\w-]+|⟦\d+:[LC]⟧)\s+){{0,2}}?(?:startup|start-up|company|firm|lab|laboratory|venture|studio)\s+{verb}\s+(?:in\s+\d{{4}}\s+)?by\s+" + WhatFoundersWere;

    // "由前百度自动驾驶事业部技术负责人贺知秋和…联合创立": what the first founder was, up to the name.
    private static readonly string WhatChineseFoundersWere = @"(?:前?\s*(?:⟦\d+:O⟧\s*)?(?:[^⟦⟧，,。；、和与]|⟦\d+:C⟧){0,12}?" + RoleNouns.Uncaptured + @"\s*)?";

    private const string WhatFoundersWere = @"(?:(?:former|ex-)\s*)?(?:⟦\d+:[OS]⟧\s*(?:'s|’s)?\s+)?(?:[a-z-]+\s+){0,2}?";

    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // Titles: "OpenAI chief executive Sam Altman", "英伟达创始人兼首席执行官黄仁勋", "前OpenAI首席技术官米拉·穆拉蒂". Not a post
        // someone before took up: in "梁思齐担任公司董事长兼首席执行官，顾北辰任…" the titles are 梁思齐's.
        // 原 before a named firm is "formerly of" it too (原阿里云副总裁邓子衿).
        new(RelationPattern.FromRoles, $@"(?<!(?:担任|出任|升任|接任|任)\s*)(?:(?:{Former}|(?<former>原)(?=⟦\d+:O⟧[\p{{IsCJKUnifiedIdeographs}}]))\s*)?{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*{Ordinal}(?:(?:other|fellow)\s+)?(?:{Former}\s*)?{Titles}{WhatTheTitleIsFor}(?:{DescriptionAfterATitle}|{Apposition}){{P:s}}"),
        // "Mark Zuckerberg, Meta's chief executive", "杨植麟是月之暗面的创始人", "Sam Altman is one of OpenAI's co-founders".
        new(RelationPattern.FromRoles, $@"{{P:s}}{Apposition}{Copula}(?:{Former}\s*)?{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*{Ordinal}(?:{Former}\s*)?{Titles}{NotBeforeAName}"),
        // "中国科学院院士、复旦大学教授葛惟中": the first of a person's posts listed before the name.
        new(RelationPattern.FromRoles, $@"{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*{Titles}\s*、\s*(?:⟦\d+:O⟧\s*{Possessive}\s*{ChineseQualifier}\s*{RoleNouns.Uncaptured}\s*、\s*){{0,2}}⟦\d+:O⟧\s*{Possessive}\s*{ChineseQualifier}\s*{RoleNouns.Uncaptured}\s*{{P:s}}"),
        // "扬子视觉的创始人是前海康威视算法总监孟晓川": the post, then who holds it, perhaps after what they were.
        new(RelationPattern.FromRoles, $@"{{O:o}}{CloseQuote}\s*的\s*{ChineseQualifier}\s*{Titles}\s*(?:是|为)\s*(?:前?\s*(?:⟦\d+:O⟧\s*)?{ChineseQualifier}{RoleNouns.Uncaptured}\s*)?{{P:s}}"),
        // "该公司位于无锡市新吴区，总经理为韩子嵘先生", "公司总经理为林屹舟先生": a post the organisation just named has, and who holds it.
        new(RelationPattern.FromRoles, $@"{{O:o}}(?:{GapWithPlaces(30)}[，,])?\s*{Titles}\s*为\s*{{P:s}}"),
        // "设立南京拓衡智算研究院，院长由公司首席科学家戴明樾博士担任".
        new(RelationPattern.FromRoles, $@"{{O:o}}\s*[，,]\s*{Titles}\s*由\s*(?:⟦\d+:O⟧\s*{ChineseQualifier}{RoleNouns.Uncaptured}\s*)?{{P:s}}\s*(?:博士|教授|先生|女士)?\s*(?:担任|出任|兼任)"),
        // "Sundar Pichai, chief executive of Google and Alphabet", "Ilya Sutskever, one of the co-founders of OpenAI".
        // "Anjali Rao, director of the lab's Grid Analytics Group": the title is the unit's.
        new(RelationPattern.FromRoles, $@"{{P:s}}{Apposition}{Copula}(?:{Former}\s*(?:(?:a|an|the)\s+)?)?{Titles}\s+(?:of|at|for|in)\s+(?:{FirmDescribedBefore}|the\s+)?(?:⟦\d+:O⟧\s*(?:'s|’s)\s+)?{{O:o+}}"),
        // "Owen Tate, a former Nvidia engineer, is the chief technology officer of Pavo Robotics".
        new(RelationPattern.FromRoles, $@"{{P:s}}\s*[,，](?:[^,，.;!?。！？；\n⟦⟧]|⟦\d+:[OLCRSEW]⟧){{0,80}}?[,，]\s*{Copula}(?:{Former}\s*)?{Titles}\s+(?:of|at|for)\s+(?:the\s+)?{{O:o+}}"),
        // "Bettina Kovalainen, a former engineering director at Meta, is Quorvex Labs' new head of infrastructure".
        new(RelationPattern.FromRoles, $@"{{P:s}}\s*[,，](?:[^,，.;!?。！？；\n⟦⟧]|⟦\d+:[OLCRSEW]⟧){{0,80}}?[,，]\s*{Copula}{{O:o}}{CloseQuote}\s*{Possessive}\s*(?:new|current|interim|acting)?\s*{Titles}{NotBeforeAName}"),
        // "Demis Hassabis and Shane Legg are co-founders of DeepMind", "达里奥和丹妮拉都是Anthropic的联合创始人".
        new(RelationPattern.FromRoles, $@"{{P:s+}}{Apposition}{PluralCopula}{Copula}(?:{Former}\s*)?{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*(?:{Former}\s*)?{Titles}{NotBeforeAName}"),
        new(RelationPattern.FromRoles, $@"{{P:s+}}{Apposition}(?:{PluralCopula})?(?:the\s+)?(?<role>co-?founders|founders)\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Priya Raman and Tomasz Wielgosz, General Partners at Harrow Street": a title in the plural is each one's.
        new(RelationPattern.FromRoles, $@"{{P:s+}}\s*,\s*(?:both\s+)?{Titles}s\s+(?:of|at)\s+(?:{FirmDescribedBefore}|the\s+)?(?:⟦\d+:L⟧-based\s+)?{{O:o}}"),
        // The organisation shared by a second title: "OpenAI CEO Sam Altman and President Greg Brockman", "阿里巴巴CEO吴泳铭和董事会主席蔡崇信".
        new(RelationPattern.FromRoles, $@"{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*{RoleNouns.Uncaptured}{Apposition}⟦\d+:P⟧\s*(?:和|与|及|、|,|，|\band\b)\s*{ChineseQualifier}{Titles}{Apposition}{{P:s}}"),
        // A title in brackets after the name: "陈志远（蓝鲸科技首席执行官）", "Jane Porter (chief executive of Helix Robotics)".
        new(RelationPattern.FromRoles, $@"{{P:s}}\s*[（(]\s*(?:{Former}\s*)?{{O:o}}{CloseQuote}\s*{Possessive}\s*{ChineseQualifier}\s*(?:{Former}\s*)?{Titles}\s*[）)]"),
        new(RelationPattern.FromRoles, $@"{{P:s}}\s*[（(]\s*(?:{Former}\s*)?{Titles}\s+(?:of|at)\s+(?:the\s+)?{{O:o}}\s*[）)]"),
        // A chat's or a transcript's speaker with their organisation in brackets: "【12-01 09:31】林予舟（澄湾资本）：是，我们领投";
        // a committee's member listed so, perhaps with a title ("褚文博（四川蜀岭数据科技有限公司）、", "报告人：樊知秋 研究员（上海
        // 人工智能实验室）").
        new("works_at", $@"(?<=^|\n|[】\]]\s*){{P:s}}\s*[（(]\s*{{O:o}}\s*[）)]\s*[：:]"),
        new("works_at", $@"{{P:s}}(?:[ \t\u3000]+[\p{{IsCJKUnifiedIdeographs}}]{{1,5}})?\s*[（(]\s*{{O:o}}\s*[）)](?=[ \t]*(?:[、，,；;]|\n|$))"),
        // "Mistral AI, whose co-founder Arthur Mensch …".
        new(RelationPattern.FromRoles, $@"{{O:o}}{Comma}whose\s+(?:{Former}\s*)?{Titles}{Apposition}{{P:s}}"),
        // "The chief executive of Microsoft AI, Mustafa Suleyman".
        new(RelationPattern.FromRoles, $@"(?:{Former}\s*)?{Titles}\s+(?:of|at)\s+(?:the\s+)?{{O:o}}{Apposition}{{P:s}}"),
        // The organisation a sentence opens with by its founding or its headquarters owns the titles after its commas:
        // "青穹智能成立于2023年，创始人兼CEO周启航…，联合创始人林雨桐…", "蓝箭航天总部位于北京，创始人兼CEO张昌武…".
        new(RelationPattern.FromRoles, $@"(?<={{O:o}}{Gap(6)}(?:成立|创立|创办|创建|总部位于|总部设在)(?:于|了)?[^。！？；\n]{{0,80}}?[,，]\s*)(?:其|公司)?{ChineseQualifier}{Titles}{Apposition}{{P:s}}"),
        // Elected to an association's posts: "A、B和C当选副会长", "孔令晖等31人当选理事", "被聘为协会名誉会长" (the association's, see
        // CompanyAnaphora).
        new(RelationPattern.FromRoles, $@"{{P:s+}}\s*(?:等\s*\d+\s*人)?{Gap(8)}(?:当选|连任|被聘为|获聘为?)\s*(?:第[一二三四五六七八九十\d]+届)?\s*{{O:o}}\s*{ChineseQualifier}{Titles}"),
        // "许文昊将出任智谱AI副总裁", "顾北辰任首席技术官" (the firm's, see CompanyAnaphora); not a post given up (袁克勤不再兼任CEO).
        new(RelationPattern.FromRoles, $@"{{P:s}}(?![^⟦⟧，,。；]{{0,4}}不再){Gap(8)}(?:将|已|已经)?(?:出任|担任|升任|接任|任)\s*(?:(?:公司|⟦\d+:O⟧)的?(?:全资|控股)?子公司)?\s*{{O:o}}{CloseQuote}\s*的?\s*{ChineseQualifier}{Titles}"),
        // "Priyanka Rao, head of evaluation at Anthropic", "the director of research at Cohere".
        new("works_at", $@"{{P:s}}{Apposition}{Copula}(?:head|director|vice\s+president|VP|lead|manager)\s+of\s+(?:[A-Za-z-]+\s+){{1,3}}?(?:at|for)\s+{{O:o}}"),
        // "方景澄曾任百度Apollo自动驾驶事业部技术总监": a post once held at a firm, perhaps in one of its units.
        new(RelationPattern.FromRoles, $@"{{P:s}}{Gap(8)}(?<former>曾任|曾担任|此前担任|此前曾任|此前任(?!命)|曾经担任)\s*{{O:o}}(?:[^⟦⟧，,。；\n]|⟦\d+:[RC]⟧){{0,16}}?{Titles}"),
        // "公司董事会…宣布，任命原阿里云副总裁邓子衿为总裁": whom a firm appoints to a post.
        new(RelationPattern.FromRoles, $@"{{O:o}}{GapAcrossNames(30)}任命\s*(?:[^，,。；⟦⟧]|⟦\d+:[OC]⟧){{0,14}}?{{P:s}}\s*为\s*(?:公司)?{ChineseQualifier}{Titles}"),
        // "同意聘任宋予衡先生为公司首席技术官": whom a board appoints, to a post at the firm.
        new(RelationPattern.FromRoles, $@"(?:任命|聘任|聘请)\s*{{P:s}}\s*(?:先生|女士)?\s*为\s*{{O:o}}\s*{ChineseQualifier}{Titles}"),
        // "公司第三届董事会第一次会议选举林书恒为董事长，聘任韩霁为总经理": the firm whose board elects or appoints.
        // The verb is matched first, so that the look back for the firm runs only where a board appoints.
        new(RelationPattern.FromRoles, $@"{BoardAppoints}(?<={{O:o}}(?:[^⟦⟧。；！？\n]|⟦\d+:[PC]⟧){{0,40}}?{BoardAppoints})\s*{{P:s}}\s*(?:先生|女士)?\s*(?:为|担任)\s*(?:公司)?{ChineseQualifier}{Titles}(?![\p{{IsCJKUnifiedIdeographs}}-[，。；的]])"),
        // "将回到清华大学计算机系任教": where one teaches.
        new("works_at", $@"{{P:s}}{GapAcrossNames(20)}(?:回到|前往|在|于)\s*{{O:o}}\s*(?:任教|执教)"),
        // "2015年至2019年任微软亚洲研究院研究员" (a résumé, see ResumeSubject): a post held for a period that has ended.
        new(RelationPattern.FromRoles, $@"(?<former>{ClosedPeriod})[，,]?\s*{{P:s}}\s*(?:出任|担任|任)\s*{{O:o}}{CloseQuote}\s*的?\s*{ChineseQualifier}{Titles}"),
        new("former_employee_of", $@"{ClosedPeriod}[，,]?\s*{{P:s}}\s*(?:任职于|就职于|供职于|在)\s*{{O:o}}(?!\s*(?:攻读|学习|深造|读书|求学))"),
        // "吴恩达曾在百度担任首席科学家".
        new(RelationPattern.FromRoles, $@"{{P:s}}{Gap(8)}(?:(?<former>曾经?|此前)\s*)?(?:在|于){{O:o}}(?:担任|出任|任)\s*{ChineseQualifier}{Titles}"),

        // "林静姝…同时领导澜舟数智与香港科技大学合办的可信AI研究中心": what a person leads, perhaps after who runs it.
        new("leads", $@"{{P:s}}{GapAcrossNames(30)}(?:领导|带领|主持|掌管)(?:着)?\s*(?:⟦\d+:O⟧\s*(?:与|和)\s*⟦\d+:O⟧\s*(?:合办|共建|联合成立|共同成立)的\s*)?{{O:o}}{NotOneOfItsRunners}"),

        // "…共建了智能交通联合实验室，由中国科大教授鲁一鸣担任实验室主任": who heads the unit just named.
        new("leads", $@"{{O:o}}(?:[^⟦⟧，,。；\n]|⟦\d+:[LC]⟧){{0,6}}[，,]\s*(?:⟦\d+:[OS]⟧)?由(?:[^⟦⟧，,。；\n]|⟦\d+:[OC]⟧){{0,12}}?{{P:s}}\s*(?:担任|出任)\s*(?:实验室|中心|研究院|研究所|⟦\d+:O⟧)?\s*(?:主任|负责人|院长|所长)"),
        // So does the subject of a sentence's clauses before (研究院落户园区，首期聚焦…，由西工大教授柴景明担任院长).
        new("leads", $@"(?<=(?:^|[。！？；;\n])\s*){{O:o}}(?:(?:[^⟦⟧，,。；\n]|⟦\d+:[LC]⟧){{0,16}}[，,]\s*){{2,3}}(?:⟦\d+:[OS]⟧)?由(?:[^⟦⟧，,。；\n]|⟦\d+:[OC]⟧){{0,12}}?{{P:s}}\s*(?:担任|出任)\s*(?:实验室|中心|研究院|研究所|⟦\d+:O⟧)?\s*(?:主任|负责人|院长|所长)"),

        // ceo_of: running the company. "Jensen Huang, who runs Nvidia", "Ines Carvalho, previously at OpenAI, runs Northvale".
        new("ceo_of", $@"{{P:s}}(?:{Apposition}|{Aside})(?:who\s+)?(?:runs|has run|has been running|now runs)\s+{{O:o}}"),

        // cofounder_of (the more specific wins over founder_of)
        new("cofounder_of", $@"{{P:s+}}{Gap(30)}(?:co-?founder|联合创始人|联合创办人|共同创始人)\s*(?:of\s+)?(?:the\s+)?{{O:o}}"),
        new("cofounder_of", $@"{{P:s+}}{Gap(30)}(?:co-?founded|联合创立|联合创办|共同创立|共同创办)(?:了)?\s*{{O:o}}"),
        new("cofounder_of", $@"{{P:s+}}{Aside}co-?founded\s+{{O:o}}"),
        // "… co-founded OpenAI (in 2015) with Elon Musk and Greg Brockman": the partners are co-founders too.
        // "founded Brightline in 2017 with her former MIT labmate Kevin Cho", "started the company in Rotterdam in 2019 with Anouk Jansen".
        new("cofounder_of", $@"\b(?:co-?found(?:ed|ing)?|found(?:ed|ing)|start(?:ed|ing))\s+{{O:o}}{FoundedWith}{{P:s+}}"),
        // "Chen Haoyu … has left to co-found Kitefin AI in Singapore with …".
        new("cofounder_of", $@"{{P:s}}{Aside}(?:has\s+|had\s+)?(?:left|quit)\s+(?:[^⟦⟧.;!?]{{0,30}}?\s)?to\s+co-?found\s+{{O:o}}"),
        // "Corbel Speech, the voice-synthesis start-up he co-founded with Hugo Aldana in 2021" ("the … start-up" is the firm
        // itself, see CompanyAnaphora).
        new("cofounder_of", $@"{{O:o}}\s*,\s*(?:⟦\d+:O⟧|the\s+(?:[\w-]+\s+){{0,3}}?(?:start-?up|company|firm|lab|venture))\s+{{P:s}}\s+co-?founded\b"),
        new("cofounder_of", $@"{{O:o}}\s*,\s*(?:⟦\d+:O⟧|the\s+(?:[\w-]+\s+){{0,3}}?(?:start-?up|company|firm|lab|venture))\s+⟦\d+:P⟧\s+co-?founded\s+with\s+{{P:s+}}"),
        // "Priya Natarajan, Quillmate's chief executive, founded the company in 2021 with Tom Haskell": founding it with someone.
        new("cofounder_of", $@"{{P:s}}{Aside}(?:co-?)?founded\s+{{O:o}}{FoundedWith}⟦\d+:P⟧"),
        // "Anna Keller, …, who spent six years at Google DeepMind before co-founding Lattice".
        new("cofounder_of", $@"{{P:s}}(?:[^⟦⟧.;!?\n]|⟦\d+:[OLCRSEW]⟧){{0,160}}?\b(?:before|after|then)\s+co-?founding\s+{{O:o}}"),
        // "Greta Lindqvist spent a decade designing GPUs at Nvidia before starting Tallis".
        new("founder_of", $@"{{P:s}}(?:[^⟦⟧.;!?\n]|⟦\d+:[OLCRSEW]⟧){{0,160}}?\b(?:before|then)\s+(?:starting|founding|launching)\s+{{O:o}}"),
        new("cofounder_of", $@"(?:与|和|同)\s*(?:(?:她|他|⟦\d+:P⟧)?的?[^⟦⟧，,。；]{{0,10}}?)?{{P:s+}}{GapWithPlaces(8)}(?:共同|联合|一起)(?:创立|创办|创建)(?:了)?\s*{{O:o}}"),
        // "温以宁决定离开高校，与她的第一位博士生贝子航在苏州共同创办了千手机器人": who founded it with them.
        new("cofounder_of", $@"{{P:s}}(?:[^⟦⟧。！？；\n]|⟦\d+:[OLC]⟧){{0,30}}?(?:与|和|同)\s*(?:她|他|⟦\d+:P⟧)?的?[^⟦⟧，,。；]{{0,10}}?⟦\d+:P⟧{GapWithPlaces(8)}(?:共同|联合|一起)(?:创立|创办|创建)(?:了)?\s*{{O:o}}"),
        // "Anthropic was co-founded by …", "Anthropic由…联合创办".
        new("cofounder_of", $@"{{O:o}}{Comma}(?:(?:which|that|was|were|is|had been|has been)\s+)*co-?founded\s+{FoundedWhereAndWhen}by\s+{{P:s+}}"),
        // "由前微软亚洲研究院研究员梁思齐和同学顾北辰共同创办": a founder may carry what they were.
        new("cofounder_of", $@"{{O:o}}{Gap(6)}由\s*{WhatChineseFoundersWere}{{P:s+}}{Gap(8)}(?:联合|共同)(?:创立|创办|创建|成立)"),
        new("cofounder_of", $@"{{O:o}}{Comma}{FirmFoundedBy("co-?founded")}{{P:s+}}"),
        // An appositive before the name: "DeepMind 的联合创始人和…的 CEO，作者穆斯塔法·苏莱曼".
        new("cofounder_of", $@"{{O:o}}\s*(?:的)?\s*(?:联合创始人|联合创办人)[^。.!?！？;；\n]{{0,40}}?[,，]\s*(?:作者|author)?\s*{{P:s}}"),

        // founder_of; several founders named together are co-founders (see RelationExtractor).
        new("founder_of", $@"{{P:s+}}{GapWithPlaces(40)}(?:\bfounded\b|\bstarted\b|创立|创办|创建)(?:了)?{Gap(6)}{{O:o}}"),
        // "奥尔特曼、马斯克和布罗克曼等人在旧金山宣布成立OpenAI": a list of people closed by 等人 set the firm up together.
        new("founder_of", $@"{{P:s+}}\s*等人?{GapWithPlaces(12)}(?:宣布)?(?:成立|创立|创办|创建)(?:了)?\s*{{O:o}}"),
        new("founder_of", $@"{{P:s}}{Aside}(?:founded|started|went\s+on\s+to\s+(?:found|start))\s+{{O:o}}"),
        // "… and that year founded the university's Language Understanding Laboratory".
        new("founder_of", $@"{{P:s}}{GapAcrossNames(80)}\b(?:founded|started|set\s+up)\s+⟦\d+:O⟧\s*(?:'s|’s)\s+{{O:o}}"),
        // "Ng co-founded Coursera, founded and led Google Brain".
        new("founder_of", $@"{{P:s}}{GapAcrossNames(100)}\b(?<!co-)founded\s+and\s+(?:led|ran|built|headed)\s+(?:the\s+)?{{O:o}}"),
        // "… to start her own lab, Halden Robotics".
        new("founder_of", $@"{{P:s}}{GapAcrossNames(100)}\bto\s+(?:start|found|launch|set\s+up)\s+(?:her|his|their)\s+own\s+(?:[\w-]+\s+)?(?:lab|company|startup|start-up|firm|venture)\s*,\s*{{O:o}}"),
        // An interview's "he's our CTO", "Lucas was a design lead at Apple and is our chief architect": a post at the speaker's firm.
        new(RelationPattern.FromRoles, $@"{{P:s}}['’]s\s+{{S:o}}\s+{Titles}"),
        new(RelationPattern.FromRoles, $@"{{P:s}}(?:[^⟦⟧.;!?\n]|⟦\d+:[OLC]⟧){{0,80}}?\band\s+(?:is|has\s+been|became)\s+(?:now\s+)?{{S:o}}\s+{Titles}"),
        // "Georgia Tech, where Lucas and I did our PhDs": where one studied.
        new("affiliated_with", $@"{{O:o}}{Comma}where\s+{{P:s+}}\s+(?:both\s+)?(?:did|completed|earned|got|took|finished)\s+(?:(?:her|his|their|our|a|an|⟦\d+:S⟧)\s+)?(?:PhDs?|doctorates?|degrees?|master['’]s|MBAs?)\b"),
        // "Lena Hartmann left the company last year to start Fernleaf"; two who left together founded it together.
        new("founder_of", $@"{{P:s+}}{Gap(15)}\b(?:left|quit)\b(?:[^⟦⟧.;]|⟦\d+:O⟧){{0,40}}\bto\s+(?:start|found|launch|set\s+up)\s+{{O:o}}"),
        // "Udio … was founded in 2023 by Andrew Sanchez and a group of former Google DeepMind researchers": one founder of several.
        new("cofounder_of", $@"{{O:o}}(?:{Aside}|{Comma})(?:(?:which|that|was|were|is|had been|has been)\s+)*(?:founded|started|set\s+up)\s+{FoundedWhereAndWhen}by\s+{Honorific}{{P:s}}\s+(?:and|with)\s+(?:a\s+(?:group|team|handful|few)\s+of|several|two|three|four|other)\b"),
        // "the Swiss AI Initiative, which EPFL professor Martin Jaggi helped launch in 2023".
        new("cofounder_of", $@"{{O:o}}{Comma}which\s+(?:(?:[\w-]+|⟦\d+:[OC]⟧)\s+){{0,3}}?{{P:s}}\s+helped\s+(?:to\s+)?(?:launch|found|start|set\s+up|create)\b"),
        // "… spun out of the Norwegian Defence Research Establishment in 2021 by Ingrid Solberg, a former radar scientist there".
        new(RoleNouns.FormerEmployee, $@"{{O:o}}(?:[^⟦⟧.;!?]|⟦\d+:[LCR]⟧){{0,60}}?{{P:s}}{Comma}(?:a|an)\s+(?:former|onetime|one-time)\s+(?:[\w-]+\s+){{0,3}}?(?:scientist|researcher|engineer|employee|executive|manager|director|analyst|official|professor|staffer)\s+there\b"),
        // "Grace Odum, who founded the Boston company in 2019".
        new("founder_of", $@"{{P:s}}\s*,\s*who\s+(?:founded|started)\s+(?:the\s+)?(?:⟦\d+:L⟧\s+)?{{O:o}}"),
        new("founder_of", $@"{{O:o}}(?:{Aside}|{Comma})(?:(?:which|that|was|were|is|had been|has been)\s+)*(?:founded|started|created|set\s+up|spun\s+(?:out|off)\s+(?:of|from)\s+(?:the\s+)?⟦\d+:O⟧)\s+(?:in\s+[A-Z][a-z]+\s+)?{FoundedWhereAndWhen}by\s+{WhatFoundersWere}{{P:s+}}"),
        // "由前华为工程师沈立群创立": what the founder was may stand before the name.
        new("founder_of", $@"{{O:o}}{Gap(6)}由\s*{WhatChineseFoundersWere}{{P:s+}}{GapWithPlaces(16)}(?:创立|创办|创建|成立)"),
        // "The company was founded in 2022 by (Dr.) Maya Okafor, a former researcher at …, and Tom Brisbane": each aside ends at its comma.
        // So is "Fieldsight was spun out of the University of Oxford in 2022 by Dr Hannah Obi, …, and Marcus Lindqvist".
        new("founder_of", $@"{{O:o}}\s+(?:was|were|had been|has been)\s+(?:(?:co-?)?founded|set\s+up|spun\s+(?:out|off)\s+(?:of|from)\s+(?:the\s+)?⟦\d+:O⟧)\s+{FoundedWhereAndWhen}by\s+{Honorific}{{P:s}}\s*,[^.;]{{0,100}}?,\s*and\s+(?:(?:her|his|their|⟦\d+:O⟧)\s+co-?founder\s+)?{Honorific}{{P:s}}"),
        // "Both will join Brightline, where Okeke will become chief medical AI officer".
        new(RelationPattern.FromRoles, $@"{{O:o}}{Comma}where\s+{{P:s}}\s+(?:will\s+)?(?:become|be|serve\s+as|remain)\s+(?:the\s+|its\s+)?{Titles}"),
        // "Founded in 2021 by Mira Okafor and Daniel Sze, both former Nvidia engineers, the Austin-based company …": the
        // founders before the firm the sentence goes on about.
        new("founder_of", $@"(?:^|(?<=[.;!?\n]\s*))(?:Co-?f|F)ounded\s+(?:(?:in\s+(?:\d{{4}}|⟦\d+:L⟧))\s+){{0,2}}by\s+{Honorific}{{P:s+}}(?:\s*,(?:[^.;⟦⟧,]|⟦\d+:[OLC]⟧){{1,60}})?\s*,\s*(?:the\s+(?:⟦\d+:L⟧-based\s+|[\w-]+\s+){{0,3}}?)?{{O:o}}"),
        // "Kestrel AI, a startup founded by former Google researcher Ana Ruiz".
        new("founder_of", $@"{{O:o}}{Comma}{FirmFoundedBy("founded")}{{P:s+}}"),
        // "Torsion Labs (Pittsburgh) was founded by Dr. Ayodele Banjo", "Vellum Forge (London) was started by A and B".
        new("founder_of", $@"{{O:o}}\s*(?:\(⟦\d+:L⟧\)\s*)?(?:was|is|had\s+been)\s+(?:founded|started)\s+{FoundedWhereAndWhen}by\s+{Honorific}{{P:s+}}"),

        // former_employee_of
        // Not "加入星桥资本之前": before joining a firm is no time at it.
        new("former_employee_of", $@"{{O:o}}{Gap(8)}(?:(?<!之)前|former\s+|ex-){Gap(6)}{{P:s}}"),
        // "加入澄岸前在阿里云任产品总监": where one was before joining the firm one is at.
        new("former_employee_of", $@"{{P:s}}{Gap(6)}(?:加入|加盟)\s*(?:⟦\d+:[OSL]⟧|[\p{{IsCJKUnifiedIdeographs}}A-Za-z]{{2,10}}?)\s*之?前\s*(?:曾)?(?:在|于|任职于|就职于|担任)\s*{{O:o}}"),
        // "Maren Lindahl (ex-Epic Systems)": a past employer in brackets after the name.
        new("former_employee_of", $@"{{P:s}}\s*[（(]\s*(?:ex-|former\s+|formerly\s+(?:at\s+)?|前)\s*{{O:o}}\s*[）)]"),
        // "former Cravath lawyers Anna Feld and Marcus Webb", "ex-Google engineers A and B".
        new("former_employee_of", $@"\b(?:former\s+|ex-){{O:o}}\s+(?:[a-z-]+\s+)?(?:lawyers|engineers|researchers|employees|executives|staffers|bankers|consultants|scientists)\s+{{P:s+}}"),
        new("former_employee_of", $@"{{P:s}}{Comma}(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+former\b"),
        // "A and B, both former engineers at Z" are both; "A and B, a former engineer at Z" is B alone.
        // "Posted by Elif Sarraf, VP of Partnerships, Marlowe Data |": a byline's name, the function the post covers, then the firm.
        new("works_at", $@"{{P:s}}\s*,\s*(?:(?:Senior|Executive|Global)\s+)?(?:{TitleOverAFunction}|General\s+Manager)\s+of\s+(?:[A-Z][\w&-]*|⟦\d+:O⟧)(?:\s+(?:and|&)\s+[A-Z][\w-]*)?\s*,\s*{{O:o}}(?=\s*(?:[|*_,.]|$))"),
        // "By Adaora Nwachukwu, Senior Editor, Rack & Silicon": a byline's name, a title, then the outlet.
        new("works_at", $@"(?<=(?:^|\n)[\s>*_]*{Candidates.BylineCandidates.EnglishBylineOpener}\s+){{P:s}}\s*,\s*(?:[A-Z][a-z]+\s+){{0,2}}(?:Editor|Correspondent|Reporter|Writer|Analyst|Columnist|Producer)\s*,\s*{{O:o}}(?=\s*(?:[|*_,.]|$))"),
        // "极客前哨记者 温以宁 发自北京": a dateline's reporter works at its outlet.
        new("works_at", $@"(?<=^|\n)[ \t>*_]*{{O:o}}(?:特约|实习|见习|首席)?记者\s*{{P:s}}"),
        // "Daria started her career at Ondrix Robotics, spent four years … at Stripe": where a career started is behind it.
        new("former_employee_of", $@"{{P:s}}{Aside}(?:started|began|launched)\s+(?:her|his|their)\s+career\s+(?:at|with)\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s+}}{Comma}(?:both\s+|all\s+)?former\s+(?:[a-z]+\s+){{0,4}}(?:at|of)\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s}}{Comma}(?:a|an|the)\s+former\s+(?:[a-z]+\s+){{0,4}}(?:at|of)\s+{{O:o}}"),
        // "Lars joins us from the Technical University of Denmark, where he spent fifteen years".
        new("former_employee_of", $@"{{P:s}}\s+(?:joins|joined|comes|came|will\s+join)\s+(?:us\s+|the\s+(?:team|institute|company|ministry)\s+)?from\s+(?:the\s+)?{{O:o}}"),
        // "Gregory Allen, a former Pentagon official".
        new("former_employee_of", $@"{{P:s}}\s*,\s*(?:a|an)\s+former\s+{{O:o}}\s+(?:official|executive|engineer|employee|researcher|manager|adviser|advisor|lawyer|staffer|scientist)\b"),
        // "after leaving Grammarly, where she had run the product team for four years".
        new("former_employee_of", $@"\b(?:leaving|left|quitting|quit)\s+{{O:o}}{Comma}where\s+{{P:s}}\s+(?:had\s+|has\s+)?(?:run|led|headed|managed|worked|spent|built|taught)\b"),
        // "Marcus came from Google DeepMind, where he worked on robot learning": a firm one came from, one's past.
        new("former_employee_of", $@"\b(?:came|comes|had\s+come)\s+from\s+(?:the\s+)?{{O:o}}{Comma}where\s+{{P:s}}\s+(?:had\s+)?(?:worked|spent|ran|led)\b"),
        // "She has taken a part-time post as a senior adviser at the Allen Institute for AI".
        new("works_at", $@"{{P:s}}{Gap(40)}\b(?:post|position|role|job|seat)\s+as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,3}}?(?:at|with)\s+(?:the\s+)?{{O:o}}"),
        // "the Language Understanding Laboratory, which she has directed ever since".
        new("leads", $@"{{O:o}}{Comma}which\s+{{P:s}}\s+(?:has\s+|had\s+)?(?:directed|led|run|headed|chaired|runs|leads|heads|directs|chairs)\b"),
        // "实验室主任由清华大学计算机系教授陈一鸣担任": who holds the post of its head.
        new("leads", $@"{{O:o}}\s*(?:主任|院长|所长|负责人|主席)由\s*(?:[^⟦⟧，,。；]|⟦\d+:O⟧){{0,12}}?{{P:s}}\s*(?:担任|出任|兼任)"),
        // "Solberg came to Bell Labs … after a two-year postdoctoral post at the University of Edinburgh".
        new("former_employee_of", $@"{{P:s}}{GapAcrossNames(80)}\bafter\s+(?:a|an|her|his|their)\s+(?:[\w-]+\s+){{0,3}}?(?:post|stint|spell|tenure|fellowship|job)\s+(?:at|with)\s+(?:the\s+)?{{O:o}}"),
        // "the University of Edinburgh, where she taught for almost three decades".
        new("works_at", $@"{{O:o}}{Comma}where\s+{{P:s}}\s+(?:has\s+|had\s+)?(?:taught|teaches|worked|works|lectured|lectures)\b"),
        // "In 1977 he joined the faculty of Carnegie Mellon University".
        new("works_at", $@"{{P:s}}{Gap(15)}\bjoined\s+the\s+(?:faculty|staff)\s+(?:of|at)\s+(?:the\s+)?{{O:o}}"),
        // An earnings call's questioner, labelled with the bank they are from: "Karen Liu – Morgan Stanley: Thanks …".
        new("works_at", $@"(?:^|\n)\s*{{P:s}}\s+[–—-]\s+{{O:o}}\s*:"),
        new("former_employee_of", $@"{{P:s}}{Gap(45)}\b(?:worked|spent\s+(?:(?:\w+\s+){{0,3}}years?|a\s+decade|(?:two|three|several)\s+decades){SpentAs})\s+(?:at|for|in)\s+(?:the\s+)?{{O:o+}}{NotACoFoundersFirm}"),
        // "X, the founder of Y, previously worked at Z": the aside may name an organisation of its own.
        new("former_employee_of", $@"{{P:s}}{Aside}(?:worked|spent\s+(?:\w+\s+){{0,3}}years?{SpentAs})\s+(?:at|for|in)\s+{{O:o+}}"),
        // "Amira Haddad, who built risk models at Barclays for seven years".
        new("former_employee_of", $@"{{P:s}}{Comma}who\s+(?:built|led|ran|worked|managed|designed|wrote)\b(?:[^⟦⟧.;]|⟦\d+:[RC]⟧){{0,40}}?\bat\s+(?:the\s+)?{{O:o}}\s+for\s+(?:\w+\s+){{1,2}}?(?:years|decades?|months)\b"),
        // "Elena Ruiz, who was previously at Nvidia, …", "X, formerly of Google,".
        new("former_employee_of", $@"{{P:s}}{Comma}(?:who\s+(?:was|had been|has been)\s+)?(?:previously|formerly|once)\s+(?:at|of|with)\s+{{O:o}}"),
        // "Ines Carvalho, previously on OpenAI's safety team".
        new("former_employee_of", $@"{{P:s}}{Comma}(?:who\s+(?:was|had been|has been)\s+)?(?:previously|formerly|once)\s+on\s+(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?(?:team|staff|board|faculty)\b"),
        // Not the owner of a unit one left: "who left Carnegie Mellon's Robotics Institute" is the institute.
        new("former_employee_of", $@"{{P:s+}}{Gap(15)}\b(?:left|quit|departed(?:\s+from)?|resigned\s+from)\s+(?:⟦\d+:O⟧\s*(?:'s|’s)\s+)?{{O:o+}}(?!\s*(?:'s|’s)\s+⟦\d+:O⟧)"),
        // "Sanjana Iyer has moved from OpenAI … to Anthropic"; "Rowan Ellery is stepping down as CEO of Corbel Speech".
        new("former_employee_of", $@"{{P:s}}\s+(?:has\s+|have\s+|had\s+)?(?:moved|switched|jumped|defected)\s+from\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s}}\s+(?:is|was|has\s+been|will\s+be)\s+(?:stepping|stepped|standing|stood)\s+down\s+as\s+(?:[\w-]+\s+){{1,4}}?(?:of|at)\s+{{O:o}}"),
        // "Greer Montague is leaving Mistral AI in Paris for academia".
        new("former_employee_of", $@"{{P:s}}\s+(?:is|was)\s+leaving\s+{{O:o}}"),
        // "founded by Keziah Obuya and Lars Henneberg, both formerly of Cohere".
        new("former_employee_of", $@"{{P:s+}}\s*,\s*both\s+(?:formerly|previously)\s+(?:of|at|with)\s+{{O:o}}"),
        // "Chen Haoyu, a core contributor to the Qwen models at Alibaba Cloud, has left to co-found Kitefin AI".
        new("former_employee_of", $@"{{P:s}}\s*,(?:[^⟦⟧.;!?]|⟦\d+:[RLC]⟧){{0,80}}?\b(?:at|of)\s+{{O:o}}\s*,\s*(?:has|had)\s+(?:left|quit)\b"),
        // "Farah Qureshi joins as a partner from Google DeepMind": where a new hire comes from.
        new("former_employee_of", $@"{{P:s}}\s+(?:joins|joined|has\s+joined|will\s+join)(?:\s+⟦\d+:[OS]⟧)?\s+as\s+[^⟦⟧.;,]{{1,40}}?\s+from\s+{{O:o}}"),
        // "Tobias was at Stripe, running internal developer tooling": where someone was, said in the past.
        new("former_employee_of", $@"{{P:s}}\s+(?:was|had\s+been)\s+(?:at|with)\s+{{O:o}}(?=\s*[,.;]|\s+(?:for|before|until)\b)"),
        // "Elena Voss, who led … at Google DeepMind for six years, has left the company".
        new("former_employee_of", $@"{{P:s}}{Aside}(?:has\s+|had\s+)?(?:left|quit)\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s+}}{Gap(10)}(?:离开|辞别|离职于?)(?:了)?\s*{{O:o}}"),
        // "…，今年9月从腾讯离职".
        new("former_employee_of", $@"{{P:s}}(?:[^⟦⟧。！？；\n]|⟦\d+:[OLC]⟧){{0,80}}?(?:[，,]\s*)?(?:(?:今年|去年|前年|(?:19|20)\d\d年)?(?:\d{{1,2}}月)?)?从\s*{{O:o}}\s*(?:离职|辞职|离开|退休)"),
        // "周景山先生因工作调整辞去公司董事…职务".
        new("former_employee_of", $@"{{P:s}}{Gap(12)}辞去\s*{{O:o}}"),
        new("former_employee_of", $@"{{P:s}}{Gap(20)}{{O:o}}{Gap(8)}(?:工作了|工作过|任职过|待了)"),
        new("former_employee_of", $@"{{P:s}}{Gap(20)}(?:曾在|曾经在|还在|曾于|此前在|此前曾在|之前在|早年在){{O:o}}{NotAVisit}"),
        // "曾在多模态认知实验室从事访问研究": a visiting scholar belongs to the lab without being employed there.
        new("affiliated_with", $@"{{P:s}}{Gap(20)}(?:曾在|曾经在|曾于|此前在|此前曾在|之前在|早年在){{O:o}}{VisitingStay}"),
        // "先后任职于波士顿动力和大疆", "曾任职于海思": posts held one after another, or once.
        new("former_employee_of", $@"{{P:s}}{Gap(6)}(?:先后|曾先后|曾经|曾)(?:任职|就职|供职|工作)于\s*{{O:o+}}"),
        // "当时在大疆做控制算法的贺骁": where someone worked then.
        new("former_employee_of", $@"(?:当时|那时|那时候)在\s*{{O:o}}[^⟦⟧，,。；\n]{{0,12}}?的\s*{{P:s}}"),
        // The subject goes on past another clause: "何嘉言毕业于哈尔滨工业大学，创业前曾在大疆创新担任…".
        new("former_employee_of", $@"{{P:s}}(?:[^⟦⟧。！？；\n]|⟦\d+:[OLC]⟧){{0,30}}?[，,]\s*[^⟦⟧，,。！？；\n]{{0,6}}?(?:曾在|曾经在|曾于|此前在|曾任|曾担任){{O:o}}{NotAVisit}"),
        // "I co-wrote a paper with Lilian Weng when she was still at OpenAI".
        new("former_employee_of", $@"\b(?:when|while)\s+{{P:s}}\s+(?:was|were)\s+(?:still\s+)?(?:at|with|working\s+at)\s+{{O:o}}"),
        // "I was a postdoc at the Broad Institute", "Sam Okoye, was building protein models at Google DeepMind": a post held then.
        new("former_employee_of", $@"{{P:s}}{Comma}was\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:postdoc|student|researcher|engineer|scientist|professor|fellow|intern|analyst|consultant|physician|doctor|lead|manager|designer|architect)|(?:building|working|doing|running|leading)\b[^⟦⟧.;]{{0,30}}?)\s+(?:at|with)\s+(?:the\s+)?{{O:o}}"),
                // "… and before that was a research scientist at Google Brain" (the subject left out, see ElidedSubjects).
        new("former_employee_of", $@"(?:before that|previously|formerly|earlier)\s*{{P:s}}\s+was\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:at|with|for)\s+{{O:o}}"),
        // "Osei joined Halcyon in 2024 after eight years at the Allen Institute for AI", "… after eight years running
        // infrastructure at Meta".
        new("former_employee_of", $@"{{P:s}}{GapAcrossNames(60)}\bafter\s+(?:(?:\w+\s+){{0,2}}years?|a\s+decade|(?:two|three|several)\s+decades)\s+(?:(?:running|leading|building|managing|working\s+on|doing)\b[^⟦⟧.;]{{0,30}}?\s+)?(?:at|with|in)\s+(?:the\s+)?{{O:o}}"),
                // "He will be replaced by Megan Doyle, previously a vice president at Zebra Technologies".
        new("former_employee_of", $@"{{P:s}}{Comma}(?:previously|formerly)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,4}}?(?:at|with|of)\s+(?:the\s+)?{{O:o}}"),
        // "Tomas Lindqvist, a Swedish engineer who worked on Spotify's data platform".
        new("former_employee_of", $@"{{P:s}}{Gap(50)}\bwho\s+(?:previously\s+|once\s+)?worked\s+on\s+(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s"),
        // "Priya joined us from Carnegie Mellon University".
        new("former_employee_of", $@"{{P:s}}(?:\s*,(?:\s*who)?)?\s+(?:joined|came\s+to)\s+(?:⟦\d+:[OS]⟧|us|the\s+company|the\s+team)\s+(?:(?:in|last)\s+(?:\d{{4}}|[A-Z][a-z]+)\s+)?from\s+(?:the\s+)?{{O:o}}"),
        // "Jonas Keller, who previously led manipulation research at Google DeepMind", "Brandt previously ran product at Intuit",
        // "Rosa Delgado, previously ran the mobile GPU group at Qualcomm".
        new("former_employee_of", $@"{{P:s}}{Comma}(?:who\s+)?(?:previously|formerly|once)\s+(?:led|ran|headed|managed|oversaw|worked|built|developed|designed)\b(?:[^⟦⟧.;]|⟦\d+:[RC]⟧){{0,40}}?\b(?:at|for|with)\s+{{O:o}}"),
        // Said by the speaker, who may be named further back: "我创办过一家公司并在那里工作了五年，还曾在谷歌负责搜索团队".
        new("former_employee_of", $@"(?:曾在|曾经在|还在|曾于){{O:o}}{Gap(6)}(?:参与|工作|任职|负责|带领)(?:了|过)"),
        // The speaker on work done at an organisation years ago: "我们在DeepMind所做的，大约六七年前…", "the work we did at DeepMind back six or seven years ago".
        new("former_employee_of", $@"⟦\d+:[SP]⟧\s*(?:在{{O:o}}(?:所做|做过|做)的|(?:did|built|worked on)\s+at\s+{{O:o}}){Gap(30)}(?:years ago|年前|back then|当年|那时)"),
        // "曾在腾讯工作的工程师高翔": the person after what they once did.
        new("former_employee_of", $@"(?:曾在|曾经在|曾于){{O:o}}(?:工作|任职|就职)(?:过)?的{Gap(8)}{{P:s}}"),
        new("former_employee_of", $@"{{O:o}}\s*(?:并|，|,)?\s*在那里(?:工作|任职)(?:了|过)"),
        // "陆知遥现任…主任，2019年从微软亚洲研究院回国加入浙江大学": the firm one came from is one's past, the one joined one's present.
        new("former_employee_of", $@"{{P:s}}{GapAcrossNames(30)}从\s*{{O:o}}{Gap(4)}(?:回国|离职|辞职|出来)?(?:加入|加盟|跳槽|转投|回到|创业)"),
        new("works_at", $@"{{P:s}}{GapAcrossNames(30)}从\s*⟦\d+:O⟧{Gap(4)}(?:回国|离职|辞职|出来)?(?:加入|加盟|跳槽至|跳槽到|转投)了?\s*{{O:o}}"),

        // works_at; "OpenAI's Sam Altman" names a person by the organisation they are with.
        new("works_at", $@"{{O:o}}{CloseQuote}(?:'s|’s)\s+{{P:s}}"),
        // "represented by Lena Marsh of Marsh & Iverson, a firm that …": a person named with the firm they are of.
        new("works_at", $@"{{P:s}}\s+of\s+(?:the\s+)?{{O:o}}(?=\s*[,.;]|\s+(?:said|says|told|and|who)\b)"),
        new("works_at", $@"{{O:o}}{CloseQuote}\s*的\s*{{P:s}}"),
        // Not across a speaker's label: in "DANIEL KIM: You joined Anthropic" the one who joined is "you".
        new("works_at", $@"{{P:s}}(?:[^⟦⟧。.!?！？;；:：\n]|⟦\d+:C⟧){{0,20}}?(?:\bjoined\b|\bjoins\b|\bwill\s+join\b|加入(?:了)?)\s*(?:the\s+)?{{O:o+}}{NotItsPossession}"),
        // "Beatrix Hallström, who ran the platform group at Spotify, is joining Saltire Health as CTO".
        new("works_at", $@"{{P:s}}{Aside}(?:joined|joins|is\s+joining|will\s+join)\s+{{O:o}}{NotItsPossession}"),
        // "Rowan Ellery is stepping down as CEO of Corbel Speech, …, to join Nvidia as vice president of speech AI".
        new("works_at", $@"{{P:s}}\s+(?:is|was|has\s+been)\s+(?:stepping|stepped)\s+down\s+{GapAcrossAllNames(160)}\bto\s+join\s+{{O:o}}"),
        // "Sanjana Iyer has moved from OpenAI, where she worked on global affairs, to Anthropic as head of EU policy".
        new("works_at", $@"{{P:s}}\s+(?:has\s+|have\s+|had\s+)?(?:moved|switched|jumped|defected)\s+from\s+⟦\d+:O⟧(?:[^⟦⟧.;!?]|⟦\d+:[PLC]⟧){{0,80}}?\bto\s+{{O:o}}"),
        // "She joins Carnegie Mellon University's Machine Learning Department as an assistant professor": the unit joined.
        new("works_at", $@"{{P:s}}\s+(?:joins|joined|is\s+joining|will\s+join)\s+(?:the\s+)?⟦\d+:O⟧\s*(?:'s|’s)\s+{{O:o}}"),
        // "Aldana takes over as Corbel's chief executive".
        new(RelationPattern.FromRoles, $@"{{P:s}}\s+(?:takes|took|will\s+take|is\s+taking)\s+over\s+as\s+{{O:o}}\s*(?:'s|’s)\s+{Titles}"),
        // "*Backprop Weekly, issue 212 — compiled by Imani Roscoe*": a newsletter's compiler.
        new("works_at", $@"{{O:o}}\s*,\s*(?:issue|no\.|vol\.|edition)\s*\d+\s*[—–-]+\s*(?:compiled|edited|written|curated)\s+by\s+{{P:s}}"),
        // "Amy Liu, who went to OpenAI".
        new("works_at", $@"{{P:s}}\s*,\s*who\s+(?:went|moved)\s+to\s+{{O:o}}"),
        new("works_at", $@"{{P:s}}{Gap(15)}(?:\bworks?\s+(?:at|for)\b|就职于|任职于|供职于)\s*{{O:o}}"),
        // "Quorvex Labs has promoted Tobias Achterberg-Ruiz to chief executive", "Microsoft has appointed Jun-seo Pardee head of applied AI".
        new(RelationPattern.FromRoles, $@"{{O:o}}{Aside}(?:has\s+|have\s+)?(?:hired|appointed|named|promoted|tapped|elected)\s+{{P:s}}\s+(?:as\s+|to\s+)?(?:its\s+|the\s+|a\s+|an\s+)?(?:new\s+|interim\s+|acting\s+)?{Titles}"),
        // "Corvid AI, a Seattle start-up …, has hired Nadia Farouk as its head of research".
        new("works_at", $@"{{O:o}}{Aside}(?:has\s+|have\s+)?(?:hired|appointed|named|recruited|poached)\s+{{P:s}}"),
        // "Tidewater AI … said on Wednesday that it will open a lab in London and has hired Priya Raman".
        new("works_at", $@"{{O:o}}{Aside}(?:said|says|announced)\b[^⟦⟧.;]{{0,25}}?\bit\b{GapAcrossNames(80)}\b(?:has\s+|had\s+)(?:hired|appointed|recruited|poached)\s+{{P:s}}"),
                // "Jan Leike, who leads alignment research at Anthropic".
        new("works_at", $@"{{P:s}}(?:{Comma}who\s+|{Aside})(?:leads?|heads?|runs?|oversees|manages)\s+(?:the\s+)?(?:(?:[A-Za-z-]+|⟦\d+:C⟧)\s+){{1,3}}(?:at|for)\s+{{O:o}}"),
        // "Achterberg, who ran European operations for Google Cloud before joining Stratavault": what one ran, one's past.
        new("former_employee_of", $@"{{P:s}}{Comma}who\s+(?:ran|led|headed|oversaw|managed)\s+(?:the\s+)?(?:(?:[A-Za-z-]+|⟦\d+:[CL]⟧)\s+){{1,3}}(?:at|for)\s+{{O:o}}(?!\s*(?:'s|’s))"),

        // Where one studied: "顾延川毕业于上海交通大学机械系", "she earned her doctorate at ETH Zurich", "graduated from MIT".
        new("affiliated_with", $@"{{P:s}}{Gap(8)}(?:博士|硕士|本科)?毕业于\s*{{O:o}}"),
        // The subject goes on past clauses to where they studied: "聂书远此前担任…首席研究员，长期从事…研究，博士毕业于浙江大学".
        new("affiliated_with", $@"{{P:s}}(?:[^⟦⟧。！？；\n]|⟦\d+:[OLC]⟧){{0,80}}?[，,]\s*(?:博士|硕士|本科)?毕业于\s*{{O:o}}"),
        // Entering a school, or a degree it gave: "祁衡之考入南京大学计算机科学与技术系", "获卡内基梅隆大学语言技术研究所博士学位".
        new("affiliated_with", $@"{{P:s}}{Gap(8)}(?:考入|考取|就读于|求学于)\s*{{O:o}}"),
        new("affiliated_with", $@"{{P:s}}{Gap(8)}(?:获|获得|取得)\s*{{O:o}}[^⟦⟧，,。；\n]{{0,8}}?(?:博士|硕士|学士)学位"),
        // A school and the degree taken there: "北京大学计算机博士", "清华大学电子工程系本科，斯坦福大学MBA".
        new("affiliated_with", $@"{{P:s}}\s*(?:拥有|获得|取得|持有|是)?\s*{{O:o}}{ChineseDegree}"),
        new("affiliated_with", $@"{{P:s}}(?:[^⟦⟧。！？；\n]|⟦\d+:[OC]⟧){{0,40}}?{ChineseDegree}[，,、]\s*{{O:o}}{ChineseDegree}"),
        // "Raman spent seven years at DeepMind, where she worked on …, and before that completed a PhD at University College London".
        // "holds a PhD in computer vision from ETH Zurich", "earned his master's and PhD at KAIST", "read law at the University of Cambridge".
        new("affiliated_with", $@"{{P:s}}{GapAcrossNames(100)}\b(?:graduated\s+from|(?:studied|read)\s+(?:[a-z]+\s+){{0,3}}?at|(?:earned|earning|received|receiving|completed|got|holds|held)\s+(?:her|his|their|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?{Degree}(?:\s+and\s+(?:a\s+)?{Degree})?\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?(?:at|from))\s+(?:the\s+)?{{O:o+}}"),
        // "Akerholt studied at NTNU, in her home city, before earning a doctorate in statistics at Stanford University", "studied at
        // IIT Bombay and completed her PhD at the University of Washington": a second place of study, after the first.
        // "She holds a B.Tech. from X and an M.B.A. from the Wharton School": the second school.
        new("affiliated_with", $@"{{P:s}}{GapAcrossNames(100)}\b(?:holds|held|earned|received)\s+(?:a|an)\s+{Degree}\s+from\s+(?:the\s+)?⟦\d+:O⟧\s+and\s+(?:a|an)\s+{Degree}\s+from\s+(?:the\s+)?{{O:o}}"),
        new("affiliated_with", $@"{{P:s}}(?:[^⟦⟧.;!?]|⟦\d+:[OLC]⟧){{0,160}}?\b(?:(?:before|after|then)\s+(?:earning|receiving|completing|getting)|and\s+(?:earned|received|completed|got))\s+(?:her|his|their|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?{Degree}\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?(?:at|from)\s+(?:the\s+)?{{O:o}}"),
        // "当选中国计算机学会（CCF）会士": elected a fellow or member of a body.
        new("member_of", $@"{{P:s}}{Gap(12)}当选(?:为)?\s*{{O:o}}\s*(?:[（(][^）)\n]{{1,12}}[）)])?\s*(?:会士|院士|会员|理事|委员)"),
        // "Achterberg-Ruiz is a University of Michigan graduate".
        new("affiliated_with", $@"{{P:s}}\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z]+\s+)?{{O:o}}\s+(?:graduate|alumnus|alumna|alum|dropout)\b"),
        // "Jonas is a graduate of KTH Royal Institute of Technology".
        new("affiliated_with", $@"{{P:s}}\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:graduate|alumnus|alumna)\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Claire Aubertin and Yusuf Demirel, who met as doctoral students at ETH Zurich", "A and B, both PhD students at Y",
        // "A and B, undergraduates at the University of Coimbra".
        new("affiliated_with", $@"{{P:s+}}{Comma}(?:who\s+(?:met|were)\s+(?:as\s+)?|both\s+|all\s+)?(?:(?:PhD|doctoral|graduate|master's|undergraduate|postdoctoral|former)\s+)?(?:students|undergraduates|classmates|graduates|alumni)\s+(?:at|of|from)\s+(?:the\s+)?{{O:o}}"),

        // "keep an honorary position at UCL's Centre for Artificial Intelligence", "a visiting professorship at MIT".
        new("affiliated_with", $@"{{P:s}}{Gap(40)}\b(?:honorary|visiting|adjunct|affiliate)\s+(?:[\w-]+\s+)?(?:position|post|role|appointment|professorship|fellowship|chair)\s+(?:at|with)\s+(?:the\s+)?(?:⟦\d+:O⟧\s*(?:'s|’s)\s+)?{{O:o}}"),

        // "Sarah Okafor, formerly general counsel of Revolut, had joined the company's board": a director, not an employee.
        new("affiliated_with", $@"{{P:s}}{GapAcrossNames(80)}\b(?:has\s+|had\s+|have\s+|will\s+)?(?:joined|join|joins)\s+(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+(?:advisory\s+|scientific\s+|supervisory\s+)?board\b"),

        // leads
        // "The venture, called MQ Robotics, will be based in Ann Arbor and led by Priya Shah".
        // Not "At PNNL the work was led by Anjali Rao": who led a piece of work there.
        new("leads", $@"{{O:o}}{GapWithPlaces(60)}\b(?:and\s+)?(?:will\s+be\s+|is\s+)?(?<!\b(?:work|project|study|research|effort|round|trial|review|programme|program)\s+(?:was|is|were)\s+)led\s+by\s+{{P:s}}"),
        // "the university's Robot Learning Lab, led by associate professor Hannah Okafor": what the name's own aside says.
        new("leads", $@"{{O:o}}\s*,\s*led\s+by\s+(?:[a-z-]+\s+){{0,3}}?{{P:s}}"),
        // "Professor Lars Winther has agreed to serve as the institute's first director".
        new("leads", $@"{{P:s}}{Gap(30)}\bserve\s+as\s+(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+(?:first\s+|new\s+|founding\s+|next\s+|interim\s+)?(?:director|head|chair|leader)\b"),
        new("leads", $@"{{P:s}}{Gap(15)}(?:\bleads?\b|\bheads?\b|\bdirects\b|\bdirected\b|\bchairs\b|领导|带领|执掌|掌管)\s*(?:the\s+)?(?:⟦\d+:[OS]⟧\s*(?:'s|’s)\s+)?{{O:o}}{NotOneOfItsRunners}{NotItsPossession}"),
        // "The council's leader, Michael Dunstan".
        new("leads", $@"{{O:o}}\s*(?:'s|’s)\s+(?:new\s+|current\s+)?(?:leader|head|director|chair|chairman|chairwoman)\s*,\s*{{P:s}}"),
        new("leads", $@"{{P:s}}{Comma}(?:(?:is|was|as|the|now)\s+)*(?:head|leader|chief)\s+of\s+(?:the\s+)?(?:company's\s+)?{{O:o}}"),
        // "Senator Rachel Dunn, a Democrat from Michigan who chairs the committee".
        // "Gregory Allen, a former Pentagon official who now directs the Wadhwani AI Center".
        new("leads", $@"{{P:s}}\s*[,，]\s*(?:a|an|the)\s+(?:[^⟦⟧,.;]|⟦\d+:[LCO]⟧){{0,40}}?\bwho\s+(?:now\s+)?(?:chairs|leads|heads|runs|directs)\s+(?:the\s+)?{{O:o}}"),
        new("leads", $@"{{P:s}}{Gap(20)}(?:兼|是|为){Gap(6)}{{O:o}}\s*(?:的)?(?:负责人|领导人)"),

        // "Hart … now runs a climate startup, Ferrous".
        new("leads", $@"{{P:s}}(?:[^⟦⟧。.!?！？;；\n]|⟦\d+:[OSLC]⟧){{0,40}}?\b(?:runs|leads|heads)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:startup|start-up|company|firm|lab|nonprofit)\s*,\s*{{O:o}}"),
        // "she led the OLMo project".
        new("leads", $@"{{P:s}}{Gap(15)}\b(?:led|leads|heads|headed|ran|runs)\s+(?:the\s+)?{{R:o}}\s+(?:project|team|effort|program|programme)\b"),

                // member_of
        new("member_of", $@"{{P:s}}{Gap(12)}(?:\bmember of\b|成员)\s*(?:the\s+)?{{O:o}}"),
        // "Solberg's honors include election as a member of the National Academy of Engineering".
        new("member_of", $@"{{P:s}}\s*(?:'s|’s)\s+(?:honou?rs|awards|distinctions)\s+(?:include|included)\s+(?:her\s+|his\s+)?election\s+(?:as\s+)?(?:a|an)\s+(?:fellow|member)\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Joanne Reddy, a Green Party councillor": a party's councillor or lawmaker is its member.
        new("member_of", $@"{{P:s}}\s*,\s*(?:a|an|the)\s+{{O:o}}\s+(?:councillor|councilor|lawmaker|legislator|MP|MEP|senator|politician|activist|candidate|member)\b"),
        // "She was elected a Fellow of the Royal Society".
        new("member_of", $@"{{P:s}}\s+(?:was|is|has\s+been|had\s+been)\s+elected\s+(?:a|an|as\s+a)\s+(?:fellow|member)\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Senator Mark Ellison of Utah, the committee's ranking Republican".
        new("member_of", $@"{{P:s}}(?:\s+of\s+⟦\d+:L⟧)?\s*[,，]\s*(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+(?:(?:ranking|senior|junior|newest|longest-serving)\s+)?(?:Republican|Democrat|member|independent)\b"),
    ];
}
