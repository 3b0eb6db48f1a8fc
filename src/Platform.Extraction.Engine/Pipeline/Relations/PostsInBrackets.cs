using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A line that lists people each with their posts in brackets and no firm ("14 members, incl. Cressida Hartree (CEO &amp;
/// Co-founder), Felix Amundsen (CTO &amp; Co-founder), Malik Durrant (Head of Partnerships)" in a channel's export): the posts
/// are held in the firm the line opens with, or else the one the text names first, in its heading (a customer or partner may
/// be named more). One such person alone is an aside (see <see cref="RelationPattern"/>); two or more make the list.
/// </summary>
internal static partial class PostsInBrackets
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? firstOrganization)
    {
        if (firstOrganization is null)
        {
            yield break;
        }
        var listed = mentions.Where(m => m.Type == EntityType.Person)
            .Select(person => (Person: person, Posts: PostsAfterTheName().Match(text, person.End)))
            .Where(p => p.Posts.Success)
            .GroupBy(p => TextLines.StartOf(text, p.Person.Start));
        foreach (var line in listed.Where(l => l.Count() >= 2))
        {
            var (start, end) = FieldValues.Line(text, line.Key, " \t*_-");
            // "- 杭州岐衡医疗科技有限公司：方若谷（首席执行官）、景一帆（CTO）": the firm the line opens with.
            var firm = mentions.LastOrDefault(m => m.Type == EntityType.Organization && m.Start >= line.Key && m.End <= line.First().Person.Start)?.EntityId ?? firstOrganization;
            foreach (var (person, posts) in line)
            {
                foreach (var predicate in RoleNouns.Predicates(posts).Distinct())
                {
                    yield return new ExtractedRelation(person.EntityId, predicate, firm, text[start..end], start, end, Confidence);
                }
            }
        }
    }

    [GeneratedRegex(@"\G[ \t]*\([ \t]*" + RoleNouns.Chain + @"[ \t]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex PostsAfterTheName();
}
