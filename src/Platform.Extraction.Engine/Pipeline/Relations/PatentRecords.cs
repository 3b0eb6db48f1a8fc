using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A patent's bibliographic record names its parties in labelled fields under the invention's title:
/// "(71)申请人：杭州澄栎智能科技有限公司；清华大学", "(72)发明人：贾知远、严书珩", "(74)专利代理机构：… 代理人：沈听澜"
/// ("Applicant:", "Inventors:", "Agent:" in English). Each applicant and inventor is an author of the record's patent (the
/// last work named above the applicants' field, below the record before it); joint applicants are partners; the agency
/// acts for the first applicant, and the agent named after it works there.
/// </summary>
internal static partial class PatentRecords
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var previousRecordEnd = 0;
        var applicantFields = ApplicantField().Matches(text);
        for (var i = 0; i < applicantFields.Count; i++)
        {
            var field = applicantFields[i];
            var recordEnd = i + 1 < applicantFields.Count ? applicantFields[i + 1].Index : text.Length;
            var patent = mentions.LastOrDefault(m => m.Type == EntityType.Work && m.Start >= previousRecordEnd && m.End <= field.Index);
            previousRecordEnd = field.Index + field.Length;
            var applicants = FieldValues.Named(text, mentions, field).Where(m => m.Type is EntityType.Organization or EntityType.Person).ToList();
            if (applicants.Count == 0)
            {
                continue;
            }
            var applicantLine = Evidence(text, field);
            foreach (var applicant in applicants.Skip(1))
            {
                yield return Relation(text, applicants[0], "partner_of", applicant, applicantLine);
            }
            // The address under the applicants is the first applicant's: its city and district (a province before them says no more).
            if (AddressField().Match(text, field.Index, recordEnd - field.Index) is { Success: true } addressField)
            {
                var places = FieldValues.Named(text, mentions, addressField).Where(m => m.Type == EntityType.Location).ToList();
                foreach (var place in places.Where(p => p == places[^1] || !text[p.Start..p.End].EndsWith('省')))
                {
                    yield return Relation(text, applicants[0], "located_in", place, Evidence(text, addressField));
                }
            }
            var inventorField = InventorField().Match(text, field.Index, recordEnd - field.Index);
            if (patent is not null)
            {
                foreach (var applicant in applicants)
                {
                    yield return Relation(text, applicant, "author_of", patent, applicantLine);
                }
                if (inventorField.Success)
                {
                    var inventorLine = Evidence(text, inventorField);
                    foreach (var inventor in FieldValues.Named(text, mentions, inventorField).Where(m => m.Type == EntityType.Person))
                    {
                        yield return Relation(text, inventor, "author_of", patent, inventorLine);
                    }
                }
            }
            if (AgencyField().Match(text, field.Index, recordEnd - field.Index) is { Success: true } agencyField
                && FieldValues.Named(text, mentions, agencyField).FirstOrDefault(m => m.Type == EntityType.Organization) is { } agency)
            {
                var agencyLine = Evidence(text, agencyField);
                yield return Relation(text, agency, "partner_of", applicants[0], agencyLine);
                foreach (var agent in FieldValues.Named(text, mentions, agencyField).Where(m => m.Type == EntityType.Person && m.Start > agency.End))
                {
                    yield return Relation(text, agent, "works_at", agency, agencyLine);
                }
            }
        }
    }

    private static (int Start, int End) Evidence(string text, Match field) => FieldValues.Line(text, field.Index, " \t-*");

    private static ExtractedRelation Relation(string text, RelationArgument subject, string predicate, RelationArgument obj, (int Start, int End) evidence) =>
        new(subject.EntityId, predicate, obj.EntityId, text[evidence.Start..evidence.End], evidence.Start, evidence.End, Confidence);

    // "(71)申请人：", "申请人（专利权人）：", "Applicant(s):", "Assignee:" opening a line.
    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:\(71\)|（71）)?[ \t]*(?:申请人|专利权人|Applicants?(?:\(s\))?|Assignees?)(?:（专利权人）)?[ \t*_]*[:：][ \t]*")]
    private static partial Regex ApplicantField();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:地址|Address)[ \t*_]*[:：][ \t]*")]
    private static partial Regex AddressField();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:\(72\)|（72）)?[ \t]*(?:发明人|设计人|Inventors?(?:\(s\))?)[ \t*_]*[:：][ \t]*")]
    private static partial Regex InventorField();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*(?:\(74\)|（74）)?[ \t]*(?:专利代理机构|代理机构|Agent|Attorney|Patent agency)[ \t*_]*[:：][ \t]*")]
    private static partial Regex AgencyField();
}
