using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// What a paper's author line states (<see cref="AuthorLines"/>): each author wrote the paper above it and works at the
/// organisation in the brackets after their names ("Carnegie Mellon University's Language Technologies Institute": the
/// unit, not its owner), which is in the place named there after a comma ("Kelderwick Institute, Montreal").
/// </summary>
internal static class AuthorLineRelations
{
    private const double Confidence = 0.8;

    private static readonly char[] EmphasisAroundALine = [' ', '\t', '*', '_'];

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        foreach (var line in AuthorLines.Find(text))
        {
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, line.Start, line.End, EmphasisAroundALine);
            var evidence = text[evidenceStart..evidenceEnd];
            var paper = mentions.FirstOrDefault(m => m.Type == EntityType.Work && m.Start >= line.Title.Index && m.End <= line.Title.Index + line.Title.Length);
            foreach (var group in line.Groups)
            {
                var (affiliationStart, affiliationEnd) = (group.Affiliation.Index, group.Affiliation.Index + group.Affiliation.Length);
                var inBrackets = mentions.Where(m => m.Start >= affiliationStart && m.End <= affiliationEnd).ToList();
                var employer = inBrackets.LastOrDefault(m => m.Type == EntityType.Organization && !text.AsSpan(m.End).StartsWith("'s") && !text.AsSpan(m.End).StartsWith("’s"));
                if (employer is not null && inBrackets.FirstOrDefault(m => m.Type == EntityType.Location && m.Start > employer.End
                        && text.AsSpan(employer.End, m.Start - employer.End).Trim() is ",") is { } place)
                {
                    yield return new ExtractedRelation(employer.EntityId, "located_in", place.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                }
                foreach (var author in mentions.Where(m => m.Type == EntityType.Person && group.Names.Any(n => n.Index == m.Start)))
                {
                    if (paper is not null)
                    {
                        yield return new ExtractedRelation(author.EntityId, "author_of", paper.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                    }
                    if (employer is not null)
                    {
                        yield return new ExtractedRelation(author.EntityId, "works_at", employer.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                    }
                }
            }
        }
    }
}
