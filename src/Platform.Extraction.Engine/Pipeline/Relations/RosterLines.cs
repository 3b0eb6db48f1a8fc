using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A team page or an article's leadership section lists each person with their titles and no firm
/// ("- Teodor Valsecchi – co-founder and chief technology officer", "**程启航**｜联合创始人、董事长兼首席执行官"): the titles
/// are posts in the firm the text names most; so are those of a filing's profile paragraph, after the age and before the
/// next sentence ("**沈蔓**，45 岁，首席财务官。…"), where a firm named after them may carry a post of its own
/// ("董事长兼首席执行官，知镜科技创始人"). A speakers page names each post's firm after a comma ("**Andrew Ng** —
/// Founder, DeepLearning.AI; Managing General Partner, AI Fund"): those are posts in the firms named. Titles that go on to
/// name an organisation otherwise ("general partner at …", "…研究院院长") are left to the cue patterns. So are the titles a
/// label gives before a name ("（董事会秘书：彭雪岑）").
/// </summary>
internal static partial class RosterLines
{
    [GeneratedRegex(@"\G[ \t]*[（(][\p{IsCJKUnifiedIdeographs}][^（）()\n]{1,29}[）)]")]
    private static partial Regex UnitInBrackets();

    private const double Confidence = 0.8;

    private static readonly char[] MarkupAroundALine = [' ', '\t', '*', '_', '-'];

    /// <param name="organizationAt">Each organisation's mention by where it starts.</param>
    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, IReadOnlyDictionary<int, RelationArgument> organizationAt,
        string? mostNamedOrganization)
    {
        foreach (var person in mentions.Where(m => m.Type == EntityType.Person && m.EntityId != mostNamedOrganization))
        {
            var before = Math.Max(0, person.Start - 40);
            var titles = OpensAListItem(text, person.Start) ? Titles().Match(text, person.End) : Match.Empty;
            var titlesAfter = titles.Success;
            // "创始人/CEO：穆承泽" in a profile's fields: the firm is the profile's (InfoboxFields), not the one the text names most.
            // "主席：计明哲（电子科技大学）": a committee's post, with the member's own unit in brackets (EmploymentPatterns).
            if (!titlesAfter && ((titles = TitlesBefore().Match(text, before, person.Start - before)) is not { Success: true }
                || InfoboxFields.IsAField(text, TextLines.StartOf(text, person.Start)) || UnitInBrackets().IsMatch(text, person.End)))
            {
                continue;
            }
            var lineEnd = TextLines.EndOf(text, titlesAfter ? titles.Index + titles.Length : person.End);
            // "**沈蔓**，45 岁，首席财务官。沈蔓曾任…": a profile's paragraph goes on after its posts' sentence.
            if (titlesAfter && text.IndexOf('。', titles.Index + titles.Length, lineEnd - titles.Index - titles.Length) is var stop and >= 0)
            {
                lineEnd = stop + 1;
            }
            var lineStart = TextLines.StartOf(text, person.Start);
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, lineStart, lineEnd, MarkupAroundALine);
            var evidence = text[evidenceStart..evidenceEnd];
            string? previousOrganization = null;
            for (var post = titles; post.Success;)
            {
                // "chief executive of Tidewater Silicon": what reads as the title's field may be the firm itself.
                var firm = titlesAfter ? FirmAfter(text, post.Index + post.Length, organizationAt) ?? FirmInTheField(post, organizationAt) : null;
                // Titles that go on to neither a firm, another title nor the line's end hold no post in the text's firm: a
                // sentence's apposition ("Nadia Ferrant, chief executive of …, spent eight years …"), a firm named only as a
                // past one ("Research Engineer, formerly at Google DeepMind") or not found ("chief scientist at Toronto-based …").
                if (firm is null && titlesAfter && !AnotherPost().IsMatch(text, post.Index + post.Length) && !PostEnds().IsMatch(text, post.Index + post.Length))
                {
                    break;
                }
                var organization = firm?.EntityId ?? (post == titles ? mostNamedOrganization : previousOrganization);
                if (organization is null || organization == person.EntityId)
                {
                    break;
                }
                foreach (var predicate in RoleNouns.Predicates(post).Distinct())
                {
                    // "Director, Center for Algorithmic Accountability": a director named over a unit heads it.
                    var stated = firm is not null && predicate == "works_at" && IsADirectorAlone(post) ? "leads" : predicate;
                    yield return new ExtractedRelation(person.EntityId, stated, organization, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                }
                previousOrganization = organization;
                // "Co-Founder, Chief Executive Officer and Chair": a post with no firm after it is held in the same firm as the next;
                // "董事长兼首席执行官，知镜科技创始人": the firm's name may carry a further post of its own.
                post = firm is null ? titlesAfter ? AnotherPost().Match(text, post.Index + post.Length) : Match.Empty
                    : NextPost().Match(text, firm.End) is { Success: true } next ? next : PostOfTheFirm().Match(text, firm.End);
            }
            // "(formerly at Hugging Face)": a past employer the line names after the posts.
            for (var formerly = FormerlyAt().Match(text, person.End, lineEnd - person.End); titlesAfter && formerly.Success; formerly = formerly.NextMatch())
            {
                if (organizationAt.TryGetValue(formerly.Index + formerly.Length, out var left))
                {
                    yield return new ExtractedRelation(person.EntityId, RoleNouns.FormerEmployee, left.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                }
            }
        }
    }

    /// <summary>The organisation named right after a comma or "at" at <paramref name="at"/>, or alone (but for a legal
    /// form: "Carrow Bayliss Logistics B.V.") on the next line, as in a signature.</summary>
    private static RelationArgument? FirmAfter(string text, int at, IReadOnlyDictionary<int, RelationArgument> organizationAt) =>
        SeparatorBeforeAFirm().Match(text, at) is { Success: true } separator && organizationAt.TryGetValue(at + separator.Length, out var firm)
            && (!separator.Value.Contains('\n') || TextLines.EndOf(text, firm.End) - firm.End <= MaxLegalFormLength)
            ? firm : null;

    private const int MaxLegalFormLength = 6;

    private static RelationArgument? FirmInTheField(Match post, IReadOnlyDictionary<int, RelationArgument> organizationAt) =>
        post.Groups["field"] is { Success: true } field && organizationAt.TryGetValue(field.Index, out var firm) ? firm : null;

    private static bool IsADirectorAlone(Match titles) =>
        titles.Groups["role"].Captures is [{ } role] && role.Value.Equals("director", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether only a list item's mark or emphasis stands between the line's start and <paramref name="at"/>.</summary>
    private static bool OpensAListItem(string text, int at)
    {
        var i = HonorificBefore().Match(text, Math.Max(0, at - 6), Math.Min(6, at)) is { Success: true } honorific ? at - honorific.Length : at;
        while (i > 0 && text[i - 1] is '*' or '_')
        {
            i--;
        }
        var mark = i;
        while (mark > 0 && text[mark - 1] is ' ' or '\t')
        {
            mark--;
        }
        // "1　顾明川　董事长,总经理": a table's row opens with its number.
        var number = mark;
        while (number > 0 && char.IsAsciiDigit(text[number - 1]) && mark - number < 3)
        {
            number--;
        }
        return TextLines.OpensALine(text, mark > 0 && text[mark - 1] is '-' or '*' or '•' or '|' ? mark - 1 : i)
            || (number < mark && mark < i && TextLines.OpensALine(text, number));
    }

    [GeneratedRegex(@"(?:" + PatternPieces.HonorificWords + @")\.\s$")]
    private static partial Regex HonorificBefore();

    // ", ETH Zurich"; in a feed's headline " at Google DeepMind"; in a signature the firm's line under the title.
    [GeneratedRegex(@"\G(?:[ \t]*[,，@][ \t]*|[ \t]+at[ \t]+|[ \t*_]*\n[> \t]*)")]
    private static partial Regex SeparatorBeforeAFirm();

    // "Research Engineer, formerly at Google DeepMind", "(formerly at Hugging Face)".
    [GeneratedRegex(@"\b(?:formerly|previously)[ \t]+(?:at|with|of)[ \t]+", RegexOptions.IgnoreCase)]
    private static partial Regex FormerlyAt();

    // "; Managing General Partner, AI Fund": the next post on the line, with its own firm after a comma.
    [GeneratedRegex(@"\G[ \t]*[;；][ \t]*" + RoleNouns.Chain + @"(?=[ \t]*[,，])", RegexOptions.IgnoreCase)]
    private static partial Regex NextPost();

    [GeneratedRegex(@"\G[ \t]*[,，;；][ \t]*" + RoleNouns.Chain + @"(?=[ \t]*(?:$|\n|[(（,，;；|]))", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherPost();

    // "（董事会秘书：彭雪岑）", "Chief Financial Officer: Mara Vance": the titles as a label before the name.
    [GeneratedRegex(@"(?:^|\n|[（(])[ \t*_]*" + RoleNouns.Chain + @"[ \t*_]*[：:][ \t*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlesBefore();

    // Then a dash, a bar, a colon, a comma (a signatories list) or a dot (a feed's headline) and the titles, perhaps with
    // their field ("Professor of Computer Science"), which end the line, go on to the person's past in brackets or to the
    // firm after a comma or "at"; in a table perhaps after an age's cell; in a registry's table ("1　顾明川　董事长,总经理")
    // after a space alone; on a team page, on the line under the name ("**Maelle Fenwick**" over "*Co-founder & CEO*").
    [GeneratedRegex(@"\G[*_]*[ \t]*(?:–|—|-|｜|\||:|：|,|，|·|(?<=[ \t])(?=\p{IsCJKUnifiedIdeographs})|\n[> \t]*[*_]*)[ \t]*" + PatternPieces.AgeCell + RoleNouns.Chain
        + @"(?:[ \t]+(?:of|in|for)[ \t]+(?<field>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,3}))?(?=[ \t]*(?:$|\n|[(（、，,;；|@。])|[ \t]+at[ \t])", RegexOptions.IgnoreCase)]
    private static partial Regex Titles();

    [GeneratedRegex(@"\G[ \t]*" + RoleNouns.Chain + @"(?=[ \t*_]*(?:$|\n|[(（;；|、。，,]))", RegexOptions.IgnoreCase)]
    private static partial Regex PostOfTheFirm();

    // What may follow a post on a roster's line: its end, a bracket, the next post's separator, a cell's bar.
    [GeneratedRegex(@"\G[ \t*_]*(?:$|\n|[(（;；|、。])")]
    private static partial Regex PostEnds();
}
