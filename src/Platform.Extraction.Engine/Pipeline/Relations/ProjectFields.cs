using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A list of funded projects gives each one's parties in labelled fields, not sentences: "承担单位：X；项目负责人：Y；合作单位：A、B",
/// "PI: Dr Y, X" over "Partners: A; B". The project's lead is the organisation after the lead's label, or else the last one
/// in the investigator's field; its investigator works there and it partners each organisation of the partners' field. A
/// project's fields are the lines of one paragraph.
/// </summary>
internal static partial class ProjectFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var fields = Field().Matches(text);
        for (var i = 0; i < fields.Count;)
        {
            var paragraph = new List<Match> { fields[i] };
            for (i++; i < fields.Count && !text.AsSpan(paragraph[^1].Index, fields[i].Index - paragraph[^1].Index).Contains("\n\n", StringComparison.Ordinal); i++)
            {
                paragraph.Add(fields[i]);
            }
            foreach (var relation in Parties(text, mentions, paragraph))
            {
                yield return relation;
            }
        }
    }

    private static IEnumerable<ExtractedRelation> Parties(string text, IReadOnlyList<RelationArgument> mentions, List<Match> paragraph)
    {
        RelationArgument? lead = null;
        RelationArgument? investigator = null;
        var partners = new List<RelationArgument>();
        foreach (var field in paragraph)
        {
            var valueEnd = ValueEnd(text, field);
            var named = mentions.Where(m => m.Start >= field.Index + field.Length && m.End <= valueEnd).ToList();
            var organizations = named.Where(m => m.Type == EntityType.Organization).ToList();
            if (field.Groups["lead"].Success)
            {
                lead = organizations.FirstOrDefault() ?? lead;
            }
            else if (field.Groups["investigator"].Success)
            {
                investigator ??= named.FirstOrDefault(m => m.Type == EntityType.Person);
                lead ??= organizations.LastOrDefault();
            }
            else
            {
                partners.AddRange(organizations);
            }
        }
        if (lead is null)
        {
            yield break;
        }
        var start = paragraph[0].Index;
        var end = ValueEnd(text, paragraph[^1]);
        var evidence = text[start..end];
        if (investigator is not null)
        {
            yield return new ExtractedRelation(investigator.EntityId, "works_at", lead.EntityId, evidence, start, end, Confidence);
        }
        foreach (var partner in partners.Where(p => p.EntityId != lead.EntityId).DistinctBy(p => p.EntityId))
        {
            yield return new ExtractedRelation(lead.EntityId, "partner_of", partner.EntityId, evidence, start, end, Confidence);
        }
    }

    /// <summary>Where a field's value ends: at the next field's separator, or for partners (who may be listed with ";") at the line's end
    /// or a table's bar.</summary>
    private static int ValueEnd(string text, Match field)
    {
        var valueStart = field.Index + field.Length;
        if (!field.Groups["partners"].Success)
        {
            return valueStart + field.Groups["value"].Length;
        }
        var lineEnd = TextLines.EndOf(text, valueStart);
        return text.IndexOf('|', valueStart, lineEnd - valueStart) is var bar and >= 0 ? bar : lineEnd;
    }

    // A label opening a line or following another field's end (；, ;, |), then its value up to the next such end.
    [GeneratedRegex(@"(?<=^|\n|[；;|]\s*)[ \t*_]*(?:(?<lead>承担单位|牵头单位|申报单位|依托单位|Lead (?:organi[sz]ation|institution)|Host institution)|(?<investigator>项目负责人|首席科学家|PI|Principal [Ii]nvestigator)|(?<partners>合作单位|参与单位|协作单位|Partners|Project partners|Industry partners|Collaborators))[ \t*_]*[:：][ \t]*(?=(?<value>[^；;|\n]*))")]
    private static partial Regex Field();
}
