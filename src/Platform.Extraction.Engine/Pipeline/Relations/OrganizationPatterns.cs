using static Platform.Extraction.Engine.Pipeline.Relations.PatternPieces;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>How a sentence relates organisations to each other, to their products and to places.</summary>
internal static class OrganizationPatterns
{
    // "Series A", "seed", a bare letter ("the A").
    // "等芯片厂商", "等客户": the kind of firm a Chinese list's members are, after 等.
    private const string KindAfterAList = @"(?:等(?:[\p{IsCJKUnifiedIdeographs}]{0,6}?)(?:厂商|企业|公司|伙伴|机构|同行|对手))?\s*";

    private const string RoundName = @"(?:Series\s+[A-F]|seed|[A-F])(?:\s+round)?\b";

    // A firm's round after its name's "'s": "seed round", "$42 million Series B", "latest round".
    private const string PossessedRound = @"(?:[$€£]?\d[\d.,]*\s*(?:million|billion|bn|m)?\s+)?(?:(?:first|latest|last|new)\s+)?(?:Series\s+[A-F]\b|seed\b|round\b)";

    private const string Unit = @"(?:division|subsidiary|unit|arm|lab|laboratory|institute|team|department|part)";

    // After "Google's DeepMind": a unit noun, a clause boundary or a verb, not a noun phrase ("Microsoft's OpenAI stake").
    private const string EndOfOrganizationName = @"(?=\s*(?:[,，.;:]|$|\s(?:unit|division|lab|arm|team|has|have|had|is|was|will|said|says|released|launched|announced|unveiled|published|introduced|sells|offers|makes|builds)\b))";

    // After "我们的气候创新基金", "our research team": what may follow the name of a thing of ours, not a noun phrase
    // ("我们的OpenAI合作", "our OpenAI partnership").
    private const string EndOfOurs = @"(?=\s*(?:[,，.。;；:：!?！？]|$|\s(?:has|have|had|is|was|will|are|were)\b|是|将|已|正在|致力于|负责|也|还|会|要))";

    // The owner named before an investor ("Amazon's Industrial Innovation Fund"): the investor is the fund.
    private const string Owner = @"(?:⟦\d+:[OS]⟧\s*(?:'s|’s)\s+)?";

    // ", Texas" in "an Austin, Texas-based designer": the region a city is named with.
    private const string ThenItsRegion = @"(?:,\s*⟦\d+:L⟧)?";

    // 浙江杭州, 江苏苏州: the province a Chinese text names right before the city, which is where a firm is.
    private const string ThroughAStake = @"\s+(?:through|with|via)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:stake|investment|holding)\b";

    private const string RegionBefore = @"(?:⟦\d+:L⟧\s*)?";

    // "Paris-based Mistral AI", "Tokyo's Sakana AI": where a firm is, said before its name.
    private const string PlaceBefore = @"(?:⟦\d+:L⟧(?:-based\s+|\s*(?:'s|’s)\s+))?";

    private const string SignsADealWith = @"\s*(?:\w+\s+){0,2}?\b(?:signed|struck|inked|has|have)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:deals?|agreements?|contracts?|pilots?)\s+with\s+";

    // "The company's largest shareholders are", before who they are.
    private const string ShareholdersAre = @"\s*(?:'s|’s)\s+(?:largest\s+|biggest\s+|main\s+|major\s+)?(?:shareholders|investors|backers)\s+(?:are|include|included|were)\s+";

    // "… competes with", before what it competes with.
    // "competing directly with", "compete head-to-head against".
    private const string HowDirectly = @"(?:(?:directly|head-to-head|head\s+on)\s+)?";

    private static readonly string CompetesWith = Gap(15) + @"\bcompet(?:e|es|ing)\s+" + HowDirectly + @"(?:with|against)\s+";

    // "Stackwise, which was spun out of the University of Cambridge's engineering department in 2017, raised …": the
    // subject's relative clause, names and all, before what the subject did.
    // The loop is greedy (no comma inside it): lazy, it made the compiled pattern throw IndexOutOfRangeException.
    private const string WhichClause = @"(?:\s*,\s*(?:which|that)\s+(?:[^.;⟦⟧,]|⟦\d+:[OLC]⟧)+,)?";

    // "Hudl's StatsBomb": the owner of the first member of a list, named before it.
    private const string OwnerOfTheFirst = @"(?:⟦\d+:O⟧\s*(?:'s|’s)\s+)?";

    // Firms listed within one clause: a comma ends the list, since the next clause may open with the firm's zero-width
    // mention (CompanyAnaphora.BusinessClauses): "主要对手为砥石科技，海外对手为英伟达".
    // The firm a sentence or a list's item (——深圳沛岩机器人有限公司，…) opens with, then its first clause.
    private const string FirmOpeningAnItem = @"(?<=^|[。！？；;!?\n])\s*(?:——|—|[-*•])?\s*{O:o}(?:[^。！？；;!?\n⟦⟧]|⟦\d+:[CLOR]⟧){0,40}?[,，]\s*";

    // "腾讯是知镜最早的机构投资人", "阿里巴巴同时是知镜的股东、供应商和竞争对手", "腾讯既是知镜的第二大股东，又是第三大客户":
    // one of the roles the subject holds for the firm, perhaps among others listed or said in a second clause.
    private static string HoldsTheRoleFor(string subject, string roles) =>
        subject + @"\s*(?:也|还|既|同时|又|则)?(?:是|为)\s*{O:o}\s*的?\s*(?:(?:[\p{IsCJKUnifiedIdeographs}]{1,10}?[、和与及])?[\p{IsCJKUnifiedIdeographs}]{0,5}?的?(?:" + roles
        + @")|[^，,。；;⟦⟧]{0,10}[，,]\s*(?:又|也|还)(?:是|为)\s*[\p{IsCJKUnifiedIdeographs}]{0,5}?(?:" + roles + "))";

    private const string ClauseList = @"{O:o}(?:\s*(?:、|和|与|及|以及)\s*{O:o})*";

    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // part_of
        new("part_of", $@"{{O:s}}{Comma}(?:(?:is|was|a|an|the|now)\s+)*(?:[A-Za-z-]+\s+){{0,2}}{Unit}\s+(?:of|at|within)\s+(?:the\s+)?{{O:o}}"),
        // "Keystone Press, which owns the Philadelphia Courier and is itself a unit of Meridian Holdings".
        new("part_of", $@"{{O:s}}{Comma}which\s+(?:[^.;⟦⟧]|⟦\d+:[OLC]⟧){{0,80}}?\band\s+is\s+(?:itself\s+|also\s+|now\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{Unit}\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Harbor Media Group, owner of The Boston Ledger and the Chicago Evening Star", "Keystone Press, which owns the
        // Philadelphia Courier": what a firm owns is part of it.
        new("part_of", $@"{{O:o}}{Comma}(?:(?:the|its)\s+)?(?:owner|publisher|parent)\s+of\s+(?:the\s+)?{{O:s+}}"),
        // "The institute will sit within my ministry, the Ministry of Digital Affairs".
        new("part_of", $@"{{O:s}}\s+(?:will\s+|would\s+)?(?:sit|sits|be\s+housed|is\s+housed|was\s+housed)\s+(?:within|inside|under)\s+(?:[^⟦⟧.;,]{{0,20}},\s*)?(?:the\s+)?{{O:o}}"),
        new("part_of", $@"{{O:o}}{Comma}which\s+(?:also\s+)?(?:owns|publishes)\s+(?:the\s+)?{{O:s+}}"),
        // "Hawk-Eye Innovations, the Sony subsidiary used by …".
        new("part_of", $@"{{O:s}}{Comma}(?:the|a|an)\s+{{O:o}}\s+(?:subsidiary|unit|division|arm)\b"),
        // "Mercado Pago, the payments business of the Latin American marketplace Mercado Libre".
        new("part_of", $@"{{O:s}}{Comma}(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:business|arm|unit|division|subsidiary)\s+of\s+(?:the\s+)?(?:(?:[\w-]+|⟦\d+:[LC]⟧)\s+){{0,3}}?{{O:o}}"),
        // "灵犀语音将成为云岫科技的全资子公司".
        new("part_of", $@"{{O:s}}{Gap(8)}(?:将|已)?(?:成为|是|为)(?:了)?\s*{{O:o}}\s*(?:的|旗下的?)?\s*(?:全资|控股)?子公司"),
        new("part_of", $@"{{O:s}}{Comma}(?:the\s+|a\s+|an\s+)?{{O:o}}\s*(?:'s|’s)\s*(?:[A-Za-z-]+\s+|⟦\d+:C⟧\s+){{0,3}}{Unit}"),
        new("part_of", $@"{{O:o}}\s*(?:'s|’s)\s+{{O:s}}{EndOfOrganizationName}"),
        // "Nvidia's venture arm NVentures", "its investment arm, Intel Capital".
        new("part_of", $@"{{O:o}}\s*(?:'s|’s)\s+(?:corporate\s+)?(?:venture|venture-capital|investment|investing)\s+(?:arm|fund|unit)\s*,?\s*{{O:s}}"),
        // "Brightline AI said it would fold its robotics division, Brightline Motion, into research".
        new("part_of", $@"{{O:o}}{Gap(40)}\b{Its}\s+(?:[a-z-]+\s+|⟦\d+:C⟧\s+){{0,2}}?{Unit}\s*,\s*{{O:s}}"),
        // "实验室成立于2015年，隶属南京大学人工智能学院": the body a unit belongs to.
        new("part_of", $@"{{O:s}}(?:[^⟦⟧。；！？\n]){{0,16}}?(?:隶属于?|归属于?|挂靠于?|挂靠在)\s*{{O:o}}"),
        new("part_of", $@"{{O:o}}\s*(?:旗下(?:的)?|的子公司|的部门|下属(?:的)?)\s*{{O:s}}"),
        // "公司全资子公司上海澜途数据服务有限公司".
        new("part_of", $@"{{O:o}}\s*的?(?:全资|控股)子公司\s*[“""「]?\s*{{O:s}}"),
        // "澄观智能拟与控股子公司上海澄观数据服务有限公司签订…": a deal with the subject's own subsidiary.
        new("part_of", $@"{{O:o}}{Gap(8)}(?:与|和|同|向)\s*(?:其|公司)?(?:全资|控股)子公司\s*[“""「]?\s*{{O:s}}"),
        // "学而思是好未来旗下品牌".
        new("part_of", $@"{{O:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:旗下|下属)的?\s*(?:品牌|公司|子公司|业务|部门|机构)"),
        // "字节跳动旗下云服务平台火山引擎": what kind of unit it is, between the owner and the name.
        new("part_of", $@"{{O:o}}\s*(?:旗下|下属)的?(?:[\p{{IsCJKUnifiedIdeographs}}]|⟦\d+:C⟧){{1,8}}?(?:平台|公司|品牌|子公司|部门|业务)\s*{{O:s}}"),
        // In apposition: "作为Linux基金会旗下的开源项目，Agency…", "an open source Linux Foundation project, Agency".
        new("part_of", $@"{{O:o}}\s*(?:旗下|下属)的?{Gap(8)}(?:项目|公司|机构|组织|单位|团队|部门)\s*[,，]\s*{{O:s}}"),
        new("part_of", $@"\b(?:a|an)\s+(?:[a-z-]+\s+){{0,3}}?{{O:o}}\s+(?:project|company|{Unit})\s*,\s*(?:the\s+)?{{O:s}}"),
        // A unit an organisation sets up: "云帆集团成立了深海智能团队", "Northwind formed a new unit, Basalt Labs".
        // Not an alliance one leads others in founding (协会明年将牵头成立具身智能产业联盟).
        new("part_of", $@"{{O:o}}{Gap(6)}(?<!牵头|出资)(?:成立|组建|设立|创建)了?(?:一个|一支|新的?)?{{O:s}}"),
        // "武汉地铁集团有限公司12月2日宣布，其全资子公司武汉地铁运营有限公司将…": 其 is the subject of the sentence.
        new("part_of", $@"{{O:o}}{GapWithPlaces(30)}[，,]\s*其(?:全资|控股|直属)?子公司\s*[“""「]?\s*{{O:s}}"),
        // "公司将旗下医疗影像业务分拆为独立子公司“澜影医疗”": a business spun off as a subsidiary stays the firm's.
        new("part_of", $@"{{O:o}}{GapAcrossNames(40)}分拆(?:为|成)(?:一家)?(?:独立的?)?子公司\s*[“""「]?\s*{{O:s}}"),
        // "澜舟数智与香港科技大学合办的可信AI研究中心": a centre two run together is part of each.
        new("part_of", $@"{{O:o+}}\s*(?:合办|共建|联合成立|共同成立|联合创办|共同创办)的\s*{{O:s}}"),
        new("part_of", $@"{{O:o}}\s+(?:has\s+|have\s+)?(?:formed|set up|created|established)\s+(?:a|an|the|{Its})\s*(?:new\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{Unit}\s*,?\s*)?(?:the\s+)?{{O:s}}"),
        // What "we" call ours: "我们的气候创新基金致力于…", "our superintelligence team is…".
        new("part_of", $@"{{S:o}}\s*的?\s*{{O:s}}{EndOfOurs}"),
        new("part_of", $@"{{O:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:旗下|的子公司|的部门|的一部分|(?:的)?(?:下属|附属|直属)(?:的)?[\p{{IsCJKUnifiedIdeographs}}]{{0,2}}?(?:机构|单位|部门|公司|研究所|研究院|实验室))"),

        // "Carnegie Mellon University, where she ran the Dexterous Manipulation Lab".
        new("part_of", $@"{{O:o}}{Comma}where\s+(?:he|she|they|we|I|⟦\d+:[PS]⟧)\s+(?:[^⟦⟧.;]{{0,50}}?\band\s+)?(?:ran|runs|led|leads|headed|heads|directed|directs|founded)\s+(?:the\s+|{Its}\s*)?{{O:s}}"),

        // An acquisition makes the bought firm part of the buyer: "已完成对北京知语科技有限公司的全资收购", "Zhipu acquired Zhiyu".
        new("part_of", $@"{{O:o}}{Gap(10)}(?:完成|宣布)了?(?:对){{O:s}}(?:的)?(?:全资|战略)?(?:收购|并购)"),
        new("part_of", $@"{{O:o}}{Gap(10)}(?:收购|并购)了\s*{{O:s}}"),
        new("part_of", $@"{{O:o}}\s+(?:has\s+|have\s+)?(?:acquired|bought|completed\s+(?:{Its}|the)\s*acquisition\s+of)\s+{{O:s}}"),
        // "远景汽车则是安徽省国资委控股的企业": who owns a firm.
        new("part_of", $@"{{O:s}}{Gap(4)}(?:是|为)\s*{{O:o}}\s*(?:控股|全资控股|全资|旗下)的?(?:企业|公司|子公司)"),
        // "Tessellate also completed its $400 million purchase of Cobalt Networks".
        new("part_of", $@"{{O:o}}{Gap(20)}\b(?:completed|closed|announced|finalized|finalised)\s+(?:its|the|a)\s+(?:[$€£]{AmountDigit}+\s*(?:million|billion|bn|m)?\s+)?(?:purchase|acquisition|takeover|buyout)\s+of\s+{{O:s}}"),
        // "Brightline Health, the Nashville-based operator of clinics, has agreed to acquire Notewell", "X buys AI scribe startup Y".
        new("part_of", $@"{{O:o}}{Aside}(?:has\s+|have\s+)?(?:agreed|agrees)\s+to\s+(?:acquire|buy)\s+{{O:s}}"),
        new("part_of", $@"{{O:o}}\s+(?:buys|acquires)\s+(?:[\w-]+\s+){{0,3}}?{{O:s}}"),

        // "Scanwise was acquired by Philips in 2021".
        new("part_of", $@"{{O:s}}{Comma}(?:which\s+|that\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|since\s+)?(?:acquired|bought|purchased|taken\s+over)\s+by\s+{FirmDescribedBefore}{{O:o}}"),
        // "Boston Dynamics, owned by Hyundai", "Halden AI, which is owned by the Boston-based investment firm Corrigan Partners".
        new("part_of", $@"{{O:s}}{Comma}(?:which\s+is\s+|now\s+)?(?:owned|controlled)\s+by\s+{FirmDescribedBefore}{{O:o}}"),
        // "Tri-County Press Group, which publishes five daily and weekly titles across northwest Ohio, is owned by Brightline".
        new("part_of", $@"{{O:s}}\s*,\s*which\s+(?:[^,，.;⟦⟧]|⟦\d+:[LCR]⟧){{1,100}}?,\s*is\s+(?:now\s+|wholly\s+|majority[ -])?(?:owned|controlled)\s+by\s+{FirmDescribedBefore}{{O:o}}"),
        // "Indosat is controlled by Qatar's Ooredoo and Hong Kong's CK Hutchison": each owner, named with its country.
        new("part_of", $@"{{O:s}}\s+(?:is|was|remains)\s+(?:jointly\s+|majority[\s-]+)?(?:owned|controlled)\s+by\s+(?:⟦\d+:L⟧\s*(?:'s|’s)\s+)?{{O:o}}"),
        new("part_of", $@"{{O:s}}\s+(?:is|was|remains)\s+(?:jointly\s+|majority[\s-]+)?(?:owned|controlled)\s+by\s+(?:(?:⟦\d+:L⟧\s*(?:'s|’s)\s+)?⟦\d+:O⟧\s*(?:,|and)\s*)+(?:⟦\d+:L⟧\s*(?:'s|’s)\s+)?{{O:o}}"),
                // "Google parent Alphabet", "谷歌母公司Alphabet".
        new("part_of", $@"{{O:s}}\s*(?:'s|’s|的)?\s*(?:parent(?: company)?|owner|母公司|控股公司)\s*{{O:o}}"),

        // product_of; "ChatGPT maker OpenAI", "ChatGPT的开发商OpenAI".
        new("product_of", $@"{{R:s+}}\s*(?:'s|’s|的)?\s*(?:maker|developer|creator|owner|开发商|开发者|研发方|出品方|背后的公司)\s*{{O:o}}"),
        // "the company behind ChatGPT", "Penstock AI, the Toronto-based start-up behind the Penstock Sentinel policy engine".
        new("product_of", $@"{{O:o}}\s+behind\s+(?:the\s+|its\s+)?{{R:s}}"),
        // "Tidewater AI, the Amsterdam-based maker of the Harbor coding assistant".
        new("product_of", $@"{{O:o}}{Comma}(?:the\s+|a\s+|an\s+)?(?:(?:[\w-]+|⟦\d+:L⟧(?:-[\w]+)?)\s+){{0,3}}?(?:maker|developer|creator)\s+of\s+(?:the\s+)?{{R:s+}}"),
        // "Jinghe Studio, Yunjing's agent-building platform".
        new("product_of", $@"{{R:s+}}\s*(?:——|—|–|-|,|，|:|：)\s*{{O:o}}\s*(?:'s|’s|的){Gap(24)}(?:产品|product|模型|model|服务|service|平台|platform|应用|app|browser|浏览器|搜索引擎|search engine|assistant|助手|harness|library|framework|engine|editor|tool)"),
        // "微软上周发布了Copilot", "我们在Copilot中发布了一个叫‘真实对话’的功能"; a product it is part of may come first.
        new("product_of", $@"{{O:o}}{Gap(12)}(?:在⟦\d+:R⟧(?:中|里|上))?(?:推出|发布|开发|打造|研发|上线|量产|生产|开源)(?:了|的)?{Gap(10)}{{R:s+}}"),
        // "作业帮在北京发布新一代AI学习机T30": where it launched it between.
        new("product_of", $@"{{O:o}}\s*在\s*⟦\d+:L⟧\s*(?:正式)?(?:推出|发布|上线)(?:了)?{Gap(12)}{{R:s+}}"),
        // "言犀是京东探索研究院推出的数字人和大模型产品线".
        new("product_of", $@"{{R:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:推出|发布|开发|研发|打造)的"),
        // What two release together is each one's: "青溪智能与浙江大学计算机视觉实验室联合发布了模型“映川”".
        // So with several partners: "其与安徽省农业科学院、安徽省气象局共同研发的…大模型“禾眼”".
        new("product_of", $@"{{O:o}}\s*(?:与|和|同)\s*(?:⟦\d+:O⟧\s*(?:、|,|，|和|及)\s*)*⟦\d+:O⟧\s*(?:联合|共同)(?:发布|推出|开源|研发|开发)(?:并开源)?(?:了|的)?{Gap(16)}{{R:s+}}"),
        new("product_of", $@"⟦\d+:[OS]⟧\s*(?:与|和|同)\s*{{O:o+}}\s*(?:联合|共同)(?:发布|推出|开源|研发|开发)(?:并开源)?(?:了|的)?{Gap(16)}{{R:s+}}"),
        // A studio's game: "其开放世界武侠游戏《…》", "也在为武侠新作《…》", "旗下还有手游《…》".
        new("product_of", $@"{{O:o}}{Gap(12)}(?:游戏|手游|端游|新作)\s*《?{{R:s}}"),
        new("product_of", $@"{{O:o}}(?:[^。！？；;\n⟦⟧]|⟦\d+:[LC]⟧){{0,20}}?旗下(?:还有|另有|拥有)?[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}?(?:游戏|手游)\s*《?{{R:s}}"),
        // "远景汽车明年上市的纯电SUV“远景E7”": what a firm brings to market.
        new("product_of", $@"{{O:o}}\s*(?:今年|明年|即将|将|新|近期)?(?:上市|推出|发布)的[^，,。；⟦⟧]{{0,10}}?“{{R:s}}”"),
        // A product shown at an event, named after its kind: "深言智能计划…在…世界互联网大会上展示基于该模型的教育产品“观澜学伴”".
        new("product_of", $@"{{O:o}}{Gap(12)}(?:在|于)\s*(?:⟦\d+:L⟧\s*(?:举行|举办|召开)的\s*)?⟦\d+:E⟧\s*(?:上|期间|现场)\s*(?:展示|发布|推出)(?:了)?{Gap(16)}(?:产品|模型|芯片|应用|平台|助手|机器人)\s*“?{{R:s}}"),
        // "展示了公司最新的人形机器人G1": the newest of its kind is its own.
        new("product_of", $@"{{O:o}}{CloseQuote}\s*的?\s*(?:最新|新一代|第一款|首款|旗舰|自研|自建|自主研发|自行研发)的?{Gap(8)}{{R:s}}"),
        new("product_of", $@"{{O:o}}\s+(?:(?:just|recently|also|now|has|have|had)\s+)*(?:released|launched|built|developed|introduced|unveiled|makes|created|shipped|debuted|rolled out|will\s+release|will\s+launch|plans\s+to\s+release|releases|launches)\s+(?:in\s+⟦\d+:R⟧\s+)?(?:[^⟦⟧.,;]{{0,20}}?)?{{R:s+}}"),
        // "Halcyon Lab, the nonprofit research group spun out of …, on Tuesday released Wren-34B".
        // "Kiln Robotics used its keynote at the Forge developer conference on Tuesday to unveil Porter".
        new("product_of", $@"{{O:o}}{GapAcrossNames(80)}\bto\s+(?:unveil|launch|release|introduce|debut|show\s+off)\s+{{R:s+}}"),
        // "Garuda-7B, an Indonesian-language model trained by Indosat with the Jakarta start-up Kata Nusa": each that made it.
        new("product_of", $@"{{R:s}}{Comma}(?:a|an|the)\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?(?:model|chip|robot|app|assistant|agent|system|tool|platform)\s+(?:trained|built|developed|designed|made)\s+by\s+{{O:o}}"),
        new("product_of", $@"{{R:s}}{Comma}(?:a|an|the)\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?(?:model|chip|robot|app|assistant|agent|system|tool|platform)\s+(?:trained|built|developed|designed|made)\s+by\s+⟦\d+:O⟧\s+(?:together\s+)?with\s+{FirmDescribedBefore}(?:(?:⟦\d+:L⟧|[\w-]+)\s+){{0,3}}?{{O:o}}"),
        new("partner_of", $@"\b(?:trained|built|developed|designed|made)\s+by\s+{{O:s}}\s+(?:together\s+)?with\s+{FirmDescribedBefore}(?:(?:⟦\d+:L⟧|[\w-]+)\s+){{0,3}}?{{O:o}}"),
        // "ETH Zurich, EPFL and the Swiss National Supercomputing Centre (CSCS) on Tuesday released Apertus": each is its maker.
        new("product_of", $@"{{O:o+}}\s*(?:[（(]\s*⟦\d+:O⟧\s*[）)])?\s+(?:(?:on|in|this|last)\s+\w+\s+)?(?:released|launched|unveiled|introduced|open-sourced)\s+{{R:s}}"),
        new("product_of", $@"{{O:o}}{Aside}(?:(?:on|in|this|last)\s+\w+\s+)?(?:released|launched|unveiled|introduced|shipped|open-sourced|debuted)\s+(?:its\s+|a\s+|an\s+|the\s+)?(?:[^⟦⟧.,;]{{0,20}}?)?{{R:s+}}"),
        // "the Allen Institute for AI, where she led the OLMo project".
        new("product_of", $@"{{O:o}}{Comma}where\s+(?:he|she|they|we|I|⟦\d+:[PS]⟧)\s+(?:led|ran|headed|built|created|started|worked on)\s+(?:the\s+)?{{R:s}}"),
                new("product_of", $@"{{S:o}}\s*的?\s*{{R:s}}{EndOfOurs}"),
        // "我们的第一个模型“穹顶-7B”", "our first model, Orca".
        new("product_of", $@"{{S:o}}\s*的\s*(?:第一个|首个|第一款|首款|新一代|新|最新的?|下一代)?\s*[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}?(?:模型|产品|芯片|应用|平台|系统|机器人|助手)\s*[“""「『]?\s*{{R:s}}"),
        new("product_of", $@"{{S:o}}\s+(?:(?:first|new|latest|flagship|next)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:model|product|robot|chip|app|assistant|platform)\s*,?\s*{{R:s}}"),
        // "The Kestrel K1, our first robot".
        new("product_of", $@"{{R:s}}\s*,\s*{{S:o}}\s+(?:(?:first|new|latest|flagship|next|second|original)\s+)?(?:[a-z-]+\s+){{0,2}}?(?:model|product|robot|chip|app|assistant|platform)\b"),
        // "其核心产品“知语Agent”": the organisation (or 其, it) and the kind of thing before a quoted product.
        new("product_of", $@"{{O:o}}\s*的?\s*(?:核心|主要|旗舰|最新|首款|第一款)?(?:产品|模型|应用|平台|芯片)\s*[“""「『]\s*{{R:s}}"),
        // "公司专注于工业场景的灵巧手，第一款产品“千手T1”…": the firm's first product after a comma.
        new("product_of", $@"{{O:o}}{GapAcrossNames(30)}[，,]\s*(?:其|它的)?(?:第一款|首款|最新|旗舰|主要|核心)(?:产品|芯片|模型|机器人)\s*[“""「『]\s*{{R:s}}"),
        // Each of a firm's products it lists: "声湃科技的核心产品包括车载语音助手“声湃Auto”和…系统“声湃医声”".
        new("product_of", $@"(?<={{O:o}}\s*的?\s*(?:核心|主要|旗舰)?产品(?:线)?(?:包括|有|涵盖)[^。；！？\n]{{0,60}}?)[“""「]?{{R:s}}"),
        // "Grip One is our robotic hand", "穹顶是我们的端侧模型"; not "Claude Code是我们最直接的对手".
        new("product_of", $@"{{R:s}}\s*(?:is|was|will be|是)\s*{{S:o}}(?![^，,。；;.]{{0,8}}?(?:对手|竞品|rival|competitor))\s*(?:的)?\s*(?:new\s+|latest\s+|first\s+|flagship\s+)?[\p{{IsCJKUnifiedIdeographs}}a-z-]"),
        // "X from Y" and "made by Y", but not what one rents from a cloud ("We rent NVIDIA H100s from CoreWeave", "chips rented from …").
        new("product_of", $@"(?<!\b(?:rent|rents|renting|lease|leases|leasing)\s+(?:(?:[\w-]+|⟦\d+:[OC]⟧)\s+){{0,2}}){{R:s}}{Gap(20)}(?<!\b(?:rented|leased|bought|purchased|sourced|hired|borrowed)\s)\b(?:from|by|made by|developed by|built by)\s+{{O:o}}"),
        // "Haulwise, the Columbus-based maker of the LaneMind routing model".
        new("product_of", $@"{{O:o}}{Comma}(?:the|a|an)\s+(?:(?:[\w-]+|⟦\d+:[LC]⟧)\s+){{0,3}}?(?:maker|developer|creator|publisher)\s+of\s+(?:the\s+)?{{R:s}}"),
        // "TuskNet, an image-recognition model built by the Twiga Conservation Trust", "NewsDraft, a text-generation tool sold by Quillmind".
        new("product_of", $@"{{R:s}}{Comma}(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:model|tool|product|app|assistant|agent|chatbot|chip|robot|system|platform|software|service|classifier)\s+(?:built|developed|made|sold|created|designed|trained|offered|released)\s+by\s+(?:the\s+)?{{O:o}}"),
        // "a Paris lab that released its first open-weight model, Sorel-7B".
        new("product_of", $@"{{O:o}}{GapWithPlaces(30)}\b(?:that|which)\s+(?:has\s+)?(?:released|launched|built|shipped|unveiled)\s+{Its}\s*(?:first\s+|new\s+|latest\s+)?(?:[\w-]+\s+){{0,2}}?(?:model|product|robot|chip|app|assistant)\s*,\s*{{R:s}}"),
        // "Intuit, which added an AI assistant, Intuit Assist, to QuickBooks", "its agent, Ledger", "its first inference processor, the K1, on …".
        new("product_of", $@"{{O:o}}{Comma}which\s+(?:has\s+|recently\s+|also\s+)*(?:added|launched|released|introduced|unveiled|built|shipped)\s+(?:a|an|{Its})\s*(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?(?:assistant|agent|model|product|app|tool|robot|chip|chatbot|⟦\d+:C⟧)\s*,\s*{{R:s}}"),
        new("product_of", $@"{{O:o}}\s*(?:'s|’s)?\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,2}}?(?:assistant|agent|model|product|app|tool|robot|chip|chatbot|processor|platform|framework|service|software|stack|glasses|headset|planner|classifier|⟦\d+:C⟧)\s*,\s*(?:the\s+|called\s+|named\s+|dubbed\s+)?{{R:s}}\s*(?:[,.]|$|\s(?:on|in|at|for|which|that)\b)"),
        // "Quillmark, the San Francisco startup behind the writing assistant Inkwell": "the … startup" stands for the firm
        // (see CompanyAnaphora).
        new("product_of", $@"{{O:o}}\s+behind\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){{0,3}}?{{R:s}}"),
        // "Scribe Labs, whose voice app Chartwell writes doctors' notes".
        new("product_of", $@"{{O:o}}{Comma}whose\s+(?:[a-z-]+\s+){{0,2}}?(?:app|model|chatbot|assistant|robot|chip|agent|product)\s+{{R:s}}"),
        // "Veritas sells a model called ScribeMD", "Nuance sells a similar product, DAX Copilot".
        new("product_of", $@"{{O:o}}\s+(?:sells|offers|makes|builds|ships)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:called|named)\s+{{R:s}}"),
        new("product_of", $@"{{O:o}}\s+(?:sells|offers|makes|builds|ships)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:product|model|tool|service|app|assistant)\s*,\s*{{R:s}}"),
        // "The New York company, founded in 2021 by …, sells Lexora Draft": a product named right after the verb, past an aside.
        new("product_of", $@"{{O:o}}(?:\s*,(?:[^,，.;!?。\n⟦⟧]|⟦\d+:\w⟧){{0,120}}?,)?\s+(?:sells|offers|makes|ships)\s+{{R:s}}"),
        // The maker's name in front of the product's: "NVIDIA Isaac Sim", "Microsoft Copilot", "英伟达H20芯片".
        new("product_of", $@"{{O:o}} ?{{R:s}}"),
        // Not what it is compared with: "我们的思元590和H100相比".
        new("product_of", $@"{{O:o}}{CloseQuote}\s*(?:'s|’s|的|旗下的?)\s*(?:new\s+|latest\s+|open\s+|open-source\s+|open-weight\s+|flagship\s+|最新的?\s*)?[“「『]?{{R:s+}}(?!\s*[”」』]?\s*(?:相比|比较|对比|相当))"),
        // "蜀光智能的法律助手“明律”", "其自研的智能驾驶芯片“辰驰A1”", "岚图汽车新款SUV“知音”": the kind of product between the
        // maker and the name.
        new("product_of", $@"{{O:o}}\s*(?:的|旗下的?)?\s*(?:[\p{{IsCJKUnifiedIdeographs}}]|⟦\d+:C⟧){{0,10}}?(?:助手|模型|大模型|产品|芯片|应用|平台|机器人|系统|智能体|SUV|车型|轿车|车|手机|⟦\d+:C⟧)\s*“{{R:s}}”"),

        // partner_of
        // "The Department of Defense has awarded Skyhawk a five-year, $480 million contract".
        new("partner_of", $@"{{O:s}}{Gap(20)}\b(?:awarded|awards|has\s+awarded|granted)\s+{{O:o}}(?:\s+[A-Z][\w-]+)?\s+(?:a|an)\s+[^⟦⟧.;]{{0,60}}?\b(?:contract|deal|order)\b"),
        // "The … Department today announced that Ocotillo Data Systems, …, has been awarded a … contract": the body that awards it.
        new("partner_of", $@"{{O:s}}\s+(?:today\s+|on\s+\w+\s+)?announced\s+(?:that\s+)?{{O:o}}{GapAcrossNames(80)}\b(?:has|have|had)\s+been\s+awarded\s+(?:a|an|the)\s+[^⟦⟧.;]{{0,60}}?\bcontract\b"),
        new("partner_of", $@"{{O:s}}\s*[-–/]?\s*{{O:o}}\s*(?:partnership|alliance|合作伙伴关系|合作关系|联盟)"),
        // "the company named Goldman Sachs, Morgan Stanley and Jefferies as lead underwriters": the banks a firm hires.
        new("partner_of", $@"{{O:s}}\s+(?:has\s+)?(?:named|hired|picked|chose|selected|appointed|mandated)\s+{{O:o+}}\s+as\s+(?:its\s+)?(?:lead\s+|joint\s+|global\s+)*(?:underwriters?|bookrunners?|advisers?|advisors?|bankers?|arrangers?)\b"),
        new("partner_of", $@"{{O:s}}{Gap(20)}\bpartner(?:ship|ed|s|ing)?\s+with\s+{{O:o}}"),
        // "Today we're announcing a strategic partnership with Penstock AI", "Marlowe Data has formed an alliance with …".
        new("partner_of", $@"{{O:s}}(?:\s*['’](?:re|s|ve)|\s+(?:is|are|has|have|had|will|today|also|now))*\s+(?:announc(?:ed|es|ing)|form(?:ed|s|ing)|enter(?:ed|s|ing)\s+into|launch(?:ed|es|ing)|expand(?:ed|s|ing)|sign(?:ed|s|ing))\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:partnership|alliance|collaboration)\s+with\s+{{O:o+}}"),
        // "signed deals with Airbus", "has an agreement with Siemens".
        // "signed a 15-year agreement with the utility Buckeye Grid": the partner's kind before its name. The firm that signs
        // is the one named last before the verb ("… for DHL, and the company recently signed a pilot with IKEA").
        new("partner_of", $@"{{O:s}}(?!{GapAcrossNames(80)}⟦\d+:[OS]⟧{Aside}{SignsADealWith}){GapAcrossNames(80)}{SignsADealWith}(?:the\s+|a\s+)?(?:[a-z]+\s+){{0,2}}?{{O:o+}}"),
        // "a similar deal the institute struck last year with OpenAI": the deal, then who struck it with whom.
        new("partner_of", $@"\b(?:deal|agreement|contract|partnership)\s+(?:that\s+)?{{O:s}}\s+(?:struck|signed|inked|reached)\s+(?:[\w-]+\s+){{0,3}}?with\s+{{O:o}}"),
        // "云杉科技与海川资本达成了战略合作协议", "Mistral AI还与法国初创企业Helsing达成合作": an adverb before 与, a description after it;
        // each of a list of firms, perhaps counted (优必选、埃斯顿……和宇树科技五家企业与东南大学签署合作协议);
        // where and when before the verb ("与广汽集团在2025广州车展上签署战略合作协议").
        // Not talks (正在和博世洽谈合作): no partnership yet.
        new("partner_of", $@"{{O:s+}}{Gap(6)}(?:与|和|同)\s*(?:⟦\d+:L⟧)?(?:⟦\d+:O⟧\s*(?:旗下|下属)的?)?(?:[^⟦⟧，,。.；;]|⟦\d+:C⟧){{0,8}}?{{O:o}}(?:[^⟦⟧。.!?！？;；\n洽商谈判]|⟦\d+:[CLE]⟧){{0,10}}?(?:的)?(?:合作|达成{Gap(6)}(?:协议|合作)|签(?:订|署)了?(?:{Gap(12)}(?:协议|合同|备忘录)|\s*《⟦\d+:W⟧》)|签约|结盟|合作伙伴|(?:成立|组建|设立)了?合资公司|共建|合建|联合(?:成立|建立|设立))"),
        // "深言智能与复旦大学自然语言处理实验室联合发布了…", "…实验室与上海人工智能公司枢衡智能联合发布": what two firms
        // release together, a description before the second one.
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*(?:⟦\d+:L⟧)?(?:[^⟦⟧，,。.；;]|⟦\d+:C⟧){{0,6}}?{{O:o}}\s*(?:联合|共同|合作)(?:发布|推出|开发|研发|开源|打造)"),
        // "公司与英伟达、海光信息等芯片厂商保持长期合作": the partners listed, perhaps with their kind after 等.
        // "…成立于2020年，并与阿里云在模型训练算力方面开展合作": the firm the clause before is about, the field named before the verb.
        new("partner_of", $@"{{O:s}}(?:{Gap(12)}[，,])?\s*(?:并|还|也|同时)?\s*(?:与|和|同)\s*{{O:o+}}\s*{KindAfterAList}(?:在(?:[^⟦⟧，,。；;]|⟦\d+:C⟧){{1,16}}?(?:方面|领域|上))?(?:保持|开展|建立|深化)(?:了|着)?(?:长期|深度|紧密|良好|稳定|战略)?(?:的)?合作"),
        // "公司与新华三、宁畅等厂商在AI服务器市场存在竞争".
        new("competitor_of", $@"{{O:s}}\s*(?:与|和|同)\s*{{O:o+}}\s*{KindAfterAList}(?:在(?:[^⟦⟧，,。；;]|⟦\d+:C⟧){{0,12}}?)?(?:存在|形成|展开)(?:直接|正面|激烈)?(?:的)?竞争"),
        // Who makes a firm's product: "云栖智算推出了自研推理芯片“栖光一号”，由台积电代工生产", "…芯片已经由中芯国际完成流片".
        new("partner_of", $@"{{O:o}}{GapAcrossNames(40)}(?:已经|已)\s*由\s*{{O:s}}\s*(?:完成)?(?:流片|代工)"),
        new("partner_of", $@"{{O:o}}{GapAcrossNames(40)}[，,]\s*(?:⟦\d+:O⟧)?由\s*{{O:s}}\s*(?:负责)?(?:代工|制造|生产|代工生产)"),
        // "… and to announce that Maersk will test it": a firm taking up another's product.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(200)}\bannounc(?:e|es|ed|ing)\s+that\s+{{O:o}}\s+will\s+(?:test|use|deploy|pilot|buy|adopt|trial|roll\s+out)\b"),
        // What a firm's product goes into: "…芯片“辰驰A1”已进入量产阶段，将首先搭载于岚图汽车新款SUV".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(60)}(?:搭载于|搭载在|装载于|装配于|首发于|装进了?|装上了?)\s*{{O:o+}}"),
        // "科大讯飞股份有限公司与安徽省交通规划设计研究总院股份有限公司组成的联合体": members of one consortium are partners.
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*{{O:o}}\s*(?:组成|组建|联合组成)的?(?:联合体|联盟|财团)"),
        // "The deal follows similar agreements between OpenAI and Axel Springer, and between Amazon and The New York Times".
        new("partner_of", $@"(?:\b(?:agreements?|deals?|partnerships?|contracts?)\s+|(?<=\bbetween\s+⟦\d+:[OP]⟧\s+and\s+⟦\d+:[OP]⟧\s*,\s*and\s+))between\s+(?:the\s+)?{{O:s}}\s+and\s+(?:the\s+)?{{O:o}}"),
        // "Piper Sandler is acting as financial adviser to AeroFurrow", "Canopy Sense is being advised by RBC Capital Markets".
        new("partner_of", $@"{{O:s}}\s+(?:is|was|are|were)\s+(?:acting\s+|serving\s+)?as\s+(?:the\s+|a\s+|an\s+)?(?:lead\s+|sole\s+|exclusive\s+)?(?:financial\s+|legal\s+)?(?:adviser|advisor|counsel|underwriter|bookrunner)s?\s+(?:to|for)\s+{{O:o}}"),
        new("partner_of", $@"{{O:s}}\s+(?:is|was|are|were)\s+being\s+advised\s+by\s+{{O:o}}"),
        // "Whitmore University has licensed SEPSIGNAL to Vigilant Health Analytics".
        new("partner_of", $@"{{O:s}}\s+(?:has\s+|had\s+)?licensed\s+(?:its\s+)?(?:⟦\d+:R⟧|[\w-]+(?:\s+[\w-]+){{0,2}})\s+to\s+{{O:o}}"),
        // "浪潮信息、中国移动和美团位列公司2025年前五大客户": customers named before the firm whose they are.
        new("partner_of", $@"{{O:o+}}\s*(?:均|都|同为|也)?(?:位列|是|为|系|成为)\s*{{O:s}}\s*(?:{TopList}|(?:(?:19|20)\d\d年度?)?的?(?:主要|重要|核心|首批)?)客户"),
        // A prospectus's suppliers, customers and sponsor after the firm's zero-width mention (CompanyAnaphora.BusinessClauses):
        // "晶圆代工由台积电承担", "封装测试主要委托长电科技", "ABF载板来自无锡联丰…", "第二、三大客户分别为…", "保荐机构为中信证券".
        new("partner_of", $@"{{O:s}}(?:\s*的?[\p{{IsCJKUnifiedIdeographs}}]{{1,12}}?)?\s*(?:由\s*{{O:o}}\s*(?:独家)?{SupplyVerb}|委托\s*{{O:o}}|{SuppliedFrom}\s*(?:⟦\d+:L⟧)?[\p{{IsCJKUnifiedIdeographs}}]{{0,8}}?{{O:o}}|{RankedCustomer}(?:分别)?(?:为|是)?\s*{ClauseList}|{ListingSponsor}(?:为|是)\s*{{O:o}})"),
        // "国内谐波减速器市场的主要对手为绿的谐波", "海外对手为哈默纳科": rivals after the firm's zero-width mention.
        new("competitor_of", $@"{{O:s}}\s*{RivalsNamed}(?:为|是|包括|有)\s*{ClauseList}"),
        // "珞算将寒武纪、海光信息列为主要竞争对手": the rivals a firm names.
        new("competitor_of", $@"{{O:s}}\s*(?:将|把)\s*{{O:o+}}\s*(?:等)?(?:企业|公司|厂商)?\s*列为(?:其|公司的?)?(?:主要|直接|核心)?(?:竞争对手|竞品)"),
        // "标的公司在金融智能体领域与恒生电子、蚂蚁集团等企业存在直接竞争": the field and "such firms" may stand between.
        new("competitor_of", $@"{{O:s}}\s*(?:在(?:[^⟦⟧，,。；;]|⟦\d+:C⟧){{1,12}}?(?:领域|市场|赛道|业务)(?:上|中|内)?)?\s*与\s*{{O:o+}}\s*(?:等(?:企业|公司|厂商|同行|机构))?\s*(?:存在|形成|展开)?\s*(?:直接|正面)?竞争"),
        // "翎岳精密已向优必选批量供应谐波减速器": a firm's customer.
        new("partner_of", $@"{{O:s}}{Gap(6)}向\s*{{O:o}}\s*(?:批量|稳定|独家|小批量)?(?:供应|供货|交付)"),
        // "公司TH-G8800训练服务器已向中国移动、字节跳动旗下火山引擎等客户批量交付": the customers listed, after what is delivered.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(24)}向\s*{{O:o+}}\s*(?:等(?:[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}?)(?:客户|用户|企业))\s*(?:批量|稳定|独家|小批量)?(?:供应|供货|交付|销售|出货)"),
        // "公司核心为“锋刃”系列AI推理芯片", "核心产品为LY-H17谐波减速器": what a firm's business rests on is its product.
        new("product_of", $@"{{O:o}}\s*的?(?:核心|主要|主力|旗舰)(?:产品|业务)?(?:为|是|包括)\s*[“""「]?{{R:s+}}"),
        // "中金公司担任本次交易的独立财务顾问": an adviser of the filer (CompanyAnaphora's zero-width mention before the role).
        new("partner_of", $@"{{O:s}}\s*担任(?:本次(?:交易|发行|重组)的?)?{{O:o}}(?:独立)?{AdviserOfADeal}"),
        // "知镜科技正式向香港联交所递交招股书……，高盛与瀚川证券担任联席保荐人": the listing's sponsors are the filer's.
        new("partner_of", $@"{{O:o}}(?![^，,。]{{0,12}}(?:保荐|承销|顾问)){GapAcrossNames(100)}[，,]\s*{{O:s+}}\s*(?:担任|出任|为)\s*(?:本次(?:发行|上市)的?)?(?:联席|独家)?(?:{ListingSponsor}|承销商|主承销商|{AdviserOfADeal})"),
        // "公司是华为昇腾生态合作伙伴": a partner the firm says it is of another (perhaps of its product line).
        new("partner_of", $@"{{O:s}}\s*(?:是|为|系|已成为|成为)\s*{{O:o}}\s*(?:⟦\d+:R⟧)?\s*(?:生态|战略|核心|重要|官方|认证)?(?:合作伙伴|供应商|服务商)"),
        // "首批客户包括海康威视和科大讯飞": a firm's customers.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(60)}(?:{CustomersNamed}|(?:首个|已有)?客户(?=包括|有|为|是|覆盖|涵盖))(?:包括|有|为|是|覆盖|涵盖)\s*{{O:o+}}"),
        // "感谢我们的客户：中国东方航空、平安银行": the customers a firm lists after a colon.
        new("partner_of", $@"{{O:s}}\s*的?\s*(?:主要|核心|重要|首批)?(?:客户|合作伙伴)(?:包括|有)?\s*[：:]\s*{{O:o+}}"),
        // "公司自研的“观澜”大模型已接入招商银行、宁波银行和江苏银行的客服系统": whose systems take a firm's product are its customers.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(40)}(?:已经?|现已|目前已)(?:接入|部署到|部署于|落地)(?:了)?\s*{{O:o+}}"),
        // "巡轨智能…，是中国城市轨道交通协会会员单位": a member firm of an association.
        new("member_of", $@"{{O:s}}\s*(?:也|还|已)?(?:是|为|成为)了?\s*{{O:o}}\s*的?(?:会员单位|成员单位|理事单位|会员)"),
        // "泉兴银行采用科大讯飞提供的智能客服系统": a firm that takes what another supplies is its customer.
        new("partner_of", $@"{{O:s}}{Gap(6)}(?:采用|使用|选用|引入|部署)了?\s*{{O:o}}\s*(?:提供|研发|开发|推出|打造)的"),
        // "浙江大学与杭州芯片公司云栖芯科在杭州紫金港校区举行签约仪式".
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*(?:⟦\d+:L⟧)?(?:[^⟦⟧，,。；;]|⟦\d+:C⟧){{0,8}}?{{O:o}}\s*(?:在\s*(?:⟦\d+:L⟧|[^⟦⟧，,。；;]){{0,12}}?)?(?:举行|举办)了?(?:战略合作)?签约仪式"),
        // "… to keep supplying Alibaba Cloud and Tencent, two of its largest customers there".
        new("partner_of", $@"{{O:o+}}\s*,\s*(?:one|two|three|four|five|several|some)\s+of\s+{{O:s}}\s+(?:(?:largest|biggest|main|key|top|first)\s+)?customers\b"),
        // "For Eastmoor, a Marlowe customer since 2023, …": a customer described by whose it is.
        new("partner_of", $@"{{O:o}}{Comma}(?:a|an)\s+(?:long-?time\s+|existing\s+|early\s+)?{{O:s}}\s+(?:customer|client)\b"),
        // "… to ship its chip to customers including Bosch and Hyundai Mobis": a firm's customers.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(80)}\b(?:to|with|for)\s+customers\s+(?:including|such\s+as|like)\s+{{O:o+}}"),
        // "It raised £18 million …, and also works with Ajax"; "Fieldsight trains its models on Amazon Web Services".
        new("partner_of", $@"{{O:s}}(?:{GapAcrossNames(100)}\s+and)?\s+(?:also\s+)?works\s+with\s+{{O:o+}}"),
        new("partner_of", $@"{{O:s}}\s+(?:trains|runs|hosts|serves)\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?on\s+{{O:o}}"),
        // "Its advisory board includes Yoshua Bengio".
        new("affiliated_with", $@"{{O:o}}\s*(?:'s|’s)?\s+(?:advisory|scientific|supervisory)\s+board\s+(?:includes|included|members\s+include)\s+{{P:s+}}"),
        // "Its chips are manufactured by TSMC in Taiwan": who makes a firm's products.
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s)?\s+(?:chips|devices|products|phones|cars|robots|servers)\s+(?:are|were|will\s+be)\s+(?:manufactured|made|built|fabricated|produced|assembled)\s+by\s+{{O:o}}"),
        // "The company's largest shareholders are Sequoia Capital, with a 14% stake, and Samsung Catalyst Fund, …".
        new("invests_in", $@"{{O:o}}{ShareholdersAre}{{O:s}}"),
        // "Mirrorgate closed a €24 million round from Ostwind Capital in July".
        new("invests_in", $@"{{O:o}}\s+(?:closed|raised|secured|took)\s+(?:a|an)\s+[^⟦⟧.;]{{0,40}}?\b(?:round|financing|investment|Series\s+[A-F])\s+from\s+{{OP:s+}}"),
        // "its anchor customer is Frankfurt lender Rhenwald Bank" ("its" is the firm, see CompanyAnaphora).
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s)?\s+(?:anchor|largest|biggest|first|main|lead|launch)\s+customer\s+(?:is|was)\s+(?:(?:⟦\d+:L⟧|[\w-]+)\s+){{0,3}}?{{O:o}}"),
        // "Orrinwell is, by any measure, our fiercest rival", "Halberd is Quillfeather's closest competitor".
        new("competitor_of", $@"{{O:o}}\s+(?:is|are|remains|remain)(?:\s*,[^,⟦⟧.;]{{1,30}},)?\s+{{O:s}}\s*(?:'s|’s)?\s+(?:(?:closest|biggest|main|chief|nearest|fiercest|most\s+direct|direct)\s+)?(?:rival|competitor)s?\b"),
        // "Its closest rival, the brief says, is Cascadia Synthetics".
        new("competitor_of", $@"{{O:o}}\s*(?:'s|’s)?\s+(?:closest|biggest|main|chief|nearest|fiercest)\s+(?:rival|competitor)(?:\s*,[^,⟦⟧.;]{{1,30}},)?\s+is\s+{{O:s}}"),
        // "it counts Balderton Capital among its backers" ("its" is the firm, see CompanyAnaphora).
        new("invests_in", $@"\bcounts\s+{{OP:s+}}\s+among\s+{{O:o}}\s+(?:backers|investors|shareholders)\b"),
        // A holder's stake in a share register, its firm a zero-width mention before 持股 (see ShareRegister): "北极光创投⟦firm⟧持股21٫00%",
        // "苏州穗禾创业投资有限公司（以下简称“穗禾创投”）⟦firm⟧持股15٫00%", "杭州鼎峰…有限公司旗下两支基金⟦firm⟧合计持股4٫3%".
        new("invests_in", $@"{{O:s}}[^⟦；;。，,]{{0,10}}?{{O:o}}(?:直接|间接|合计|共同)?持股\s*\d"),
        // "公司与合肥产投、澜微半导体共同出资设立衡算智能": each party to a joint venture holds a stake in it.
        new("invests_in", $@"{{O:s+}}\s*(?:共同|联合)出资(?:设立|成立|组建)(?:了)?\s*{{O:o}}"),
        // "智谱是…的公司，其投资方包括美团、蚂蚁集团和北京市人工智能产业投资基金": 其 is the firm the sentence or list item opens
        // with, as is the backers' firm with 其 unsaid (——北京知萤科技有限公司，开发…，投资方包括高榕资本；).
        new("invests_in", $@"{FirmOpeningAnItem}其?(?:投资方|投资人|投资者|股东)(?:包括|有|为|是)\s*{{OP:s+}}"),
        // "——深圳沛岩机器人有限公司（沛岩机器人），研制四足巡检机器人，由顺为资本投资；": a list item's firm and who put money in.
        new("invests_in", $@"{FirmOpeningAnItem}由\s*{{OP:s+}}\s*(?:领投|联合投资|投资|注资)(?=[，,。；;]|$)"),
        new("invests_in", $@"{{O:o}}{ShareholdersAre}⟦\d+:O⟧\s*,[^,.;⟦⟧]{{0,30}}?,\s*and\s+{{O:s}}"),
        // "Insilico, which runs research centres in Abu Dhabi and Shanghai, is backed by Warburg Pincus, …".
        new("invests_in", $@"{{O:o}}{Aside}(?:is|was|are|has\s+been)\s+(?:also\s+)?backed\s+(?:early\s+|[a-z]+ly\s+)?by\s+(?:the\s+)?{Owner}{{OP:s+}}"),
        // "Insilico … has licensed the global rights to an experimental treatment to Stemline Therapeutics".
        new("partner_of", $@"{{O:s}}{Aside}(?:has\s+|have\s+)?licensed\s+(?:[^⟦⟧.;]|⟦\d+:[OSC]⟧){{0,80}}?\bto\s+{{O:o}}"),
        // "It is backed by Radical Ventures, and counts Ubisoft among its other customers".
        // "… after a six-month pilot with the London-based computer-vision company Tractable".
        // "SW-7 units are now running pilots with DHL Supply Chain".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(200)}\b(?:(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:pilot|trial)|(?:running|runs?|ran|began|started|launched)\s+(?:paid\s+|joint\s+)?(?:pilots|trials))\s+(?:project\s+)?with\s+{FirmDescribedBefore}(?:(?:⟦\d+:L⟧-based|[\w-]+|⟦\d+:C⟧)\s+){{0,3}}?{{O:o}}"),
        // "… opened an AI data centre in Surabaya on Monday, built with Nvidia".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(100)}\b(?:built|developed|designed)\s+(?:together\s+|jointly\s+)?with\s+{{O:o}}(?!\s*(?:'s|’s)\s)"),
        // "Early customers included Shopify and …", "The first big local customer is DBS Bank", "its first large customer would
        // be Bank Rakyat Indonesia" (the firm unsaid or its "its", see CompanyAnaphora). The word loops are greedy: lazy, they
        // made the compiled pattern throw (RelationPatternRegexTests).
        new("partner_of", $@"{{O:s}}\s*(?:The\s+)?(?:(?:early|initial|key|notable|other|launch|first|largest|biggest|main|anchor)\s+)?(?:[a-z]+\s+){{0,2}}(?:customers?|clients?)\s+(?:include[sd]?|including|are|were|is|was|will\s+be|would\s+be)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{{O:o+}}"),
        // "Tarnwell's API launched with Accenture as the first enterprise customer".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(40)}\blaunch(?:ed|es)?\s+with\s+{{O:o}}\s+as\s+(?:its|the|a)\s+(?:first|launch|anchor)\s+(?:[a-z]+\s+)?(?:customer|client)\b"),
        // "Tractable, founded in 2014 by Alexandre Dalyac and Razvan Ranca, counts Tokio Marine and GEICO among its customers".
        new("partner_of", $@"{{O:s}}\s*,(?:[^⟦⟧.;]|⟦\d+:[OLCRPE]⟧){{0,100}}?,\s*counts?\s+{{O:o+}}\s+among\s+{Its}\s*(?:other\s+|early\s+|first\s+|biggest\s+|largest\s+)?(?:customers|clients|users|partners)\b"),
        new("partner_of", $@"{{O:s}}{GapAcrossNames(80)}\bcounts?\s+{{O:o+}}\s+among\s+{Its}\s*(?:other\s+|early\s+|first\s+|biggest\s+|largest\s+)?(?:customers|clients|users|partners)\b"),
        // "Paramount Pictures and SAG-AFTRA, the union that …, have agreed on rules"; "a similar deal the union reached with X".
        // Two alone, not the last of a list of signatories ("OpenAI, Anthropic, Google and Mistral AI have signed the code").
        new("partner_of", $@"(?<!⟦\d+:\w⟧\s*[,，、]\s*){{O:s}}\s+(?:and|&)\s+{{O:o}}{Aside}(?:(?:have|has|had)\s+)?(?:agreed\b|(?:signed|struck|reached)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:deal|agreement|partnership|contract|pact)\b)"),
        new("partner_of", $@"\b(?:deal|agreement|contract|partnership|pact)\s+(?:that\s+)?{{O:s}}\s+(?:had\s+|has\s+)?(?:reached|struck|signed|made)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?{{O:o}}"),
        // "Resonant Labs, a Toronto start-up whose dubbing software the studio used".
        new("partner_of", $@"{{O:o}}{Comma}(?:a|an)\s+(?:(?:[\w-]+|⟦\d+:L⟧)\s+){{0,3}}?(?:start-?up|company|firm|vendor|supplier|provider)\s+whose\s+(?:[\w-]+\s+){{0,3}}?(?:software|tools?|models?|technology|platform|chips?|services?)\s+{{O:s}}\s+(?:had\s+|has\s+)?(?:used|uses|licensed|licenses|bought|buys|deployed)\b"),
        // "三千多家品牌店铺接入“小衡”…，其中包括安踏、美的集团和珀莱雅": the firms using a product are its maker's customers.
        new("partner_of", $@"{{O:s}}{GapAcrossAllNames(60)}(?:店铺|商家|品牌|企业|客户|医院|银行|学校|机构)\s*(?:已经?)?(?:接入|使用|采用|部署)(?:了)?\s*[“""「]?⟦\d+:R⟧[”""」]?{GapAcrossNames(40)}其中包括\s*{{O:o+}}"),
        // "公司的无人驾驶系统……，激光雷达由禾赛科技供应，车辆则由中国重汽提供底盘": a supplier of the firm the sentence opens with.
        // Not the maker of a part the sentence opens with ("座舱芯片采用高通骁龙8295，语音前端则由科大讯飞提供").
        new("partner_of", $@"(?<=^(?:[^⟦⟧，,。]|⟦\d+:[LCE]⟧){{0,12}}{{O:o}}(?!\s*⟦\d+:R⟧){GapAcrossNames(80)})由\s*{{O:s}}\s*(?:独家)?(?:供应|提供|供货|代工)"),
        // "公司从10月起在阿里云位于乌兰察布的数据中心租用了额外的算力": where a firm rents its compute is its supplier.
        new("partner_of", $@"{{O:s}}{Gap(12)}(?:在|从|向)\s*{{O:o}}{GapWithPlaces(20)}(?:租用|采购|购买|租赁)(?:了)?[^，,。；⟦⟧]{{0,8}}?(?:算力|服务器|GPU|芯片|云服务|计算资源)"),
        // "The company says Harbor is used by more than 4,000 businesses, including ING and Booking.com".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(40)}\b(?:is|are)\s+(?:now\s+)?used\s+by\s+(?:(?:[\w-]+|{AmountDigit}+)\s+){{0,5}}?(?:customers|clients|businesses|companies|firms|enterprises|banks|insurers|retailers|hospitals|developers|organi[sz]ations)\s*,?\s*(?:including|such\s+as|like|among\s+them)\s+{{O:o+}}"),
        // "Quillmate's customers included the Open University and the exam board AQA".
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s|['’](?=\s))\s+(?:[a-z-]+\s+)?(?:customers|clients)\s+(?:include|included|including|are|were)\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?{{O:o+}}"),
        // "Microsoft will pay Quillmate a licensing fee", "Google's licensing deal with Character.AI".
        new("partner_of", $@"{{O:s}}{Gap(20)}\b(?:pay|pays|paid|will\s+pay)\s+{{O:o}}\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:licensing|licence|license|royalty)\s+fees?\b"),
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:deal|partnership|agreement|contract|alliance)\s+with\s+{{O:o}}"),
        // "HSBC is its first customer", "Microsoft remained our largest customer".
        new("partner_of", $@"{{O:s}}\s+(?:is|was|became|has\s+become|remained|remains)\s+{{O:o}}\s*(?:first|biggest|largest|main|anchor|launch|latest|newest)?\s*(?:commercial\s+|paying\s+|industrial\s+|enterprise\s+)?(?:customer|client)\b"),
        // "its cloud provider, Vercel", "Acme's chip supplier, Arkwell": a firm's supplier.
        // "its largest customer, the supermarket chain Sainsbury's".
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?(?:provider|supplier|vendor|partner|customer|client)\s*,\s*(?:(?:the|a|an)\s+(?:[a-z-]+\s+){{0,3}})?{{O:o}}"),
        // "its enterprise customers, such as the Royal Bank of Canada".
        new("partner_of", $@"{{O:s}}\s*(?:'s|’s|['’](?=\s))?\s+(?:[a-z-]+\s+){{0,2}}(?:customers|clients)\s*,?\s+(?:such\s+as|including|like)\s+(?:the\s+)?{{O:o+}}"),
        // "The company has hired CrowdStrike to investigate": a firm hired for a job.
        new("partner_of", $@"{{O:s}}{Gap(20)}\b(?:hired|has\s+hired|retained|has\s+retained|brought\s+in)\s+{{O:o}}\s+to\b"),
        // "Amazon's $2 billion investment in Halden AI", "Nvidia's stake in CoreWeave".
        new("invests_in", $@"{{O:s}}\s*(?:'s|’s)\s+(?:(?:[$€£]{AmountDigit}+|\d{AmountDigit}*)\s*(?:million|billion|bn|m)?\s+)?(?:[a-z-]+\s+)?(?:investment|stake)\s+in\s+{{O:o}}"),
        // "we're a member of the Association for Advancing Automation".
        new("member_of", $@"{{S:s}}\s*(?:['’]re|\s+are|\s+is)\s+(?:also\s+|now\s+)?(?:a|an)\s+(?:founding\s+|full\s+)?member\s+of\s+(?:the\s+)?{{O:o}}"),
        // "首批成员单位包括华为、大疆和深圳大学": who joins an alliance or association.
        new("member_of", $@"{{O:o}}{GapWithPlaces(40)}(?:首批|创始)?成员(?:单位|企业)?(?:包括|有|为)\s*{{O:s+}}"),
        // "makes the Weaver family of models".
        new("product_of", $@"{{O:o}}(?:\s*[,，](?:[^,，.;!?\n⟦⟧]|⟦\d+:[A-Z]⟧){{0,140}}?[,，])?\s*(?:makes|builds|develops|sells|offers)\s+(?:the\s+)?{{R:s}}\s+(?:family|line|series|range)\s+of\b"),
        // "Cohere and Mistral both train on our clusters": who runs on a firm's infrastructure is its customer.
        new("partner_of", $@"{{O:s+}}\s+(?:both\s+|all\s+|also\s+|now\s+)?(?:train|trains|run|runs|rely|relies|build|builds|host|hosts)\s+(?:their\s+models\s+|models\s+)?on\s+{{O:o}}\s*(?:'s|’s)?\s*(?:[\w-]+\s+)?(?:clusters|platform|chips|cloud|servers|infrastructure|GPUs|data\s+centers)\b"),
        // "Goldman Sachs advised Meridian; Corrigan was advised by Qatalyst Partners": a firm's adviser on a deal.
        new("partner_of", $@"{{O:s}}\s+(?:advised|advises|is\s+advising|was\s+advising)\s+{{O:o}}"),
        new("partner_of", $@"{{O:o}}{Aside}(?:was|is|were|are)\s+(?:being\s+)?advised\s+by\s+{{O:s+}}"),
        // "Latticeworks AI Inc., a materials-discovery start-up spun out of the university".
        new("affiliated_with", $@"{{O:s}}{Comma}(?:a|an|the)\s+(?:(?:[\w-]+|⟦\d+:[LC]⟧)\s+){{0,3}}?(?:company|start-?up|firm|spinout|spin-?off|lab)\s+spun\s+(?:out|off)\s+(?:of|from)\s+(?:the\s+)?{{O:o}}"),
        // "Corrigan was spun out of Carnegie Mellon University": where a firm came from.
        new("affiliated_with", $@"{{O:s}}(?:{Aside}|\s*,\s*(?:which|that)\s+)(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?spun\s+(?:out|off)\s+(?:of|from)\s+(?:the\s+)?{{O:o}}(?:\s*(?:'s|’s)\s+(?:[a-z-]+\s+){{0,2}}(?:department|lab|laboratory|school|faculty|institute|group))?"),
        // A supplier: "the company would keep buying Talon chips from Arkwell".
        new("partner_of", $@"{{O:s}}{Gap(40)}\b(?:buy|buys|buying|bought|source|sources|sourcing|sourced)\s+(?:its\s+|their\s+)?(?:⟦\d+:R⟧\s*)?(?:[a-z-]+\s+)?(?:chips|GPUs|processors|servers|sensors|cameras|batteries|components|parts|modules|compute)\s+from\s+{{O:o}}"),
        // "Buckeye Ridge hired the accounting firm Crowe LLP to audit the model": a firm hired for a job is a supplier.
        new("partner_of", $@"{{O:s}}\s+(?:has\s+|had\s+)?(?:hired|retained|engaged)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:firm|consultancy|company|bank|agency)?\s*{{O:o}}\s+to\s+[a-z]"),
        // "Lumen Speech, a hearing-assistance start-up that Apple acquired in 2021".
        new("part_of", $@"{{O:s}}{Comma}(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:company|start-?up|firm|maker|developer|lab)\s+(?:that|which)\s+{{O:o}}\s+(?:acquired|bought|took\s+over)\b"),
        // "Bell Labs, then the research arm of AT&T".
        new("part_of", $@"{{O:s}}{Comma}(?:then|now|once)?\s*(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:arm|unit|division|subsidiary|lab)\s+of\s+(?:the\s+)?{{O:o}}"),
        // "Ravel Systems and Osprey Data announced a partnership".
        new("partner_of", $@"{{O:s}}\s+(?:and|&)\s+{{O:o}}\s+(?:have\s+|has\s+)?(?:announced|formed|signed|struck|entered(?:\s+into)?|unveiled)\s+(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?(?:partnership|alliance|collaboration)"),

        // "车型为RT-6，由驭途与东风汽车联合开发": a product jointly developed is each developer's.
        // (A topic chain may leave the sentence's firm as a mention before 由, see ElidedSubjects.)
        new("product_of", $@"{{R:s}}\s*[，,]\s*(?:⟦\d+:O⟧)?由\s*{{O:o+}}\s*(?:共同|联合|合作)(?:开发|研发|打造|设计|研制)"),
        // "车型为启程E5，合作主机厂是广汽埃安": the partner a firm names as its carmaker, bank or hospital.
        new("partner_of", $@"{{O:s}}{GapAcrossNames(40)}[，,]\s*(?:其)?合作(?:主机厂|车企|厂商|伙伴|方|银行|医院|机构)(?:是|为|包括)\s*{{O:o+}}"),
        // "我们与清华大学、上海交通大学共建的联合实验室": the organisations one builds a lab or centre with.
        new("partner_of", $@"{{O:s}}\s*(?:与|和|同)\s*{{O:o+}}\s*(?:共建|合建|联合共建|共同建设|联合成立|共同成立)"),
        // "实验室依托清华大学计算机系建设": what a lab is built within.
        new("part_of", $@"{{O:s}}{Gap(4)}依托\s*{{O:o}}\s*(?:建设|组建|设立|成立|建立)"),
        // "驭途曾携RT-6量产版亮相世界智能网联汽车大会": where a firm shows its product.
        new("participant_of", $@"{{O:s}}{Gap(6)}(?:携|带着)[^。；！？\n]{{0,24}}?亮相(?:于)?\s*{{E:o}}"),
        // "这个数据集由智元和上海人工智能实验室共同构建": what two organisations made together.
        new("partner_of", $@"由\s*{{O:s}}\s*(?:和|与|及|同)\s*{{O:o}}{Gap(4)}(?:共同|联合|一起|合作)(?:构建|开发|打造|研发|发布|推出|建设|完成|发起)"),
                // "Kestrel Silicon lands Samsung deal", "the startup … licenses its core designs from Arm", "we license our library to Genentech".
        new("partner_of", $@"{{O:s}}\s+(?:lands|wins|signs|secures|inks|strikes)\s+(?:a\s+|an\s+)?{{O:o}}\s+(?:deal|contract|partnership|agreement|order)"),
        new("partner_of", $@"{{O:s}}{GapAcrossNames(120)}\blicens(?:e|es|ed|ing)\s+(?:[^⟦⟧.;]|⟦\d+:[SC]⟧){{0,30}}?\b(?:from|to)\s+{{O:o}}"),
                // "Marlow Motors, the Detroit carmaker, and Quanta Robotics, a Pittsburgh startup, said they will form a joint venture".
        new("partner_of", $@"{{O:s}}{Aside}and\s+{{O:o}}{Aside}(?:said\s+(?:on\s+\w+\s+)?(?:they|it)\s+)?(?:will\s+|plan\s+to\s+|have\s+|has\s+)?(?:form|formed|forming|create|created|set\s+up|launch|launched|establish|established)\s+a\s+joint\s+venture"),
                // "we built our own internal suite with Scale AI".
        new("partner_of", $@"{{O:s}}{Gap(30)}\b(?:built|developed|created|co-developed|designed)\b[^⟦⟧.;]{{0,30}}?\bwith\s+{{O:o}}"),
        // The sentence's subject carried past a comma: "智谱AI发布了GLM-4.5，并与中国移动签署了战略合作协议".
        new("partner_of", $@"{{O:s}}{GapAcrossNames(40)}[，,]\s*(?:并|还|也|同时)\s*(?:与|和|同)\s*{{O:o}}{Gap(10)}(?:合作|协议)"),

        // invests_in
        // A person who owns a firm or a club: "Brentford, owned by the professional gambler Matthew Benham"; "Benham also owns
        // the Danish club FC Midtjylland".
        new("invests_in", $@"{{O:o}}{Comma}(?:which\s+is\s+|now\s+)?(?:owned|bought)\s+by\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?{{P:s}}"),
        new("invests_in", $@"{{P:s}}\s+(?:also\s+)?owns\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}?{{O:o}}"),
        // "智谱AI由清华大学技术成果转化而来，此前已获得美团、蚂蚁集团、腾讯等机构投资".
        new("invests_in", $@"{{O:o}}{GapAcrossNames(40)}[，,]\s*(?:此前|目前|今年|去年|先后)?(?:已|曾)?(?:获得|得到|获)(?:了)?{Gap(6)}{{OP:s+}}{Gap(6)}(?:的)?(?:投资|注资|融资)"),
        new("invests_in", $@"{{OP:s+}}{Gap(15)}\binvest(?:ed|s|ing)?\s+(?:\S+\s+){{0,4}}?in\s+{{O:o+}}"),
        new("invests_in", $@"{{OP:s+}}{Gap(8)}(?:投资|注资|领投|跟投|参投)(?:了|的)?{{O:o+}}"),
        // "广汽此前已向行远智驾投资".
        new("invests_in", $@"{{OP:s+}}{Gap(8)}向\s*{{O:o}}\s*(?:追加|进行了?|完成了?)?(?:投资|注资|增资)"),
        new("invests_in", $@"{{OP:s}}-backed\s+(?:[a-z]+\s+){{0,2}}?{{O:o}}"),
        // "Y Combinator did our seed", "Accel led our Series A".
        new("invests_in", $@"{{OP:s}}\s+(?:also\s+)?(?:did|led|co-led|joined|wrote)\s+{{S:o}}\s+(?:seed|Series\s+[A-F]|[A-F]\b|first\s+round|angel\s+round|round)"),
        // "澄观智能拟以自有资金2亿元认购麟越机器人新增注册资本", "周嘉言持有澄观数据15%股权": a stake taken or held.
        new("invests_in", $@"{{OP:s}}{Gap(20)}认购\s*{{O:o}}\s*(?:的)?(?:新增注册资本|新增股份|股份|股权)"),
        new("invests_in", $@"{{OP:s}}{Gap(6)}持有\s*{{O:o}}\s*\d+(?:\.\d+)?\s*[%％]\s*(?:的)?(?:股权|股份)"),
        // "（星桥资本）也是深圳具身智能企业云鹤科技的天使投资人".
        // "启衡投资为持有公司6.12%股份的股东".
        new("invests_in", $@"{{OP:s}}\s*(?:是|为)\s*持有\s*{{O:o}}\s*\d+(?:[.٫]\d+)?\s*[%％]\s*(?:的)?股份的\s*股东"),
        new("invests_in", $@"{{OP:s}}\s*(?:也|还)?(?:是|为)\s*(?:⟦\d+:L⟧)?(?:[^，,。；⟦⟧]|⟦\d+:C⟧){{0,8}}?{{O:o}}\s*的?\s*(?:天使|早期|首轮|领|主要|最大|第[一二三四五]大)?(?:投资人|投资方|投资者|投资机构|股东)"),
        new("invests_in", HoldsTheRoleFor("{OP:s}", "投资人|投资方|投资者|投资机构|股东")),
        new("partner_of", HoldsTheRoleFor("{O:s}", "客户|供应商|合作伙伴|服务商")),
        new("competitor_of", HoldsTheRoleFor("{O:s}", "竞争对手|对手")),
        // "我们最近投了一家做法律AI的公司，叫律衡科技".
        new("invests_in", $@"{{OP:s}}{Gap(6)}投了(?:一家)?[^，,。；⟦⟧]{{0,16}}?(?:公司|企业|初创公司)\s*[,，]\s*(?:叫|名为|叫做){{O:o}}"),
        new("invests_in", $@"{{O:o}}{Comma}(?:which\s+|that\s+)?(?:is|was|are|were|has been|have been)\s+(?:also\s+|already\s+)?backed\s+by\s+{Owner}{{OP:s+}}"),
        // "Mubadala has already backed Stratavault through a minority stake".
        new("invests_in", $@"{{OP:s}}\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+)?backed\s+{{O:o}}{ThroughAStake}"),
        // "Sequoia Capital led a $140 million investment in the company".
        new("invests_in", $@"{{OP:s}}\s+(?:led|joined|made|co-led)\s+(?:a|an|the)\s+(?:(?:[$€£]{AmountDigit}+|\d{AmountDigit}*)\s*(?:million|billion|bn|m)?\s+)?(?:[a-z-]+\s+)?(?:investment|round)\s+in\s+{{O:o}}"),
        // "We co-led their Series A with Index Ventures", "Accel co-led the Series A with us": the round stands for its firm
        // (see CompanyAnaphora), and whoever led it with the subject invested too.
        new("invests_in", $@"{{OP:s+}}\s+(?:also\s+)?{RoundVerb}\s+{{O:o}}\s+{RoundName}"),
        new("invests_in", $@"\b(?:co-led|led)\s+{{O:o}}\s+{RoundName}\s+with\s+{{OP:s+}}(?=\s*(?:[.;,!?]|$))"),
        // "In June we led Torsion's $42 million Series B, with Lux Capital participating"; "We led Pennyroyal's seed round in
        // 2021 …, alongside Index Ventures": who led the firm's round, and who joined them.
        new("invests_in", $@"{{OP:s+}}\s+(?:also\s+)?{RoundVerb}\s+{{O:o}}\s*(?:'s|’s|'|’)\s+{PossessedRound}"),
        new("invests_in", $@"\b{RoundVerb}\s+{{O:o}}\s*(?:'s|’s|'|’)\s+{PossessedRound}(?:[^⟦⟧.;]|⟦\d+:S⟧){{0,50}}?\b(?:alongside|with)\s+{{OP:s+}}(?=\s*(?:participating|joining|[.;,!?]|$))"),
        // "公司累计完成四轮融资，投资方包括启明创投、蓝驰创投等机构".
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|获得)了?{GapAcrossNames(30)}融资\s*[,，]\s*(?:投资方|投资机构|投资人|股东)(?:包括|有|为)\s*{{OP:s+}}"),
        // "Mistral AI, which is based in Paris and backed by Nvidia": what else the firm is, then who backs it.
        new("invests_in", $@"{{O:o}}{Comma}(?:which|that)\s+(?:is|was)\s+(?:[^⟦⟧,.;]|⟦\d+:[LC]⟧){{1,40}}?\band\s+(?:is\s+)?backed\s+by\s+{Owner}{{OP:s+}}"),
        // "the … company" is itself a mention of the firm (see CompanyAnaphora): "Halcyon Compute, the AI cloud company backed by".
        new("invests_in", $@"{{O:o}}{Comma}(?:(?:a|an)\s+(?:(?:[\w-]+|⟦\d+:[LC]⟧)\s+){{0,4}}?(?:company|startup|start-up|firm|lab|maker|developer|provider)\s+)?backed\s+by\s+{Owner}{{OP:s+}}"),
        new("invests_in", $@"{{O:o}}{Gap(4)}(?:获得|得到|获)(?:了|过)?{Gap(6)}{{OP:s+}}{Gap(4)}(?:的)?(?:投资|注资)"),
        // "after the company's $85 million Series B, led by ARCH Venture Partners".
        // "… follows our $140M Series B led by Index Ventures" (a firm's "our").
        new("invests_in", $@"{{O:o}}\s*(?:(?:'s|’s)\s+|(?<=⟦\d+:S⟧)\s*)[^⟦⟧.;]{{0,30}}?\b(?:Series\s+[A-F]|seed|round|funding)\b[^⟦⟧.;]{{0,10}}?\bled\s+by\s+{Owner}{{OP:s+}}"),
        // "Larchmont Ventures, which led Corvane's $60 million Series B", "Lantern Ridge, the Chicago venture firm that led …".
        new("invests_in", $@"{{OP:s}}{Comma}(?:(?:the|a|an)\s+(?:⟦\d+:L⟧\s+)?(?:[\w-]+\s+){{0,3}}?(?:firm|fund|investor|company)\s+)?(?:which|that)\s+(?:led|co-led|joined)\s+{{O:o}}\s*(?:'s|’s)\s+[^⟦⟧.;]{{0,30}}?\b(?:Series\s+[A-F]|seed|round|funding)\b"),
        // "Its last round, led by MGX in March" ("Its" is the firm, see CompanyAnaphora).
        new("invests_in", $@"{{O:o}}\s+(?:(?:last|latest|most\s+recent|new|first|previous)\s+)?(?:(?:funding|financing)\s+)?(?:round|funding)\s*,?\s+(?:was\s+)?led\s+by\s+{Owner}{{OP:s+}}"),
        // "Abridge, a Notewell rival, raised $300 million this year in a round led by Andreessen Horowitz".
        new("invests_in", $@"{{O:o}}{Aside}(?:(?:said|says|announced)\s+(?:on\s+\w+\s+|today\s+)?(?:that\s+)?it\s+(?:had\s+|has\s+)?)?(?:raised|secured|closed)\s+[^⟦⟧.;]{{0,60}}?\b(?:round|funding|financing|Series\s+[A-F])\b[^⟦⟧.;]{{0,20}}?\bled\s+by\s+{Owner}{{OP:s+}}"),
        // "Quillmind, …, was co-founded in 2021 by A and B and raised $38 million last year in a round led by Pinecrest".
        new("invests_in", $@"{{O:o}}{Aside}was\s+(?:co-?)?founded\s+[^⟦⟧.;]{{0,20}}?\bby\s+(?:⟦\d+:P⟧\s*(?:,\s*|\s+and\s+)?)+\s*and\s+(?:raised|secured|closed)\s+[^⟦⟧.;]{{0,60}}?\b(?:round|funding|financing|Series\s+[A-F])\b[^⟦⟧.;]{{0,20}}?\bled\s+by\s+{Owner}{{OP:s+}}"),
        // The round the organisation closed, and who led it or took part: "公司完成了由红杉中国领投、启明创投跟投的A轮融资",
        // "we closed a $60 million Series B led by Andreessen Horowitz, with participation from …".
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|获得)了?(?:一轮)?由\s*(?:{{OP:s}}\s*(?:联合领投|领投|跟投|参投)?\s*[、，,和与及]?\s*){{1,4}}{Gap(16)}融资"),
        // "去年获得经纬创投领投的1.5亿元B轮融资": who led the round, before it.
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|获得)了?\s*{{OP:s+}}\s*(?:联合领投|共同领投|领投|独家投资)的{Gap(20)}融资"),
        // After the round: "星途智驾完成了5亿元B轮融资，由广汽资本领投，红杉中国和IDG资本跟投" (the firm a topic chain leaves out
        // may stand before 由, see ElidedSubjects).
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|拿下|斩获)了?{Gap(16)}融资\s*[,，]\s*(?:⟦\d+:O⟧)?(?:(?:本轮|该轮)(?:融资)?)?由\s*(?:(?:老股东|原股东)?{{OP:s}}\s*(?:联合领投|领投|跟投|参投)?\s*[、，,和与及]?\s*){{1,4}}"),
        // Who else joined the round after it is named: "镜语科技完成了由红杉中国领投的1亿元A轮融资，老股东奇绩创坛跟投".
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|获得)了?{GapAcrossNames(30)}融资\s*[,，]\s*(?:老股东|原股东|股东|投资方)?{{OP:s+}}{Gap(4)}(?:联合领投|领投|跟投|参投)"),
        // "…融资，远岫资本领投，老股东泊川资本持续跟投": the followers after the lead.
        new("invests_in", $@"{{O:o}}{Gap(8)}(?:完成|获得)了?{GapAcrossNames(30)}融资{GapAcrossNames(30)}[，,]\s*(?:老股东|原股东|股东)?{{OP:s+}}\s*(?:持续|继续|再次|超额)?(?:跟投|参投|追加投资)"),
        // The round the text is about (a zero-width mention of its firm before it): "The round was led by Lakestar; Bosch
        // Ventures also joined."
        new("invests_in", $@"{{O:o}}\s*[Tt]he\s+(?:[\w$€£.,-]+\s+){{0,4}}?round\s+was\s+(?:co-)?led\s+by\s+{{OP:s+}}"),
        // "Our seed and Series A were led by Kettleby Partners", "The company's seed round in 2023 was led by Northzone".
        new("invests_in", $@"{{O:o}}\s*{Possessive}\s+(?:(?:first|latest|last|new)\s+)?(?:pre-seed|seed|Series\s+[A-F]\+?)(?:\s+(?:and|&)\s+(?:seed|Series\s+[A-F]\+?))?(?:\s+(?:round|rounds|financing))?(?:\s+in\s+(?:19|20)\d\d)?\s+(?:was|were)\s+(?:co-)?led\s+by\s+{{OP:s+}}"),
        // "本轮由高瓴创投领投，礼来亚洲基金、启明创投跟投，老股东峰瑞资本继续加注": the round of the firm the text is about;
        // "峪川的A轮由朔风资本领投，红杉中国跟投": the round of the firm named before it.
        new("invests_in", $@"{{O:o}}\s*(?:的\s*)?(?:本轮|该轮|此轮|(?:(?:19|20)\d\d年\s*)?{LetteredRound})(?:融资)?(?:则|也)?(?:由|来自)\s*(?:(?:老股东|原股东|股东)?{{OP:s}}(?!\s*(?:(?:19|20)\d\d年\s*)?{LetteredRound})\s*(?:联合领投|领投|跟投|参投|继续加注|追加投资|加注)?\s*[、，,和与及]?\s*){{1,6}}"),
        new("invests_in", $@"{{O:o}}\s*[Tt]he\s+(?:[\w$€£.,-]+\s+){{0,4}}?round\s+was\s+(?:co-)?led\s+by\s+[^;.]{{0,60}}?[;,]\s*{{OP:s+}}\s+(?:also\s+)?(?:joined|participated|took\s+part|invested)"),
        new("invests_in", $@"{{O:o}}\s*{{OP:s+}}{GapAcrossNames(120)}\b(?:also\s+)?(?:joined|participated\s+in|took\s+part\s+in)\s+the\s+(?:round|financing|raise)\b"),
                // "投资方包括高瓴资本、小米集团和苏州元禾控股", "Its backers include Index Ventures".
        new("invests_in", $@"{{O:o}}\s*{Possessive}\s*(?:投资方|投资者|投资机构|投资人|股东|[Ii]nvestors|[Bb]ackers|[Ss]hareholders)\s*(?:包括|有|为|include|are|including|,?\s*among\s+them|,(?=\s*⟦))\s*{{OP:s+}}"),
        // "Halcyon's research is funded by grants from the Sloan Foundation and Schmidt Sciences", "is funded by grants and
        // by donations from the Swiss AI Initiative".
        new("invests_in", $@"{{O:o}}\s*(?:'s|’s)?\s+(?:research\s+|work\s+)?(?:is|was|are|were|has been|have been)\s+(?:\w+\s+)?(?:funded|financed|bankrolled)\s+by\s+(?:(?:a\s+)?grants?\s+from\s+|(?:[a-z]+\s+){{0,5}}?(?:grants?|donations|gifts|contributions)\s+from\s+)?(?:the\s+)?{{OP:s+}}"),
                // "Sorel AI raised €120 million from Lightspeed Venture Partners and Bpifrance".
        // "Corvid has raised more than $300 million from investors including Accel and Tiger Global".
        new("invests_in", $@"{{O:o}}{WhichClause}{GapWithPlaces(100)}\b(?:raised|secured)\s+(?:(?:more\s+than|over|about|nearly|almost|roughly|some)\s+)?[€$£¥]?{AmountDigit}+\s*(?:million|billion|m|bn)?\s+(?:(?:last|this)\s+(?:year|month|week)\s+|in\s+[^⟦⟧.;]{{0,30}}?)?from\s+(?:(?:a\s+group\s+of\s+)?(?:investors|lenders|banks)\s+(?:including|such\s+as|like|led\s+by)\s+)?{Owner}{{OP:s+}}"),
        // Not an organisation inside another's aside ("Latticeworks, a start-up spun out of the university, said it had closed …").
        new("invests_in", $@"(?<!⟦\d+:O⟧\s*,[^,;.]{{0,80}}){{O:o}}{GapWithPlaces(100)}\b(?:closed|raised|secured|completed|announced)\b[^⟦⟧.;]{{0,40}}?\b(?:Series\s+[A-F]|seed|funding|financing)\b[^⟦⟧.;]{{0,20}}?\b(?:led\s+by|from)\s+{Owner}{{OP:s+}}"),
        // "closed a €210 million Series A led by Fjellstrand Capital, an Oslo-based fund, with EQT Ventures and Creandum participating".
        new("invests_in", $@"{{O:o}}{Gap(12)}\b(?:closed|raised|secured|completed|announced)\s+(?:a|an|{Its}|the|[€$£¥]?\d)\s*[^⟦⟧.;]{{0,30}}?\b(?:Series\s+[A-F]|seed|funding|financing|round)\b(?:[^⟦⟧.;]|⟦\d+:[OLCS]⟧){{0,120}}?\bwith\s+{{OP:s+}}\s+(?:also\s+)?(?:participating|joining|taking\s+part)\b"),
        new("invests_in", $@"{{O:o}}{Gap(12)}\b(?:closed|raised|secured|completed|announced)\s+(?:a|an|{Its}|the|[€$£¥]?\d)\s*[^⟦⟧.;]{{0,30}}?\b(?:Series\s+[A-F]|seed|funding|financing)\b[^.;]{{0,80}}?\bwith\s+participation\s+from\s+{Owner}{{OP:s+}}"),
        // A funding round: "英伟达和Salesforce参与了Mistral AI最新一轮融资", "Lightspeed led Mistral's Series B round".
        new("invests_in", $@"{{OP:s+}}{Gap(10)}(?:参与了?|领投了?|跟投了?|参投了?)\s*{{O:o}}{Gap(10)}(?:融资|轮)"),
        new("invests_in", $@"{{OP:s+}}{Gap(10)}\b(?:participated in|led|co-led)\s+{{O:o}}\s*(?:'s|’s)\s+(?:[\w$.-]+\s+){{0,4}}?(?:funding|financing|round)"),

        // located_in
        // "The New York company": the company the text is about, described by its city; "the Abu Dhabi fund MGX".
        new("located_in", $@"\b[Tt]he\s+{{L:o}}\s+(?:(?:[\w-]+\s+)?(?:fund|firm|company|start-?up|lab|group|investor|bank|insurer|\w*maker)\s+)?{{O:s}}(?!\s+(?:(?:had|has)\s+)?(?:started|founded|co-founded|set\s+up|built|runs|leads)\b)"),
        // "Kittiwake Labs (Lisbon, Portugal)", "the Nordhavn Foundation (Copenhagen)", "Stratoline Compute (Frankfurt data
        // centre)": where a firm is, in brackets after its name (not the place inside a registered name, 安岚机器人（南京）有限公司).
        new("located_in", $@"{{O:s}}\s*[(（]\s*{{L:o}}(?:\s*[,，]\s*{{L:o}})?(?:\s+(?:data\s+cent(?:re|er)|office|offices|campus|headquarters|HQ))?\s*[)）](?![\p{{IsCJKUnifiedIdeographs}}]{{0,6}}(?:公司|集团))"),
        // "Sonoran Acoustic Labs of Tucson will supply …": a firm named with the city it is of, before what it does.
        new("located_in", $@"{{O:s}}\s+of\s+{{L:o}}(?=\s+(?:will|has|have|had|is|was|said|says|makes|builds|sells)\b)"),
        // "for Denver and for Tempe, Arizona.": a town and its region, not two of a list.
        new("located_in", $@"(?<!⟦\d+:L⟧\s*,\s*){{L:s}}\s*,\s*{{L:o}}(?=\s*[.;]|-based\b|\s*,\s+(?!⟦|and\b)|\s+[—–]\s)"),
        // "Born in Trondheim, Norway, Akerholt studied …": where someone was born, a town and its country.
        new("located_in", $@"\b(?:[Bb]orn|[Rr]aised|[Gg]rew\s+up)\s+in\s+{{L:s}}\s*,\s*{{L:o}}"),
        // "浙江杭州", "宿州市灵璧县": in Chinese a region, then the place in it, with nothing between.
        new("located_in", $@"(?<!⟦\d+:L⟧){{L:o}}{{L:s}}(?!⟦\d+:L⟧)(?=[\p{{IsCJKUnifiedIdeographs}}，,。、；;])"),
        // "曾任职于日本哈默纳科（…）", "加入美国英伟达。": a Chinese text's country (or city) written right before a firm named
        // on its own, the name ending the phrase (not 武汉地铁运营|计划…, a short form of a registered name).
        new("located_in", $@"(?<!⟦\d+:L⟧){{L:o}}{{O:s}}(?=[，,。、；;（(])"),
        // A roundup's heading, the firm then its city in brackets: "栖梧智能（杭州）｜具身智能｜数亿元A轮".
        new("located_in", $@"(?<=^|\n)[\s*#\d.、]*{{O:s}}\s*[（(]\s*{{L:o}}\s*[）)]"),
        // A listed firm with where it is: "合肥衡曜智能科技有限公司（所在地：合肥高新区）".
        new("located_in", $@"{{O:s}}\s*[（(]\s*(?:所在地|注册地|所在区域|地址|总部)\s*[：:]\s*{{L:o}}"),
        // "Britain's Competition and Markets Authority".
        new("located_in", $@"(?<![⟧\w]\s?){{L:o}}\s*(?:'s|’s)\s+{{O:s}}"),
        // "used at Intermountain Health in Utah": where a firm one goes to is.
        // "Pinecrest Data Systems of Colorado Springs, which …": a firm and the place it is of.
        new("located_in", $@"{{O:s}}\s+of\s+{{L:o}}(?=\s*[,.;])"),
        new("located_in", $@"\b(?:at|leaving|leaves|left|joining|joins|joined)\s+(?:the\s+)?{{O:s}}\s+in\s+{{L:o}}(?!\s*[,，]?\s*⟦\d+:L⟧)"),
        new("located_in", $@"{{O:s}}{Comma}(?:(?:which|that)\s+)?(?:(?:is|was)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?)?(?:based|headquartered|located)\s+in\s+{{L:o}}"),
        // "Tarnwell is the London lab …", "Ortolan Compute, which is a Montreal outfit": the place before the kind of firm it is.
        new("located_in", $@"{{O:s}}(?:{Comma}which)?\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?{{L:o}}(?:-based)?\s+(?:[a-z][\w-]*\s+)?(?:fund|firm|company|start-?up|lab|laboratory|group|outfit|shop|studio|bank|insurer|\w*maker)\b"),
        // A pleading's "X is a Delaware corporation with its principal place of business in San Francisco", "… with offices in Seattle".
        new("located_in", $@"{{O:s}}(?:\s*\([^()\n]{{1,40}}\))?\s+is\s+(?:a|an)\s+(?:[\w-]+\s+|⟦\d+:L⟧\s+){{0,6}}?with\s+(?:its\s+)?(?:principal\s+place\s+of\s+business|headquarters|offices|an\s+office)\s+in\s+{{L:o}}"),
        // "Cohere, another Toronto AI company", "UHN, one of Canada's largest hospital networks".
        // "Fjordsight, a 35-person Oslo start-up".
        new("located_in", $@"{{O:s}}{Comma}(?:a|an|another|the)\s+(?:[\d,]+-(?:person|people|strong|employee)\s+)?{{L:o}}\s+(?:(?:[\w-]+|⟦\d+:C⟧)\s+){{0,2}}?(?:company|start-?up|firm|lab|group|university|network|\w*maker)\b"),
        new("located_in", $@"{{O:s}}{Comma}(?:one\s+of\s+)?{{L:o}}\s*(?:'s|’s)\s"),
        // "Lindholm Analytics, a young firm from Odense".
        new("located_in", $@"{{O:s}}{Comma}(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:firm|company|start-?up|lab|maker|developer|group)\s+from\s+{{L:o}}"),
        // "France's national research agency, CNRS".
        new("located_in", $@"{{L:o}}\s*(?:'s|’s)\s+(?:[\w-]+\s+){{0,4}}?(?:agency|bank|company|firm|lab|university|institute|regulator|carrier)\s*,\s*{{O:s}}"),
        // "云从科技则把其研发总部从广州迁至南京": where a firm moves a headquarters to.
        new("located_in", $@"{{O:s}}{Gap(12)}(?:总部|研发中心|办公室)\s*(?:从\s*⟦\d+:L⟧\s*)?(?:迁至|迁到|迁往|搬到|搬至)\s*{{L:o}}"),
        // "声澜科技是一家总部位于苏州的语音人工智能公司".
        new("located_in", $@"{{O:s}}\s*(?:是|为)(?:一家)?\s*(?:总部)?(?:位于|设在)\s*{{L:o}}\s*的"),
        // Not "比亚迪位于西安的工厂": what lies there is the factory. Of a province and its city (浙江杭州), the city.
        // "枫弈智能成立于2021年，注册地位于上海市徐汇区": where it is registered, after when it was founded.
        new("located_in", $@"{{O:s}}\s*成立于[^，,。；;⟦⟧]{{2,12}}[，,]\s*(?:注册地|注册地址|总部|办公地)(?:位于|为|设在|在)\s*{RegionBefore}{{L:o}}"),
        new("located_in", $@"{{O:s}}{Gap(4)}(?:位于|总部位于|总部设在|秘书处设在|秘书处位于|坐落于|总部在)\s*{RegionBefore}{{L:o}}(?!\s*(?:的|⟦\d+:L⟧))"),
        // "这家总部位于浙江杭州的企业": the firm the demonstrative stands for.
        new("located_in", $@"{{O:s}}(?:总部)?(?:位于|设在)\s*{RegionBefore}{{L:o}}\s*的(?:公司|企业|机构)"),
        // "深圳人形机器人企业星衍机器人": a firm described by its city.
        new("located_in", $@"{{L:o}}(?:[\p{{IsCJKUnifiedIdeographs}}-[的]]|⟦\d+:C⟧){{0,8}}?(?:企业|公司|初创公司|创业公司|车企)\s*{{O:s}}"),
        new("located_in", $@"(?:总部位于|总部设在|位于|坐落于)\s*{RegionBefore}{{L:o}}\s*的\s*{{O:s}}"),
        // "来自深圳的元象智算", "南京的青岚科技推出…": a firm named by its city, where a clause or list starts.
        new("located_in", $@"(?:来自|(?<=^|[，,：:；;、。]\s*))\s*{{L:o}}\s*的\s*{{O:s}}"),
        // "月之暗面由杨植麟于2023年在北京创立", "由前淘宝搜索团队负责人邵明哲于2022年在杭州创办": where a firm was founded, its
        // founders (and where they were before) between.
        new("located_in", $@"{{O:s}}\s*由(?:[^⟦⟧，,。；\n]|⟦\d+:[PCOR]⟧){{0,40}}?在\s*{{L:o}}\s*(?:创立|创办|创建|成立|联合创立|共同创立)"),
        // "她在杭州创立了镜语科技": where a firm was founded.
        new("located_in", $@"(?:在|于){{L:o}}(?:宣布)?(?:共同|联合)?(?:创立|创办|创建|成立|注册)了?\s*{{O:s}}"),
        // "De Vries started the company in Rotterdam in 2019".
        new("located_in", $@"\b(?:co-?found(?:ed)?|found(?:ed)?|start(?:ed)?)\s+{{O:s}}\s+in\s+{{L:o}}"),
        // "the London-based computer-vision company Tractable": the words between may be hyphenated or a concept.
        new("located_in", $@"{{L:o}}{ThenItsRegion}-based\s+(?:(?:[A-Za-z-]+|⟦\d+:C⟧)\s+){{0,3}}?{{O:s}}"),
        // Where an event takes place: "RoboCon 2025 in Pittsburgh", "在上海举办的世界人工智能大会", "大会在上海举行".
        new("located_in", $@"{{E:s}}\s+(?:(?:conference|summit|expo|forum|fair|festival|trade show|show|convention)\s+)?(?:(?:held|hosted|taking place)\s+)?in\s+{{L:o}}"),
        // "北京世界机器人大会": a world event written after the city it is held in (see EventCandidates).
        new("located_in", $@"{{L:o}}{{E:s}}"),
        // "The company will open a second office in Arlington": where a firm opens an office.
        new("located_in", $@"{{O:s}}{Gap(20)}\b(?:opened|opens|will\s+open|is\s+opening)\s+(?:a|an|its)\s+(?:(?:new|second|third|first|larger)\s+)?(?:office|headquarters|lab|factory|plant|research\s+center)\s+in\s+{{L:o}}"),
        // "星桥资本的办公室设在上海和深圳两地": where a firm has its offices (of a province and its city, the city).
        new("located_in", $@"{{O:s}}\s*的?\s*(?:办公室|总部|研发中心|分部|办事处)\s*(?:设在|位于|设于|在)\s*(?:⟦\d+:L⟧(?=\s*⟦\d+:L⟧)\s*)?{{L:o+}}"),
        // "智元星图宣布在阿联酋迪拜设立中东总部": where a firm sets up a headquarters.
        // Not what it plans (星途智驾计划明年在德国慕尼黑设立欧洲研发中心).
        new("located_in", $@"{{O:s}}\s*(?:宣布|已经?|正式|近日|日前)?\s*(?:在|于)\s*{RegionBefore}{{L:o}}\s*(?:设立|成立|建立|开设)了?(?:[^，,。；⟦⟧]|⟦\d+:L⟧){{0,6}}?(?:总部|研发中心|办公室|分公司)"),
        // "DeepMind伦敦总部": a firm's headquarters in a city.
        new("located_in", $@"{{O:s}}\s*{{L:o}}\s*(?:总部|办公室|研发中心)"),
        new("located_in", $@"(?:在|于)\s*{{L:o}}\s*(?:举办|举行|召开)的{Gap(8)}{{E:s}}"),
        new("located_in", $@"{{E:s}}{Gap(6)}(?:在|于)\s*{{L:o}}\s*(?:举办|举行|召开|开幕|闭幕|落幕|拉开帷幕)"),
        // "第三届…学术会议（TSAI 2026）将于2026年5月15日至17日在四川成都召开": its dates before the place, the province before the city.
        new("located_in", $@"{{E:s}}\s*[)）]?\s*(?:将|拟|已)?于?\s*(?:(?:\d{{4}}年)?\d{{1,2}}月(?:\d{{1,2}}日)?(?:\s*(?:至|—|-|到)\s*(?:\d{{1,2}}月)?\d{{1,2}}日)?)\s*在\s*(?:⟦\d+:L⟧\s*)?{{L:o}}\s*(?:举办|举行|召开|开幕)"),
        // "Kestrel Silicon, an Austin, Texas-based designer of chips": the city, named with its region (not "Its rivals include
        // Berlin-based Magazino": there the place is the next name's).
        new("located_in", $@"{{O:s}}{Gap(20)}{{L:o}}{ThenItsRegion}-based(?!\s+⟦\d+:[^C]⟧)"),

        // competitor_of
        // Not the owner of a firm it competes with ("competes with Hudl's StatsBomb and with SkillCorner"); competing with a
        // firm's product is competing with the firm ("and with Microsoft's own DAX Copilot", below).
        new("competitor_of", $@"{{O:s}}{Gap(15)}\bcompet(?:e|es|ing|itor of|itors of)\s+{HowDirectly}(?:with\s+|against\s+)?(?:the\s+)?{OwnerOfTheFirst}{{O:o+}}(?!\s*(?:'s|’s)\s)"),
        new("competitor_of", $@"{{O:s}}{CompetesWith}(?:[^⟦⟧.;]|⟦\d+:[OR]⟧){{1,40}}?\s+and\s+(?:also\s+)?(?:with|against)\s+{{O:o}}(?!\s*(?:'s|’s)\s+(?-i:[A-Z]))"),
        // "Emberline will compete for customers and talent with Paris-based Mistral AI and with Tokyo's Sakana AI".
        new("competitor_of", $@"{{O:s}}{Gap(15)}\bcompet(?:e|es|ing)\s+for\s+[^⟦⟧.;]{{1,40}}?\s+(?:with|against)\s+{PlaceBefore}{{O:o}}"),
        new("competitor_of", $@"{{O:s}}{Gap(15)}\bcompet(?:e|es|ing)\s+for\s+[^⟦⟧.;]{{1,40}}?\s+(?:with|against)\s+{PlaceBefore}⟦\d+:O⟧\s+and\s+(?:with\s+)?{PlaceBefore}{{O:o}}"),
        // "…, as well as with Nvidia's data-centre GPUs": competing with a firm's kind of product is competing with the firm.
        new("competitor_of", $@"{{O:s}}{CompetesWith}(?:[^⟦⟧.;]|⟦\d+:[OR]⟧){{1,80}}?\b(?:and|as\s+well\s+as)\s+(?:also\s+)?(?:with|against)\s+{{O:o}}\s*(?:'s|’s)\s+(?:[a-z-]+\s+){{0,2}}(?:GPUs?|chips?|products?|models?|services?|software|tools?|apps?)\b"),
        // Not what 将 or 把 takes: "将寒武纪和英伟达列为竞争对手" names another firm's rivals.
        new("competitor_of", $@"(?<![将把]\s*){{O:s}}\s*(?:与|和){{O:o+}}{Gap(4)}(?:竞争|对手)"),
        // "Skyhawk, a Denver company founded … by …, beat Anduril Industries and Shield AI for the award".
        new("competitor_of", $@"{{O:s}}(?:[^⟦⟧。.!?！？;；\n]|⟦\d+:[ORLCEP]⟧){{0,160}}?\b(?:beat|beats|outbid|outbids)\s+(?:out\s+)?{{O:o+}}\s+(?:for|to)\s+(?:the|a|an)\b"),
        // "we have published the design so that competitors like Figure and Agility Robotics can use it".
        new("competitor_of", $@"{{O:s}}{Gap(60)}\bcompetitors?\s+(?:like|such\s+as|including)\s+{{O:o+}}"),
        // "… lets Planet sell finished alerts, which puts it in closer competition with Maxar Intelligence and with … ICEYE".
        new("competitor_of", $@"{{O:s}}{Gap(100)}\bin(?:to)?\s+(?:closer\s+|direct\s+|head-on\s+|more\s+)?competition\s+with\s+{FirmDescribedBefore}{{O:o+}}"),
        new("competitor_of", $@"{{O:s}}{Gap(100)}\bin(?:to)?\s+(?:closer\s+|direct\s+|head-on\s+|more\s+)?competition\s+with\s+(?:[^⟦⟧.;]|⟦\d+:[OR]⟧){{1,40}}?\s+and\s+(?:also\s+)?with\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{{O:o}}(?!\s*(?:'s|’s)\s)"),
        // "智谱是清华大学计算机系技术成果转化的公司": a firm spun out of a university's research.
        new("affiliated_with", $@"{{O:s}}\s*(?:是|为)\s*{{O:o}}\s*(?:的)?(?:科研|技术)?成果转化(?:而来)?的(?:公司|企业)"),
        // "生数科技由清华大学人工智能研究院孵化": incubated by.
        new("affiliated_with", $@"{{O:s}}\s*(?:由|是)\s*{{O:o}}\s*(?:孵化|分拆|衍生)"),
        // "Udio's rival Suno".
        new("competitor_of", $@"{{O:o}}\s*(?:'s|’s)\s+(?:(?:main|chief|closest|biggest|nearest)\s+)?(?:rival|competitor)\s+{{O:s}}"),
        // "AeroFurrow's main rival is still DJI", "Vigilant's most direct rival is Meridian".
        new("competitor_of", $@"{{O:s}}\s*(?:'s|’s)\s+(?:(?:main|chief|closest|biggest|nearest|fiercest|most\s+direct|direct|only)\s+)?(?:rival|competitor)\s+(?:is|was|remains)\s+(?:still\s+)?{{O:o}}"),
        // "…面对的主要对手是已在港股上市的鹰瞳科技": what the rival is may come before its name.
        new("competitor_of", $@"{{O:s}}{Gap(20)}(?:竞争对手|对手)(?:包括|有|如|是|为)\s*(?:[^⟦⟧，,。；;]{{1,12}}的)?{{O:o+}}"),
        // "晟图智能、霁峰算力与中国电信广东分公司等18家会员单位" (the association's, see CompanyAnaphora).
        new("member_of", $@"{{O:s+}}\s*等\s*\d+\s*家\s*{{O:o}}会员(?:单位|企业)"),
        // "与商汤科技、科大讯飞等对手相比，朔方智能的…".
        new("competitor_of", $@"(?:与|和|跟)\s*{{O:s+}}\s*等?(?:竞争)?对手相比\s*[，,]?\s*{{O:o}}"),
        // "Mistral AI, its larger French rival".
        new("competitor_of", $@"{{O:s}}{Comma}{{O:o}}\s+(?:[\w-]+\s+){{0,3}}?(?:rival|competitor)\b"),
        // "Harbor competes with GitHub Copilot and with Cursor": products compete too.
        new("competitor_of", $@"{{R:s}}{CompetesWith}{{R:o+}}"),
        new("competitor_of", $@"{{R:s}}{CompetesWith}⟦\d+:R⟧\s+and\s+(?:with|against)\s+{{R:o}}"),
        // "Abridge, a Notewell rival".
        new("competitor_of", $@"{{O:s}}{Comma}(?:a|an|another)\s+{{O:o}}\s+(?:rival|competitor)\b"),
                // "Its rivals include Pilot and Intuit".
        new("competitor_of", $@"{{O:s}}\s*(?:'s|’s)?\s+(?:main\s+|biggest\s+|closest\s+)?(?:[Rr]ivals|[Cc]ompetitors)\s+(?:include|including|are)\s+(?:the\s+)?{{O:o+}}"),

        // affiliated_with: organisations joining, backing or belonging to an alliance, foundation or project
        // Not "researchers from Inflection AI joined Microsoft", "Covariant, whose founders joined Amazon": there the people join.
        new("affiliated_with", $@"(?<!\b(?:from|of|at)\s+){{O:s+}}(?!\s*,\s*whose\b){Gap(20)}(?<!-)\b(?:have\s+|has\s+)?(?:joined|backed|signed on to|became (?:a )?members? of)\s+(?:the\s+)?{{O:o}}(?!{ThroughAStake}|\s+{RoundName})"),
        new("affiliated_with", $@"{{O:s+}}{Comma}(?:(?:is|are|was|were)\s+)?(?:a\s+|an\s+)?(?:founding\s+)?(?:members?|backers?|supporters?|sponsors?)\s+of\s+(?:the\s+)?{{O:o}}"),
        // Within the clause: in "创办了 Inflection AI，之后又加入了微软" the one who joins is the sentence's subject.
        // Not the firm one came from: "从谷歌加入百度".
        new("affiliated_with", $@"(?<!从\s*){{O:s+}}[^⟦⟧，,。.!?！？;；\n]{{0,10}}?(?:加入(?:了)?|支持(?:了)?|成为(?:了)?){{O:o}}(?!\s*的?\s*(?:全资|控股)?子公司)(?:的)?(?:成员|会员|联盟|组织|项目)?"),
        new("affiliated_with", $@"{{O:o}}{Gap(6)}(?:的)?(?:成员|支持者|支持企业|合作伙伴|会员)(?:包括|有)\s*{{O:s+}}"),
    ];
}
