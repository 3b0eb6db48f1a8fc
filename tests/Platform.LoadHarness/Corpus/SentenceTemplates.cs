namespace Platform.LoadHarness.Corpus;

/// <summary>
/// Sentences written for the load corpus, each stating a relation the engine reads (chief executive, co-founder,
/// product, headquarters, investment, attendance, authorship) or none (filler). Slots: {P} {P2} person, {O} {O2}
/// organisation, {R} product, {L} location, {E} event, {W} work.
/// </summary>
internal static class SentenceTemplates
{
    public static readonly string[] Chinese =
    [
        "{P}是{O}的首席执行官。",
        "{O}首席执行官{P}表示，公司将在{L}设立新的研究中心。",
        "{P}与{P2}共同创立了{O}。",
        "{O}推出了{R}，{P}在发布会上介绍了它。",
        "{P}出席了{E}，并与同行讨论了模型的安全问题。",
        "{O}总部位于{L}。",
        "{O}宣布投资{O2}，双方将在{L}合作。",
        "分析人士认为，{O}与{O2}的竞争将持续到明年。",
        "{P}在新书《{W}》中谈到了{O}的早期历史。",
        "据{O}介绍，{R}已经在{L}上线。",
        "{P}曾在{O}工作多年，后来加入了{O2}。",
        "市场对这一消息的反应相对平淡。",
        "业内人士普遍认为，算力成本仍是最大的约束。",
        "记者在现场看到，展台前排起了长队。",
    ];

    public static readonly string[] English =
    [
        "{P}, the chief executive of {O}, said the company would expand in {L}.",
        "{O} released {R} on Tuesday, and {P} demonstrated it on stage.",
        "{P} co-founded {O} with {P2}.",
        "{P} attended {E} and spoke about model safety.",
        "{O} is headquartered in {L}.",
        "{O} invested in {O2}, according to people familiar with the deal.",
        "Analysts expect the rivalry between {O} and {O2} to continue next year.",
        "{P} wrote {W}, which describes the early history of {O}.",
        "{R}, a product of {O}, is now available in {L}.",
        "{P} previously worked at {O} before joining {O2}.",
        "The details of the agreement were not disclosed.",
        "Investors reacted calmly to the announcement.",
        "Computing costs remain the main constraint, engineers said.",
    ];
}
