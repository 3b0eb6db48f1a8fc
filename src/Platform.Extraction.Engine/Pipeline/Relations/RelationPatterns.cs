namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The cues, in Chinese and English, by which a sentence states a relation. Each is a general
/// construction of the language ("X's CEO Y", "Y是X的CEO", "co-founded X"), never a phrase of one document.
/// </summary>
internal static class RelationPatterns
{
    // Any text within the clause that is not another mention.
    private static string Gap(int max) => $"[^⟦⟧。.!?！？;；\n]{{0,{max}}}?";

    private const string Ceo = @"(?:CEO|chief executive(?: officer)?|首席执行官|行政总裁|执行长)";
    private const string Possessive = @"(?:'s|’s|的)?";
    private const string Comma = @"\s*[,，]?\s*";

    // "X, who previously worked at Y, co-founded Z": a relative clause between the subject and its verb.
    private const string RelativeClause = @"(?:\s*,\s*(?:who|which)\b[^.;!?\n]{0,100}?,)?\s*";

    // "Cisco, Dell and Red Hat joined …": every organisation of a list before the verb is a subject.
    private const string OrganizationSubjects = @"{O:s}(?:\s*(?:,|，|、|\band\b|和|与|及|&)\s*(?:and\s+)?{O:s})*";

    // "chief AI scientist", "senior vice president": up to three words (or named concepts) before the role noun.
    private const string RoleModifiers = @"(?:(?:[A-Za-z]+|⟦\d+:C⟧)\s+){0,3}";

    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // ceo_of
        new("ceo_of", $@"{{O:o}}\s*{Possessive}\s*{Ceo}\s*(?:兼{Gap(15)})?{Comma}{{P:s}}"),
        new("ceo_of", $@"{{P:s}}{Comma}(?:(?:是|为|担任|出任|现任|who is|is|was|as|now|became|has been)\s*)+(?:the\s+)?{{O:o}}\s*{Possessive}\s*{Ceo}"),
        new("ceo_of", $@"{{P:s}}{Comma}(?:(?:who is|is|was|as|now|became|has been|the)\s+)*(?:the\s+)?{Ceo}\s+(?:of|at)\s+{{O:o}}"),
        new("ceo_of", $@"{Ceo}\s+of\s+{{O:o}}{Comma}{{P:s}}"),

        // cofounder_of (before founder_of: the more specific wins)
        new("cofounder_of", $@"{{P:s}}{Gap(30)}(?:co-?founder|联合创始人|联合创办人|共同创始人)\s*(?:of\s+)?(?:the\s+)?{{O:o}}"),
        new("cofounder_of", $@"{{P:s}}{Gap(30)}(?:co-?founded|联合创立|联合创办|共同创立|共同创办)(?:了)?\s*{{O:o}}"),
        new("cofounder_of", $@"{{P:s}}{RelativeClause}(?:\w+\s+)?co-?founded\s+{{O:o}}"),
        // "… co-founded OpenAI with Elon Musk and Greg Brockman": the partners are co-founders too.
        new("cofounder_of", $@"\b(?:co-?founded|founded|started)\s+{{O:o}}\s+with\s+(?:\w+\s+){{0,2}}?{{P:s}}", 0.8, expandLists: true),
        new("cofounder_of", $@"(?:与|和|同){{P:s}}{Gap(6)}(?:共同|联合|一起)(?:创立|创办|创建)(?:了)?\s*{{O:o}}", 0.8, expandLists: true),
        new("cofounder_of", $@"{{O:o}}\s*{Possessive}\s*(?:co-?founder|联合创始人|联合创办人|共同创始人){Comma}(?:and\s+)?{{P:s}}"),
        new("cofounder_of", $@"{{P:s}}{Comma}(?:(?:是|为|is|was|a|the)\s*)+{{O:o}}\s*{Possessive}\s*(?:co-?founder|联合创始人|联合创办人)"),
        // An appositive before the name: "DeepMind 的联合创始人和…的 CEO，作者穆斯塔法·苏莱曼".
        new("cofounder_of", $@"{{O:o}}\s*(?:的)?\s*(?:联合创始人|联合创办人)[^。.!?！？;；\n]{{0,40}}?[,，]\s*(?:作者|author)?\s*{{P:s}}"),

        // founder_of
        new("founder_of", $@"{{P:s}}{Gap(30)}(?:\bfounded\b|\bstarted\b|创立|创办|创建)(?:了)?{Gap(6)}{{O:o}}"),
        new("founder_of", $@"{{P:s}}{RelativeClause}(?:\w+\s+)?founded\s+{{O:o}}"),
        new("founder_of", $@"{{P:s}}{Comma}(?:(?:是|为|is|was|the)\s*)*(?:founder|创始人|创办人)\s*(?:of\s+)?(?:the\s+)?{{O:o}}"),
        new("founder_of", $@"{{O:o}}\s*{Possessive}\s*(?:founder|创始人|创办人){Comma}{{P:s}}"),
        new("founder_of", $@"{{P:s}}{Comma}(?:是|为)\s*{{O:o}}\s*(?:的)?(?:创始人|创办人)"),

        // former_employee_of
        new("former_employee_of", $@"{{O:o}}{Gap(8)}(?:前|former\s+|ex-){Gap(6)}{{P:s}}"),
        new("former_employee_of", $@"(?:former|ex-|前)\s*{{O:o}}\s*{Possessive}\s*(?:[a-z]+\s+){{0,3}}{Gap(6)}{{P:s}}"),
        new("former_employee_of", $@"{{P:s}}{Comma}(?:the\s+)?{{O:o}}\s*(?:'s|’s)\s+former\b"),
        new("former_employee_of", $@"{{P:s}}{Comma}(?:a\s+|the\s+)?former\s+(?:[a-z]+\s+){{0,4}}(?:at|of)\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s}}{Gap(30)}\b(?:worked|spent\s+(?:\w+\s+){{0,3}}years?)\s+(?:at|for|in)\s+{{O:o}}"),
        new("former_employee_of", $@"{{P:s}}{Gap(20)}{{O:o}}{Gap(8)}(?:工作了|工作过|任职过|待了)"),
        new("former_employee_of", $@"{{P:s}}{Gap(20)}(?:曾在|曾经在|还在|曾于){{O:o}}"),
        // Said by the speaker, who may be named further back: "我创办过一家公司并在那里工作了五年，还曾在谷歌负责搜索团队".
        new("former_employee_of", $@"(?:曾在|曾经在|还在|曾于){{O:o}}{Gap(6)}(?:参与|工作|任职|负责|带领)(?:了|过)"),
        new("former_employee_of", $@"{{O:o}}\s*(?:并|，|,)?\s*在那里(?:工作|任职)(?:了|过)"),

        // works_at
        new("works_at", $@"{{P:s}}{Gap(20)}(?:\bjoined\b|加入(?:了)?)\s*{{O:o}}"),
        new("works_at", $@"{{P:s}}{RelativeClause}(?:\w+\s+)?joined\s+{{O:o}}"),
        new("works_at", $@"{{P:s}}{Gap(15)}(?:\bworks?\s+(?:at|for)\b|就职于|任职于|供职于)\s*{{O:o}}"),
        new("works_at", $@"{{O:o}}\s*{Possessive}\s*{RoleModifiers}(?:employee|engineer|researcher|scientist|executive|president|chairman|CTO|CFO|COO|研究员|工程师|科学家|高管|总裁|董事长|副总裁|首席[\p{{IsCJKUnifiedIdeographs}}]{{1,6}}官){Comma}{{P:s}}"),

        // leads
        new("leads", $@"{{P:s}}{Gap(15)}(?:\bleads?\b|\bheads?\b|领导|带领|执掌|掌管)\s*(?:the\s+)?{{O:o}}"),
        new("leads", $@"{{P:s}}{Comma}(?:(?:is|was|as|the|now)\s+)*(?:head|leader|chief)\s+of\s+(?:the\s+)?(?:company's\s+)?{{O:o}}"),
        new("leads", $@"{{P:s}}{Gap(20)}(?:兼|是|为){Gap(6)}{{O:o}}\s*(?:的)?(?:负责人|领导人|掌门人)"),
        new("leads", $@"{{O:o}}\s*(?:的)?(?:负责人|领导人|head){Comma}{{P:s}}"),

        // author_of
        new("author_of", $@"{{P:s}}{Gap(12)}(?:的)?(?:新书|著作|新作|书|作品|著)\s*{{W:o}}"),
        new("author_of", $@"(?:新书|著作|新作|book)\s*{{W:o}}\s*(?:中|里)?{Comma}{{P:s}}"),
        new("author_of", $@"{{W:o}}{Gap(8)}(?:作者|\bby\b|\bauthor\b)\s*(?:is\s+)?{{P:s}}"),
        new("author_of", $@"{{P:s}}{Gap(15)}\b(?:wrote|authored|author of|'s book|’s book|book)\s*(?:the\s+book\s+)?{{W:o}}"),

        // part_of
        new("part_of", $@"{{O:s}}{Comma}(?:(?:is|was|a|an|the)\s+)*(?:division|subsidiary|unit|arm|lab|team|department)\s+(?:of|at|within)\s+{{O:o}}"),
        new("part_of", $@"{{O:o}}\s*(?:旗下(?:的)?|的子公司|的部门|下属(?:的)?)\s*{{O:s}}"),
        new("part_of", $@"{{O:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:旗下|的子公司|的部门|的一部分)"),

        // product_of
        new("product_of", $@"{{R:s}}\s*(?:——|—|–|-|,|，|:|：)\s*{{O:o}}\s*(?:'s|’s|的){Gap(10)}(?:产品|product|模型|model|服务|service|平台|platform|应用|app|browser|浏览器|搜索引擎|search engine|assistant|助手)", 0.8, expandLists: true),
        new("product_of", $@"{{O:o}}\s*(?:推出|发布|开发|打造|研发|上线)(?:了|的)?{Gap(8)}{{R:s}}", 0.8, expandLists: true),
        new("product_of", $@"{{O:o}}\s+(?:released|launched|built|developed|introduced|unveiled|makes|created)\s+(?:[^⟦⟧.,;]{{0,15}}?)?{{R:s}}", 0.8, expandLists: true),
        new("product_of", $@"{{R:s}}{Gap(10)}\b(?:from|by|made by|developed by|built by)\s+{{O:o}}"),
        new("product_of", $@"{{O:o}}\s*(?:'s|’s|的)\s*(?:new\s+|latest\s+|最新的?\s*)?{{R:s}}"),

        // predecessor_of
        new("predecessor_of", $@"{{R:s}}\s*(?:是|为|is|was)\s*(?:one of\s+)?(?:the\s+)?{{R:o}}\s*(?:的)?(?:前身|predecessors?)"),
        new("predecessor_of", $@"{{R:s}}{Gap(10)}(?:predecessor|precursor)s?\s+(?:of|to)\s+{{R:o}}"),
        new("predecessor_of", $@"{{R:o}}{Gap(10)}(?:successor|继任者)\s*(?:of|to|是)?\s*{{R:s}}"),

        // partner_of
        new("partner_of", $@"{{O:s}}\s*[-–/]?\s*{{O:o}}\s*(?:partnership|alliance|合作伙伴关系|合作关系|联盟)"),
        new("partner_of", $@"{{O:s}}{Gap(20)}\bpartner(?:ship|ed|s|ing)?\s+with\s+{{O:o}}"),
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*{{O:o}}{Gap(6)}(?:的)?(?:合作|达成{Gap(6)}协议|结盟|合作伙伴)"),

        // invests_in
        new("invests_in", $@"{{OP:s}}{Gap(15)}\binvest(?:ed|s|ing)?\s+(?:\S+\s+){{0,4}}?in\s+{{O:o}}"),
        new("invests_in", $@"{{OP:s}}{Gap(8)}(?:投资(?:了)?|注资){{O:o}}"),
        new("invests_in", $@"{{O:o}}\s*(?:获得|得到)(?:了)?{Gap(6)}{{OP:s}}{Gap(4)}(?:的)?(?:投资|注资)"),

        // located_in
        new("located_in", $@"{{O:s}}{Comma}(?:(?:is|was)\s+)?(?:based|headquartered|located)\s+in\s+{{L:o}}"),
        new("located_in", $@"{{O:s}}{Gap(4)}(?:位于|总部位于|总部设在|坐落于|总部在)\s*{{L:o}}"),

        // participant_of
        new("participant_of", $@"{{P:s}}{Gap(15)}\b(?:attended|spoke at|speaking at|keynote at|took part in|participated in)\s+(?:the\s+)?{{E:o}}"),
        new("participant_of", $@"{{P:s}}{Gap(10)}(?:参加|出席|参与|亮相)(?:了)?{Gap(4)}{{E:o}}"),
        new("participant_of", $@"{{P:s}}{Gap(4)}(?:在|于)\s*{{E:o}}\s*(?:上|中|期间|现场)"),
        new("participant_of", $@"{{E:o}}{Gap(10)}(?:汇聚|聚集|吸引|gathered|brought together|featured)(?:了)?{Gap(10)}{{OP:s}}", 0.7, expandLists: true),
        new("participant_of", $@"(?:回到|欢迎来到|back (?:on|to)|welcome to)\s*(?:the\s+)?{{W:o}}{Gap(8)}(?:与|with|和)\s*{{P:s}}"),

        // competitor_of
        new("competitor_of", $@"{{O:s}}{Gap(15)}\bcompet(?:e|es|ing|itor of|itors of)\s+(?:with\s+|against\s+)?{{O:o}}"),
        new("competitor_of", $@"{{O:s}}\s*(?:与|和){{O:o}}{Gap(4)}(?:竞争|对手)"),

        // affiliated_with: organisations joining, backing or belonging to an alliance, foundation or project
        new("affiliated_with", OrganizationSubjects + $@"{Gap(20)}\b(?:have\s+|has\s+)?(?:joined|backed|signed on to|became (?:a )?members? of)\s+(?:the\s+)?{{O:o}}", 0.8, expandLists: true),
        new("affiliated_with", OrganizationSubjects + $@"{Comma}(?:(?:is|are|was|were)\s+)?(?:a\s+|an\s+)?(?:founding\s+)?(?:members?|backers?|supporters?|sponsors?)\s+of\s+(?:the\s+)?{{O:o}}", 0.8, expandLists: true),
        new("affiliated_with", OrganizationSubjects + $@"{Gap(10)}(?:加入(?:了)?|支持(?:了)?|成为(?:了)?){{O:o}}(?:的)?(?:成员|会员|联盟|组织|项目)?", 0.8, expandLists: true),
        new("affiliated_with", $@"{{O:o}}{Gap(6)}(?:的)?(?:成员|支持者|支持企业|合作伙伴|会员)(?:包括|有)\s*{{O:s}}", 0.8, expandLists: true),

        // member_of
        new("member_of", $@"{{P:s}}{Gap(12)}(?:\bmember of\b|成员)\s*(?:the\s+)?{{O:o}}"),
    ];
}
