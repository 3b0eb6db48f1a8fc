using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// What a Chinese paper's front matter and references state (<see cref="PaperFrontMatter"/>): each author wrote the paper
/// and belongs to the units of their numbers, each unit in the city its line names; a reference's authors wrote it. A
/// student (博士研究生, 硕士研究生 in the authors' notes) studies at a school rather than works there.
/// </summary>
internal static partial class PaperFrontMatterRelations
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        foreach (var block in PaperFrontMatter.TitleBlocks(text))
        {
            var paper = mentions.FirstOrDefault(m => m.Type == EntityType.Work && m.Start == block.Title.Index);
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, block.AuthorsStart, block.AuthorsEnd);
            var evidence = text[evidenceStart..evidenceEnd];
            var units = block.Units.ToDictionary(u => u.Number, u => (Unit: u, Mention: mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start == u.Name.Index)));
            foreach (var (unit, mention) in units.Values)
            {
                if (mention is not null && mentions.FirstOrDefault(m => m.Type == EntityType.Location && m.Start == unit.City.Index) is { } city)
                {
                    yield return new ExtractedRelation(mention.EntityId, "located_in", city.EntityId, text[unit.LineStart..unit.LineEnd].Trim(), unit.LineStart, unit.LineEnd, Confidence);
                }
            }
            foreach (var author in block.Authors)
            {
                if (mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Start == author.Name.Index) is not { } person)
                {
                    continue;
                }
                if (paper is not null)
                {
                    yield return new ExtractedRelation(person.EntityId, "author_of", paper.EntityId, evidence, evidenceStart, evidenceEnd, Confidence);
                }
                var student = IsAStudent(text, author.Name.Value);
                foreach (var number in author.Units)
                {
                    if (units.TryGetValue(number, out var unit) && unit.Mention is not null)
                    {
                        var predicate = student && SchoolHead().IsMatch(unit.Unit.Name.Value) ? "affiliated_with" : "works_at";
                        yield return new ExtractedRelation(person.EntityId, predicate, unit.Mention.EntityId, evidence, evidenceStart, evidenceEnd, Confidence);
                    }
                }
            }
        }
        foreach (var reference in PaperFrontMatter.References(text))
        {
            if (mentions.FirstOrDefault(m => m.Type == EntityType.Work && m.Start == reference.Title.Index) is not { } work)
            {
                continue;
            }
            var end = reference.Title.Index + reference.Title.Length;
            foreach (var author in mentions.Where(m => m.Type == EntityType.Person && reference.Authors.Any(a => a.Index == m.Start)).DistinctBy(m => m.EntityId))
            {
                yield return new ExtractedRelation(author.EntityId, "author_of", work.EntityId, text[reference.Start..end].Trim(), reference.Start, end, Confidence);
            }
        }
    }

    /// <summary>"作者简介：钱嘉言（1991—），男，浙江绍兴人，博士研究生，…；": the author's own note says they study.</summary>
    private static bool IsAStudent(string text, string name)
    {
        var at = text.IndexOf(name + "（", StringComparison.Ordinal) is >= 0 and var i ? i : text.IndexOf(name + "(", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var end = text.IndexOfAny(['；', ';', '。', '\n'], at);
        return text.AsSpan(at, (end < 0 ? text.Length : end) - at).Contains("研究生", StringComparison.Ordinal);
    }

    [GeneratedRegex("大学|学院|学校")]
    private static partial Regex SchoolHead();
}
