using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A personal page (a professor's homepage, a CV) names its person once, in a field ("姓名：戚昭衡", "Name: …"), and lists
/// the career as dated lines: "2008.09–2013.07　清华大学计算机科学与技术系，博士", "2022.01–至今　浙江大学计算机科学与技术学院，教授".
/// Each line's organisation, then its title or degree, says what the person was there: a degree or a postdoc is an
/// affiliation; a post ending in a year is a former one; a post running to today (至今, present) is held. A list of the
/// person's memberships ("- 中国人工智能学会理事") gives each body they sit on.
/// </summary>
internal static partial class CareerLines
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions,
        IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        if (NameField().Match(text) is not { Success: true } field
            || mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Start == field.Index + field.Length) is not { } person)
        {
            yield break;
        }
        foreach (Match line in DatedLine().Matches(text))
        {
            var rest = line.Groups["rest"];
            if (!organizationAt.TryGetValue(rest.Index, out var organization)
                || mentions.Any(m => m.Type == EntityType.Person && m.Start >= rest.Index && m.End <= line.Index + line.Length))
            {
                continue;
            }
            var ended = !Today().IsMatch(line.Groups["to"].Value);
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, line.Index, line.Index + line.Length);
            var evidence = text[evidenceStart..evidenceEnd];
            foreach (var predicate in Predicates(text, organization.End, ended))
            {
                yield return new ExtractedRelation(person.EntityId, predicate, organization.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
            }
        }
        foreach (Match line in MembershipLine().Matches(text))
        {
            var lineEnd = line.Index + line.Length;
            var body = mentions.LastOrDefault(m => m.Type is EntityType.Organization or EntityType.Work && m.Start >= line.Index && m.End <= lineEnd);
            if (body is null || mentions.Any(m => m.Type == EntityType.Person && m.Start >= line.Index && m.End <= lineEnd)
                || TitleAfter().Match(text, body.End) is not { Success: true } title || !RoleNouns.Predicates(title).Contains(RoleNouns.MemberOf)
                || !LineEnd().IsMatch(text, title.Index + title.Length))
            {
                continue;
            }
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, line.Index, line.Index + line.Length, " \t-*•");
            var evidence = text[evidenceStart..evidenceEnd];
            yield return new ExtractedRelation(person.EntityId, RoleNouns.MemberOf, body.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
        }
    }

    /// <summary>What the title or degree after the organisation at <paramref name="at"/> says the person was there.</summary>
    private static IEnumerable<string> Predicates(string text, int at, bool ended)
    {
        if (Degree().IsMatch(text, at))
        {
            return [RoleNouns.Affiliated];
        }
        if (TitleAfter().Match(text, at) is not { Success: true } title)
        {
            return [];
        }
        return RoleNouns.Predicates(title).Distinct()
            .Select(p => ended && p is not (RoleNouns.MemberOf or RoleNouns.Affiliated or "founder_of" or "cofounder_of") ? RoleNouns.FormerEmployee : p)
            .Distinct();
    }

    // "姓名：戚昭衡", "Name: …", or an infobox table's row "| 中文名 | 祁衡之 |".
    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:\|[ \t]*)?(?:姓名|中文名|Name)[ \t*_]*(?:[:：]|[ \t]*\|)[ \t]*")]
    internal static partial Regex NameField();

    // "2004.09–2008.07　", "2022.01–至今　　", "2015 - present ".
    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?<from>(?:19|20)\d\d(?:[.\-/年]\d{1,2}月?)?)[ \t]*[–—~～-][ \t]*(?<to>(?:19|20)\d\d(?:[.\-/年]\d{1,2}月?)?|至今|今|现在|[Pp]resent|[Nn]ow)[ \t:：,，]*(?<rest>[^\n]+)")]
    private static partial Regex DatedLine();

    [GeneratedRegex("^(?:至今|今|现在|present|now)$", RegexOptions.IgnoreCase)]
    private static partial Regex Today();

    // "，博士", ", PhD", "博士后" (a postdoc listed with the degrees).
    [GeneratedRegex(@"\G[ \t]*[,，、]?[ \t]*(?:学士|硕士|博士后?|本科|研究生|B\.?S\.?c?|M\.?S\.?c?|Ph\.?D\.?|[Pp]ostdoc(?:toral)?)(?![\p{IsCJKUnifiedIdeographs}-[（(]])")]
    private static partial Regex Degree();

    [GeneratedRegex(@"\G[ \t]*[,，、]?[ \t]*" + RoleNouns.Chain, RegexOptions.IgnoreCase)]
    private static partial Regex TitleAfter();

    // A line (a list's item, its mark perhaps blanked) naming a body and the person's seat on it, which ends the line:
    // "- 中国人工智能学会理事", "- … 编委（Associate Editor）".
    [GeneratedRegex(@"(?<=^|\n)[ \t]*(?:[-*•][ \t]+)?[^\n]{2,120}")]
    private static partial Regex MembershipLine();

    [GeneratedRegex(@"\G[ \t]*(?:[（(][^）)\n]{0,40}[）)])?[ \t]*(?:\n|$)")]
    private static partial Regex LineEnd();
}
