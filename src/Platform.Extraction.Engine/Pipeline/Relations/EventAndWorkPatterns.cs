using static Platform.Extraction.Engine.Pipeline.Relations.PatternPieces;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>How a sentence says who took part in an event, who wrote a work, and which product preceded which.</summary>
internal static class EventAndWorkPatterns
{
    // A paper's credits: matched first, then looked back from for the paper, so that the look-back runs only there.
    private const string PaperCredit = "(?:第一作者|通讯作者|共同第一作者|共同通讯作者)";

    public static IReadOnlyList<RelationPattern> All { get; } =
    [
        // participant_of
        new("participant_of", $@"{{OP:s+}}{GapAcrossNames(40)}\b(?:attended|(?:spoke|speaking|appeared|present|presents|presented|presenting|exhibited|keynote|took the stage)\s+(?:\w+\s+){{0,3}}?at|took part in|participated in)\s+(?:the\s+|this year's\s+)?{{E:o}}"),
        // A transcript of the speaker's own talk: "Transcript of the opening keynote at RoboCon 2025".
        new("participant_of", $@"\b(?:transcript|recording|video)\s+of\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:[a-z-]+\s+){{0,2}}?(?:keynote|talk|speech|remarks|lecture|address)\s+(?:at|to)\s+(?:the\s+)?{{E:o}}", namesTheSpeaker: true),
        // "At the World Economic Forum, Sam Altman said …", "在世界人工智能大会上，李彦宏表示".
        new("participant_of", $@"(?:\bat\s+(?:the\s+|this year's\s+)?|(?:在|于){EventOrdinal}){{E:o}}\s*(?:上|期间|现场)?\s*[,，]\s*{{P:s+}}"),
        // "在…交易会上，星衍H1首次公开亮相": a product shown at an event.
        new("participant_of", $@"(?:(?:在|于){EventOrdinal}|(?<=^|[。，,\n])\s*(?:[今去]年\d{{1,2}}月的?)?{EventOrdinal}){{E:o}}\s*(?:上|期间|现场)\s*[,，]\s*{{R:s+}}{Gap(8)}(?:亮相|发布|展出|登场)"),
        new("participant_of", $@"{{OP:s+}}{Gap(10)}(?:参加|出席|参与|亮相|参展)(?:了)?{Gap(4)}{{E:o}}"),
        // "邢以诚上台助阵": who takes the stage at the event the text covers (the event's zero-width mention, EventAnaphora).
        new("participant_of", $@"{{P:s}}{Gap(16)}{{E:o}}(?:登台|上台)"),
        // "In a 2016 lecture at the NeurIPS conference she warned …": who gave a talk at an event.
        new("participant_of", $@"\b(?:lecture|talk|keynote|speech|address|tutorial)\s+at\s+(?:the\s+)?{{E:o}}(?:\s+(?:conference|summit|meeting|workshop))?\s*,?\s*(?:[a-z]+\s+)?{{P:s}}"),
        // "晏子骞与冼若霏合作的论文《…》获ACL 2026杰出论文奖", "邰明哲教授领衔的“…”项目获2026年度吴文俊人工智能科学技术奖": a prize's winners.
        new("participant_of", $@"{{P:s+}}{GapAcrossNamesAndWorks(60)}{WinningAPrize}{{E:o}}"),
        // “灵掌D5”荣获第五届紫金山具身智能创新奖金奖: a firm or a product wins a prize too, named right before the verb.
        new("participant_of", $@"{{OR:s}}\s*[”""」]?\s*{WinningAPrize}(?:第[一二三四五六七八九十百零0-9]{{1,4}}届|首届)?{{E:o}}"),
        // "深言智能计划于11月在乌镇举行的世界互联网大会上展示…": who shows, speaks or launches at an event takes part in it.
        new("participant_of", $@"{{OP:s}}{Gap(12)}(?:在|于)\s*(?:⟦\d+:L⟧\s*(?:举行|举办|召开)的\s*)?{EventOrdinal}{{E:o}}\s*(?:上|期间|现场)\s*(?:展示|发布|推出|亮相|演讲|发言|宣布)"),
        new("participant_of", $@"{{P:s}}{Gap(4)}(?:在|于)\s*{EventOrdinal}{{E:o}}\s*(?:开幕式|闭幕式|主论坛|分论坛|主会场|现场)?\s*(?:上|中|期间|现场)"),
        // A session's host and its panel: "圆桌讨论由极客公园创始人张鹏主持，银河通用创始人王鹤、……和地瓜机器人总裁王丛参与了讨论".
        new("participant_of", $@"{{E:o}}{Gap(4)}由{GapAcrossNames(16)}{{P:s}}\s*(?:主持|主讲|发起)"),
        // Who opens or closes it, or gives its talk: "The Summit opened with Helena Varga-Moss", "The most quoted talk of the
        // conference came from Dr. Ines Vatanen".
        new("participant_of", $@"{{E:o}}\s+(?:opened|closed|ended|kicked\s+off|wrapped\s+up)\s+with\s+(?:a\s+[\w\s-]{{0,30}}?\s+(?:from|by)\s+)?{Honorific}{{P:s}}"),
        new("participant_of", $@"\b(?:talk|keynote|session|panel|presentation|lecture)\s+(?:of|at)\s+{{E:o}}\s+(?:came|was)\s+(?:from|by|given\s+by)\s+{Honorific}{{P:s}}"),
        // Its organisers, after the event or the noun that stands for it: "论坛由岩上财经与临港智算中心联合主办".
        new("participant_of", $@"{{E:o}}[^。！？；\n⟦⟧]{{0,40}}?由\s*{{O:s+}}\s*(?:联合|共同)?(?:主办|承办|举办|发起)"),
        new("participant_of", $@"{{E:o}}[^。！？；\n]{{0,80}}?[，,]\s*(?:⟦\d+:O⟧\s*{ChineseQualifier}{RoleNouns.Uncaptured}\s*)?{{P:s+}}{Gap(4)}(?:参与|参加|加入)了?(?:讨论|对话|交流)"),
        new("participant_of", $@"{{E:o}}{Gap(10)}(?:汇聚|聚集|吸引|gathered|brought together|featured)(?:了)?{Gap(10)}{{OP:s+}}", 0.7),
        new("participant_of", $@"(?:回到|欢迎来到|back (?:on|to)|welcome to)\s*(?:the\s+)?{{W:o}}{Gap(8)}(?:与|with|和)\s*{{P:s}}"),

        // A prize's winners and finalists: "Team Gaivota won the top prize …", "received the Student Spirit Award", "whose novel
        // "The Salt Orchard" was a finalist for the National Book Award"; a results list's bold heading ("**Caravel Grand Prize
        // (€40,000): Team Gaivota**"). Not the school a winning team is from ("a team from Universidade Nova de Lisboa received …").
        new("participant_of", $@"(?<!\b(?:from|of|at)\s+(?:the\s+)?){{OPWR:s+}}[""”]?{Gap(30)}\b(?:won|wins|received|receives|took|was\s+awarded|were\s+awarded|picked\s+up|collected|(?:was|is|were|are)\s+(?:a\s+|the\s+)?(?:finalists?|nominees?|winners?|runners?-up)\s+(?:for|of))\s+(?:the\s+|this\s+year's\s+)?{{E:o}}"),
        new("participant_of", $@"(?:^|\n)[\s*_#]*{{E:o}}\s*(?:\([^)\n]{{1,30}}\))?\s*[:：]\s*{{OP:s}}\s*[*_]*\s*(?:$|\n)"),

        // author_of
        new("author_of", $@"{{P:s}}{Gap(12)}(?:的)?(?:新书|著作|新作|书|作品|著)\s*{{W:o}}"),
        new("author_of", $@"(?:新书|著作|新作|book)\s*{{W:o}}\s*(?:中|里)?{Comma}{{P:s}}"),
        new("author_of", $@"{{W:o}}{Gap(8)}(?:作者|\bby\b|\bauthor\b)\s*(?:is\s+)?{{P:s+}}"),
        // "博士生邝一诺以第一作者身份发表的《…》", "晏子骞与冼若霏合作的论文《…》": a paper's authors named before it.
        new("author_of", $@"{{P:s+}}\s*(?:以(?:第一|通讯|共同第一|唯一)作者(?:身份)?\s*发表的|合作(?:撰写|完成)?的(?:论文)?)\s*[《“]?{{W:o}}"),
        // "In its recent report, \"The 2026 AI Data Governance Landscape\", analyst firm Calloway Insight Group found …".
        new("author_of", $@"\b[Ii]n\s+its\s+(?:[\w-]+\s+){{0,2}}?(?:report|study|survey|paper|analysis)\s*,?\s*[""“]?{{W:o}}[""”]?\s*,?\s*[""”]?\s*(?:(?:the\s+)?(?:analyst|research|consulting|advisory)\s+(?:firm|group|house)\s+)?{{O:s}}"),
        // "\"Attention Is All You Need\" (Vaswani et al., 2017)": a citation's first author.
        new("author_of", $@"{{W:o}}[""”]?\s*[(（]\s*{{P:s}}\s+et\s+al\b"),
        // "论文第一作者为实验室2023级博士研究生唐一苇，通讯作者为陆知遥": each author the paper's credits name, after their posts.
        new("author_of", $@"{PaperCredit}(?<={{W:o}}\s*的?(?:[^⟦⟧。；！？\n]|⟦\d+:[PCO]⟧){{0,40}}?{PaperCredit})\s*(?:为|是)\s*(?:[^⟦⟧，,。；\n]|⟦\d+:[OC]⟧){{0,16}}?{{P:s}}"),
        // "报告署名分析师为甬汇证券机械行业首席分析师祁望舒、具身智能组分析师钟离骁": a broker's report signed by its analysts.
        new("author_of", $@"{{W:o}}\s*署名(?:分析师|作者)?(?:为|是)\s*(?:[^⟦⟧，,。；\n]|⟦\d+:[OC]⟧){{0,16}}?{{P:s+}}"),
        // "实验室副研究员柯铭、硕士研究生郑可心，以及…助理教授何嘉琪共同参与了研究": who took part in the paper's research.
        new("author_of", $@"{{P:s+}}\s*(?:也|还|均|都)?(?:共同|一同|一起)?参与了?{{W:o}}"),
        // 'The paper, "Verify Then Answer," was led by Stanford PhD student Lucia Moreno and co-authored by A and B': who
        // led or wrote a paper, after what they are.
        new("author_of", $@"{{W:o}}[""”]?,?[""”]?\s+(?:was|is)\s+(?:led|written|authored|co-authored)\s+by\s+(?:⟦\d+:O⟧\s+)?(?:[\w-]+\s+){{0,3}}?{{P:s+}}"),
        new("author_of", $@"{{W:o}}(?:[^⟦⟧.;!?\n]|⟦\d+:[OPC]⟧){{0,120}}?\bco-authored\s+by\s+(?:⟦\d+:O⟧\s+)?(?:[\w-]+\s+){{0,3}}?{{P:s+}}"),
        // "Rosalind Achebe, whose novel "The Salt Orchard" was …".
        new("author_of", $@"{{P:s}}{Comma}whose\s+(?:(?:first|latest|new|debut|last)\s+)?(?:novel|book|memoir|essay|paper|album|film|poem|play)\s*[""“]?{{W:o}}"),
        new("author_of", $@"{{P:s}}{Gap(15)}\b(?:wrote|authored|author of|'s book|’s book|book)\s*(?:(?:in\s+)?(?:the|his|her|their|an?)\s+(?:book|essay|paper|article|novel|memoir|report|letter)\s+)?{{W:o}}"),

        // An organisation publishing a work: "之江实验室发布了《具身智能数据标准白皮书》".
        // "经信厅、发展改革委、科技厅近日联合印发《…行动方案》": each body that issues it; not who holds a press conference
        // (新闻发布会) on it.
        // "甬汇证券机械与具身智能联合研究团队日前发布深度报告《…》": the team that publishes it may stand between.
        new("author_of", $@"{{O:s+}}{Gap(16)}(?:发布(?!会)|发表|出版|撰写|编写|印发|出台)(?:了)?{Gap(6)}{{W:o}}"),
        // "协会联合中国信息通信研究院发布了《…报告》": both issue it.
        new("author_of", $@"{{O:s}}\s*(?:联合|携手|会同)\s*{{O:s+}}{Gap(16)}(?:发布(?!会)|发表|出版|编写|印发|出台)(?:了)?{Gap(6)}{{W:o}}"),
        // ""Powering the Compute Boom," a report published last month by Halden Rowe Consulting"; "Her 2019 book, "Machines That Listen"".
        new("author_of", $@"{{W:o}}[""”]?\s*,?\s*[""”]?\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:report|study|paper|book|analysis|survey)\s+(?:published|released|written|commissioned|issued)\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?{{OP:s}}"),
        new("author_of", $@"{{P:s}}\s*(?:'s|’s)?\s+(?:\d{{4}}\s+|new\s+|first\s+|latest\s+)?(?:book|memoir|novel|report)\s*,\s*[""“]?{{W:o}}"),
        // A studio's film or show, or its new work: "其定档春节的动画电影《…》", "也在为武侠新作《…》", "旗下还有作品《…》";
        // a game is its product (see OrganizationPatterns).
        new("author_of", $@"{{O:s}}{Gap(12)}(?:电影|动画电影|动画片|影片|剧集|新作|新片)\s*{{W:o}}"),
        new("author_of", $@"{{O:s}}(?:[^。！？；;\n⟦⟧]|⟦\d+:[LC]⟧){{0,20}}?旗下(?:还有|另有|拥有)?(?:[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}?(?:电影|作品))\s*{{W:o}}"),

        // predecessor_of
        // "《归墟少年》——热映的《山海小侠》的续集", "《山海小侠》的续集《归墟少年》": a sequel's predecessor.
        new("predecessor_of", $@"{{W:o}}(?:\s*[—–-]+\s*|\s*[,，]\s*(?:是|为)?)(?:[^⟦⟧。；;]|⟦\d+:C⟧){{0,12}}?{{W:s}}\s*的续集"),
        new("predecessor_of", $@"{{W:s}}\s*的续集\s*{{W:o}}"),
        new("predecessor_of", $@"{{R:s}}\s*(?:是|为|is|was)\s*(?:one of\s+)?(?:the\s+)?{{R:o}}\s*(?:的)?(?:前身|predecessors?)"),
        new("predecessor_of", $@"{{R:s}}{Gap(10)}(?:predecessor|precursor)s?\s+(?:of|to)\s+{{R:o}}"),
        new("predecessor_of", $@"{{R:o}}{Gap(10)}(?:successor|继任者)\s*(?:of|to|是)?\s*{{R:s}}"),
        // "TH-G9000是TH-G8800的升级产品", "作为QH-1的继任机型，QH-2…".
        new("predecessor_of", $@"{{R:o}}\s*(?:是|为)\s*{{R:s}}\s*的(?:升级|迭代|换代|继任|下一代)(?:产品|版本|型号|机型|款)"),
        new("predecessor_of", $@"作为\s*{{R:s}}\s*的(?:升级|迭代|换代|继任|下一代)(?:产品|版本|型号|机型|款)\s*[，,]\s*{{R:o}}"),
        // "The Harrow X8, released in March as the successor to the Harrow X6".
        new("predecessor_of", $@"{{R:o}}\s*,\s*(?:[^⟦⟧.;,]|⟦\d+:[CL]⟧){{0,40}}?\bas\s+(?:the|its)\s+successor\s+(?:of|to)\s+(?:the\s+)?{{R:s}}"),
        // "“青岚-2”……的误差比上一代“青岚-1”降低了", "R2 is twice as fast as its predecessor, R1".
        new("predecessor_of", $@"{{R:o}}{CloseQuote}{Gap(30)}(?:比|较|相比|对比|与)?\s*(?:上一代|上代|前代|前一代|老一代)(?:的|产品|模型)?\s*[“""「]?{{R:s}}"),
        new("predecessor_of", $@"{{R:o}}{Gap(40)}\b(?:its|the)\s+predecessor\s*,?\s*{{R:s}}"),
        // "LaneMind replaced the company's earlier rules-based planner, Relay", "NewsDraft succeeded RecapBot".
        new("predecessor_of", $@"{{R:o}}\s+(?:replaced|replaces|succeeded|succeeds|supersedes|superseded)\s+(?:(?:⟦\d+:O⟧\s*(?:'s|’s)?|its|an?|the)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+\s*,\s*)?{{R:s}}"),
        // 与上一代“灵犀L1”相比，“灵犀L2”…: the older one named before the newer.
        new("predecessor_of", $@"与\s*(?:上一代|上代|前代|前一代)(?:产品|模型)?\s*[“""「]?{{R:s}}[”""」]?\s*相比\s*[，,]\s*[“""「]?{{R:o}}"),
        // 星河-2在星河-1的基础上…: the newer built on the older.
        new("predecessor_of", $@"{{R:o}}[”""」]?\s*(?:在|是在)\s*[“""「]?{{R:s}}[”""」]?\s*的?基础上"),
    ];
}
