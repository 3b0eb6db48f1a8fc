using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A team page or an article's leadership section lists each person with their titles and no firm
/// ("- Teodor Valsecchi – co-founder and chief technology officer", "**程启航**｜联合创始人、董事长兼首席执行官"): the titles
/// are posts in the firm the text names most. Titles that go on to name an organisation ("general partner at …",
/// "…研究院院长") are left to the cue patterns. So are the titles a label gives before a name ("（董事会秘书：彭雪岑）").
/// </summary>
internal static partial class RosterLines
{
    private const double Confidence = 0.8;

    private static readonly char[] MarkupAroundALine = [' ', '\t', '*', '_', '-'];

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        if (mostNamedOrganization is null)
        {
            yield break;
        }
        foreach (var person in mentions.Where(m => m.Type == EntityType.Person && m.EntityId != mostNamedOrganization))
        {
            var before = Math.Max(0, person.Start - 40);
            var titles = OpensAListItem(text, person.Start) ? Titles().Match(text, person.End) : Match.Empty;
            if (!titles.Success && (titles = TitlesBefore().Match(text, before, person.Start - before)) is not { Success: true })
            {
                continue;
            }
            var lineEnd = text.IndexOf('\n', person.End) is var newline and >= 0 ? newline : text.Length;
            var lineStart = text.LastIndexOf('\n', Math.Max(0, person.Start - 1)) + 1;
            var evidence = text[lineStart..lineEnd].Trim(MarkupAroundALine);
            var evidenceStart = text.IndexOf(evidence, lineStart, StringComparison.Ordinal);
            foreach (var predicate in RoleNouns.Predicates(titles).Distinct())
            {
                yield return new ExtractedRelation(person.EntityId, predicate, mostNamedOrganization, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
            }
        }
    }

    /// <summary>Whether only a list item's mark or emphasis stands between the line's start and <paramref name="at"/>.</summary>
    private static bool OpensAListItem(string text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] is '*' or '_')
        {
            i--;
        }
        var mark = i;
        while (mark > 0 && text[mark - 1] is ' ' or '\t')
        {
            mark--;
        }
        return TextLines.OpensALine(text, mark > 0 && text[mark - 1] is '-' or '*' or '•' ? mark - 1 : i);
    }

    // "（董事会秘书：彭雪岑）", "Chief Financial Officer: Mara Vance": the titles as a label before the name.
    [GeneratedRegex(@"(?:^|\n|[（(])[ \t*_]*" + RoleNouns.Chain + @"[ \t*_]*[：:][ \t*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitlesBefore();

    // Then a dash, a bar or a colon and the titles, which end the line or go on to the person's past in brackets.
    [GeneratedRegex(@"\G[*_]*[ \t]*(?:–|—|-|｜|\||:|：)[ \t]*" + RoleNouns.Chain + @"(?=[ \t]*(?:$|\n|[(（、，,;；]))", RegexOptions.IgnoreCase)]
    private static partial Regex Titles();
}
