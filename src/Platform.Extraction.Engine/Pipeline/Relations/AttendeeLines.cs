using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Minutes list their attendees by organisation, one line each, every person with their title in brackets
/// ("- 杭州岐衡医疗科技有限公司：方若谷（首席执行官）、景一帆（CTO）"): a bare title is a post in the organisation the line
/// opens with. A title that names its own unit (稽山医疗集团中心医院院长) is left to the cue patterns. A grant's or a
/// programme's labelled lines give each person's organisation after them instead ("PI: Dr Helena Brackley, School of
/// Informatics, University of Edinburgh", "Co-Is: Prof. Rhys Ambrose-Tate (University of Edinburgh); …"): it employs them.
/// </summary>
internal static partial class AttendeeLines
{
    private const double Confidence = 0.8;

    /// <param name="organizationAt">Each organisation's mention by where it starts.</param>
    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        foreach (var person in mentions.Where(m => m.Type == EntityType.Person))
        {
            var lineStart = TextLines.StartOf(text, person.Start);
            if (BracketedTitle().Match(text, person.End) is not { Success: true } title)
            {
                if (LabelBefore().IsMatch(text.AsSpan(lineStart, person.Start - lineStart)) && OrganizationAfter().Match(text, person.End) is { Success: true } after
                    && organizationAt.TryGetValue(person.End + after.Length, out var employer))
                {
                    yield return new ExtractedRelation(person.EntityId, "works_at", employer.EntityId, text[person.Start..employer.End], person.Start, employer.End, Confidence);
                }
                continue;
            }
            var opening = ListMark().Match(text, lineStart);
            if (!organizationAt.TryGetValue(lineStart + opening.Length, out var label) || label.End > person.Start
                || LabelColon().Match(text, label.End) is not { Success: true })
            {
                continue;
            }
            var evidence = text[person.Start..(title.Index + title.Length)];
            foreach (var predicate in RoleNouns.Predicates(title).Distinct())
            {
                yield return new ExtractedRelation(person.EntityId, predicate, label.EntityId, evidence, person.Start, title.Index + title.Length, Confidence);
            }
        }
    }

    // "PI: Dr ", "Co-Is: Prof. Rhys Ambrose-Tate (University of Edinburgh); Dr ": a label, then the people before this one, then
    // this one's honorific.
    [GeneratedRegex(@"^[ \t*_-]*\p{Lu}[\p{L} .'’-]{0,30}[：:][ \t*_]*(?:[^:：\n]*[;；][ \t]*)?(?:(?:" + PatternPieces.HonorificWords + @")\.?[ \t]+)?$")]
    private static partial Regex LabelBefore();

    [GeneratedRegex(@"\G[ \t]*(?:,|[（(])[ \t]*")]
    private static partial Regex OrganizationAfter();

    [GeneratedRegex(@"\G[ \t]*(?:[-*•][ \t]*)?[*_]*")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"\G[*_]*[ \t]*[：:]")]
    private static partial Regex LabelColon();

    // The title of the line's own organisation: bare, or after the word for what it is (实验室主任).
    [GeneratedRegex(@"\G\s*[（(]\s*(?:实验室|研究院|研究所|中心|学院|公司|集团)?(?:博士后|高级|资深)?" + RoleNouns.Chain + @"\s*[）)]", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedTitle();
}
