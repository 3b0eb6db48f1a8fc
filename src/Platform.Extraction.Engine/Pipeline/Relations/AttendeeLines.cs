using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Minutes list their attendees by organisation, one line each, every person with their title in brackets
/// ("- 杭州岐衡医疗科技有限公司：方若谷（首席执行官）、景一帆（CTO）"): a bare title is a post in the organisation the line
/// opens with. A title that names its own unit (稽山医疗集团中心医院院长) is left to the cue patterns.
/// </summary>
internal static partial class AttendeeLines
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        Dictionary<int, RelationArgument>? organizationAt = null;
        foreach (var person in mentions.Where(m => m.Type == EntityType.Person))
        {
            if (BracketedTitle().Match(text, person.End) is not { Success: true } title)
            {
                continue;
            }
            var lineStart = text.LastIndexOf('\n', Math.Max(0, person.Start - 1)) + 1;
            var opening = ListMark().Match(text, lineStart);
            organizationAt ??= mentions.Where(m => m.Type == EntityType.Organization).DistinctBy(m => m.Start).ToDictionary(m => m.Start);
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

    [GeneratedRegex(@"\G[ \t]*(?:[-*•][ \t]*)?[*_]*")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"\G[*_]*[ \t]*[：:]")]
    private static partial Regex LabelColon();

    // The title of the line's own organisation: bare, or after the word for what it is (实验室主任).
    [GeneratedRegex(@"\G\s*[（(]\s*(?:实验室|研究院|研究所|中心|学院|公司|集团)?(?:博士后|高级|资深)?" + RoleNouns.Chain + @"\s*[）)]", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedTitle();
}
