using static Platform.Extraction.Engine.Pipeline.Relations.PatternPieces;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>How a sentence relates organisations to each other, to their products and to places.</summary>
internal static class OrganizationPatterns
{
    private const string Unit = @"(?:division|subsidiary|unit|arm|lab|laboratory|institute|team|department|part)";

    // After "Google's DeepMind": a unit noun, a clause boundary or a verb, not a noun phrase ("Microsoft's OpenAI stake").
    private const string EndOfOrganizationName = @"(?=\s*(?:[,，.;:]|$|\s(?:unit|division|lab|arm|team|has|have|had|is|was|will|said|says|released|launched|announced|unveiled|published|introduced)\b))";

    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // part_of
        new("part_of", $@"{{O:s}}{Comma}(?:(?:is|was|a|an|the|now)\s+)*(?:[A-Za-z-]+\s+){{0,2}}{Unit}\s+(?:of|at|within)\s+(?:the\s+)?{{O:o}}"),
        new("part_of", $@"{{O:s}}{Comma}(?:the\s+|a\s+|an\s+)?{{O:o}}\s*(?:'s|’s)\s*(?:[A-Za-z-]+\s+){{0,2}}{Unit}"),
        new("part_of", $@"{{O:o}}\s*(?:'s|’s)\s+{{O:s}}{EndOfOrganizationName}"),
        new("part_of", $@"{{O:o}}\s*(?:旗下(?:的)?|的子公司|的部门|下属(?:的)?)\s*{{O:s}}"),
        new("part_of", $@"{{O:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:旗下|的子公司|的部门|的一部分|(?:的)?(?:下属|附属|直属)(?:的)?[\p{{IsCJKUnifiedIdeographs}}]{{0,2}}?(?:机构|单位|部门|公司|研究所|研究院|实验室))"),

        // "Google parent Alphabet", "谷歌母公司Alphabet".
        new("part_of", $@"{{O:s}}\s*(?:'s|’s|的)?\s*(?:parent(?: company)?|owner|母公司|控股公司)\s*{{O:o}}"),

        // product_of; "ChatGPT maker OpenAI", "ChatGPT的开发商OpenAI".
        new("product_of", $@"{{R:s+}}\s*(?:'s|’s|的)?\s*(?:maker|developer|creator|owner|开发商|开发者|研发方|出品方|背后的公司)\s*{{O:o}}"),
        new("product_of", $@"{{R:s+}}\s*(?:——|—|–|-|,|，|:|：)\s*{{O:o}}\s*(?:'s|’s|的){Gap(10)}(?:产品|product|模型|model|服务|service|平台|platform|应用|app|browser|浏览器|搜索引擎|search engine|assistant|助手)"),
        new("product_of", $@"{{O:o}}\s*(?:推出|发布|开发|打造|研发|上线)(?:了|的)?{Gap(8)}{{R:s+}}"),
        new("product_of", $@"{{O:o}}\s+(?:released|launched|built|developed|introduced|unveiled|makes|created)\s+(?:[^⟦⟧.,;]{{0,15}}?)?{{R:s+}}"),
        new("product_of", $@"{{R:s}}{Gap(20)}\b(?:from|by|made by|developed by|built by)\s+{{O:o}}"),
        new("product_of", $@"{{O:o}}{CloseQuote}\s*(?:'s|’s|的|旗下的?)\s*(?:new\s+|latest\s+|最新的?\s*)?{{R:s+}}"),

        // partner_of
        new("partner_of", $@"{{O:s}}\s*[-–/]?\s*{{O:o}}\s*(?:partnership|alliance|合作伙伴关系|合作关系|联盟)"),
        new("partner_of", $@"{{O:s}}{Gap(20)}\bpartner(?:ship|ed|s|ing)?\s+with\s+{{O:o}}"),
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*{{O:o}}{Gap(6)}(?:的)?(?:合作|达成{Gap(6)}协议|结盟|合作伙伴)"),

        // invests_in
        new("invests_in", $@"{{OP:s+}}{Gap(15)}\binvest(?:ed|s|ing)?\s+(?:\S+\s+){{0,4}}?in\s+{{O:o+}}"),
        new("invests_in", $@"{{OP:s+}}{Gap(8)}(?:投资|注资|领投|跟投|参投)(?:了|的)?{{O:o+}}"),
        new("invests_in", $@"{{OP:s}}-backed\s+(?:[a-z]+\s+){{0,2}}?{{O:o}}"),
        new("invests_in", $@"{{O:o}}\s*(?:获得|得到)(?:了)?{Gap(6)}{{OP:s+}}{Gap(4)}(?:的)?(?:投资|注资)"),

        // located_in
        new("located_in", $@"{{O:s}}{Comma}(?:(?:is|was)\s+)?(?:based|headquartered|located)\s+in\s+{{L:o}}"),
        new("located_in", $@"{{O:s}}{Gap(4)}(?:位于|总部位于|总部设在|坐落于|总部在)\s*{{L:o}}"),
        new("located_in", $@"(?:总部位于|总部设在|位于|坐落于)\s*{{L:o}}\s*的\s*{{O:s}}"),
        new("located_in", $@"{{L:o}}-based\s+(?:[A-Za-z]+\s+){{0,2}}?{{O:s}}"),
        new("located_in", $@"{{O:s}}{Gap(20)}{{L:o}}-based"),

        // competitor_of
        new("competitor_of", $@"{{O:s}}{Gap(15)}\bcompet(?:e|es|ing|itor of|itors of)\s+(?:with\s+|against\s+)?{{O:o}}"),
        new("competitor_of", $@"{{O:s}}\s*(?:与|和){{O:o}}{Gap(4)}(?:竞争|对手)"),

        // affiliated_with: organisations joining, backing or belonging to an alliance, foundation or project
        // Not "researchers from Inflection AI joined Microsoft": there the people join.
        new("affiliated_with", $@"(?<!\b(?:from|of|at)\s+){{O:s+}}{Gap(20)}(?<!-)\b(?:have\s+|has\s+)?(?:joined|backed|signed on to|became (?:a )?members? of)\s+(?:the\s+)?{{O:o}}"),
        new("affiliated_with", $@"{{O:s+}}{Comma}(?:(?:is|are|was|were)\s+)?(?:a\s+|an\s+)?(?:founding\s+)?(?:members?|backers?|supporters?|sponsors?)\s+of\s+(?:the\s+)?{{O:o}}"),
        // Within the clause: in "创办了 Inflection AI，之后又加入了微软" the one who joins is the sentence's subject.
        new("affiliated_with", $@"{{O:s+}}[^⟦⟧，,。.!?！？;；\n]{{0,10}}?(?:加入(?:了)?|支持(?:了)?|成为(?:了)?){{O:o}}(?:的)?(?:成员|会员|联盟|组织|项目)?"),
        new("affiliated_with", $@"{{O:o}}{Gap(6)}(?:的)?(?:成员|支持者|支持企业|合作伙伴|会员)(?:包括|有)\s*{{O:s+}}"),
    ];
}
