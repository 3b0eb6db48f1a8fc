using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The words for a person's position in an organisation, in Chinese and English, and the predicate each
/// states: "chief executive" and "掌门人" → <c>ceo_of</c>, "co-founder" → <c>cofounder_of</c>, "head" →
/// <c>leads</c>, a student's place ("博士生", "PhD student") → <c>affiliated_with</c>, an academician ("院士") →
/// <c>member_of</c>, any other title ("chief AI scientist", "总裁") → <c>works_at</c>. A chain of them
/// ("创始人兼首席执行官", "co-founder and CEO") states each one; "former"/"前" before it makes every title
/// but a founding one a former employment.
/// </summary>
internal static partial class RoleNouns
{
    public const string FormerEmployee = "former_employee_of";

    // Latin titles start a word ("ahead of" holds no "head").
    // A nonprofit's executive director is its chief executive; one "of research" or "for mergers" heads a function.
    private const string Ceo = @"(?<![A-Za-z])(?:CEO|chief executive(?: officer)?|executive director(?!\s+(?:of|for)\s+[a-z]))|首席执行官|行政总裁|执行长|掌门人|掌舵人";
    private const string CoFounder = @"(?<![A-Za-z])co-?founders?|联合创始人|联合创办人|共同创始人|联合创立者";
    private const string Founder = @"(?<![A-Za-z])founders?|创始人|创办人|创立者";
    // "head of research" heads a function, not the organisation: that is employment (see Employee); so does a department's
    // head (放射科主任, 研发部负责人) and the head of a function (评测负责人), where a lab's (实验室主任) heads the lab.
    // A general manager (总经理) heads the firm or division named before the title, as a department's 部长 heads it.
    private const string Leader = @"(?<![A-Za-z])(?:head|leader)(?!\s+of\s+(?:[a-z]|⟦\d+:C⟧))|(?<![副科部处组系])(?:领导人|院长|所长|校长|主任|厅长|局长)|(?<!副)(?:部长|总经理|理事长|会长)|(?<![\p{IsCJKUnifiedIdeographs}-[的]])负责人";

    // A student or visiting scholar belongs to the university or lab without being employed there (a postdoc is employed).
    private const string Student = @"(?<![A-Za-z])(?:PhD|doctoral|graduate)\s+(?:students?|candidates?)|博士生|硕士生|研究生|本科生|访问学者";

    // An academician is a member of the academy (中国工程院院士), not employed there; so is an association's member (协会会员)
    // and a committee's or society's (病理学分会委员) or an association's council member (校友会理事), but not its chair (主任委员,
    // 理事长) or standing member (常委); an honorary president (名誉会长) is a member too, and so is a director on a board (董事,
    // not its chair, 董事长, nor an executive director, 执行董事) and a journal's editorial board member (编委).
    private const string Member = @"院士|会士|会员|编委|(?<!执行)董事(?![长会]|总经理)|名誉(?:会长|理事长|主席|院长|所长)|(?<![主任常])委员(?![会长])|(?<![常副])理事(?![长会])|(?<![A-Za-z])academician";

    // Titles for which only employment follows. Latin words may carry up to three modifiers ("chief AI scientist").
    private const string Employee = @"(?<![A-Za-z])head\s+of\s+(?:(?:[a-z]+|⟦\d+:C⟧)\s+){0,2}(?:[a-z]+|⟦\d+:C⟧)|(?<![A-Za-z])(?:(?:(?!(?:the|a|an|of|at|for|and|former)\b)[A-Za-z]+|⟦\d+:C⟧)\s+){0,3}(?:employee|engineer|researcher|scientist|executive|president|chairman|chairwoman|chair|officer|director|CTO|CFO|COO|CSO|CPO|VP|SVP|EVP|spokes(?:person|man|woman)|professor|fellow|analyst|designer|partner|chief|advocate|economist|lawyer|attorney|strategist|consultant|adviser|advisor|editor|correspondent|lecturer|manager|architect|PM|counsel|secretary)s?"
        + @"|首席[\p{IsCJKUnifiedIdeographs}]{0,4}?(?:科学家|架构师|工程师|顾问|经济学家|分析师|策略师)|研究员|工程师|架构师|科学家|分析师|(?<!总)经理|技术专家|教授|高管|总监|副主任|副院长|副所长|副校长|秘书长|副厅长|副局长|副部长|副总经理|副理事长|副会长|[科部处组系]主任|[\p{IsCJKUnifiedIdeographs}-[的]]负责人|总裁|副总裁|董事长|董事会主席|董事会秘书|董秘|证券事务代表|主席|总经理|执行董事|合伙人|发言人|首席[\p{IsCJKUnifiedIdeographs}]{1,6}?官";

    /// <summary>One title: the more specific alternatives first, so "co-founder" is not read as "founder".</summary>
    public const string One = $"(?<role>{CoFounder}|{Founder}|{Ceo}|{Leader}|{Student}|{Member}|{Employee})";

    /// <summary>A title that states nothing itself: another person's, on the way to the one that matters.</summary>
    public static readonly string Uncaptured = One.Replace("(?<role>", "(?:", StringComparison.Ordinal);

    /// <summary>Titles joined by 兼 / and / &amp;: "联合创始人兼首席执行官".</summary>
    public const string Chain = One + @"(?:\s*(?:兼|和|及|、|and|&|/)\s*" + One + ")*";

    /// <summary>"former"/"前"/"ex-" where a title may be qualified; its success turns employment into former employment.</summary>
    public const string Former = @"(?<former>formerly|former|ex-|前|曾任|曾担任|此前是|此前为|曾是|曾为|previously)";

    public static IEnumerable<string> Predicates(Match match)
    {
        var former = match.Groups["former"].Success;
        foreach (Capture role in match.Groups["role"].Captures)
        {
            var predicate = IsTheDirector(match, role) ? "leads" : HeadsAFunction(match, role) ? "works_at" : PredicateOf(role.Value);
            yield return former && predicate is not ("founder_of" or "cofounder_of" or Affiliated or MemberOf) ? FormerEmployee : predicate;
        }
    }

    // "the director of CSCS", "its director, …", "Rao, director of …" heads it; a qualified director ("managing director", "director of research")
    // is employed.
    private static bool IsTheDirector(Match match, Capture role) =>
        role.Value.Equals("director", StringComparison.OrdinalIgnoreCase)
        && (TheOrItsBefore().IsMatch(match.Value.AsSpan(0, role.Index - match.Index)) || (role.Value == "Director" && BodyBefore().IsMatch(match.Value.AsSpan(0, role.Index - match.Index))))
        && !UnitAfterTheDirector().IsMatch(match.Value.AsSpan(role.Index - match.Index + role.Length));

    // "the CMA's executive director for mergers" heads a function, not the body; the pattern's match may end at the title,
    // so what follows is read from the whole template.
    private static bool HeadsAFunction(Match match, Capture role) =>
        role.Value.EndsWith("director", StringComparison.OrdinalIgnoreCase)
        && UnitAfterTheDirector().IsMatch(match.Result("$_").AsSpan(role.Index + role.Length));

    // "the director", "its director", and "Anjali Rao, director of …" in apposition.
    [GeneratedRegex(@"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|,)\s$")]
    private static partial Regex TheOrItsBefore();

    // "Water Services Director Marisela Quintanar": the body's name as the title's first words.
    [GeneratedRegex(@"⟦\d+:O⟧\s$")]
    private static partial Regex BodyBefore();

    [GeneratedRegex(@"^\s+(?:of|for)\s+(?:[a-z]|⟦\d+:C⟧)")]
    private static partial Regex UnitAfterTheDirector();

    // A qualified title is a post below the top: "Microsoft's AI CEO" heads Microsoft AI, not Microsoft, so it is employment.
    private static string PredicateOf(string role) =>
        CoFounderWord().IsMatch(role) ? "cofounder_of"
        : FounderWord().IsMatch(role) ? "founder_of"
        : CeoWord().IsMatch(role) ? "ceo_of"
        : LeaderWord().IsMatch(role) ? "leads"
        : StudentWord().IsMatch(role) ? Affiliated
        : MemberWord().IsMatch(role) ? MemberOf
        : "works_at";

    public const string Affiliated = "affiliated_with";
    public const string MemberOf = "member_of";

    [GeneratedRegex($"^(?:{Member})$", RegexOptions.IgnoreCase)]
    private static partial Regex MemberWord();

    [GeneratedRegex($"^(?:{CoFounder})$", RegexOptions.IgnoreCase)]
    private static partial Regex CoFounderWord();

    [GeneratedRegex($"^(?:{Founder})$", RegexOptions.IgnoreCase)]
    private static partial Regex FounderWord();

    [GeneratedRegex($"^(?:{Ceo})$", RegexOptions.IgnoreCase)]
    private static partial Regex CeoWord();

    [GeneratedRegex($"^(?:{Leader})$", RegexOptions.IgnoreCase)]
    private static partial Regex LeaderWord();

    [GeneratedRegex($"^(?:{Student})$", RegexOptions.IgnoreCase)]
    private static partial Regex StudentWord();
}
