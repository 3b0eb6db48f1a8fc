using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A contract-award notice states its parties in labelled lines, not sentences ("Issuing agency: …", "Awardee: …",
/// "Subcontractor: …", 采购人：…, 中标人：…): the issuer contracts with each awardee, and a subcontractor works for the
/// awardee listed last before it. The organisation first named on each line is that party; its line is the evidence.
/// </summary>
internal static partial class NoticeFields
{
    private const double Confidence = 0.8;

    public static List<ExtractedRelation> PartiesOf(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var relations = new List<ExtractedRelation>();
        string? issuer = null;
        string? awardee = null;
        foreach (Match line in LabelledLine().Matches(text))
        {
            var lineEnd = Text.TextLines.EndOf(text, line.Index);
            var valueStart = line.Index + line.Length;
            if (mentions.Where(m => m.Type == EntityType.Organization && m.Start >= valueStart && m.End <= lineEnd).MinBy(m => m.Start) is not { } party)
            {
                continue;
            }
            var (label, evidence) = (line.Groups["label"].Value, text[line.Index..lineEnd].Trim());
            if (Issuer().IsMatch(label))
            {
                issuer ??= party.EntityId;
            }
            else if (Subcontractor().IsMatch(label))
            {
                if (awardee is not null && awardee != party.EntityId)
                {
                    relations.Add(new ExtractedRelation(party.EntityId, "partner_of", awardee, evidence, line.Index, lineEnd, Confidence));
                }
            }
            else
            {
                awardee = party.EntityId;
                if (issuer is not null && issuer != party.EntityId)
                {
                    relations.Add(new ExtractedRelation(issuer, "partner_of", party.EntityId, evidence, line.Index, lineEnd, Confidence));
                }
            }
        }
        return relations;
    }

    [GeneratedRegex(@"(?<=^|\n)[ \t*_]*(?<label>Issuing agency|Issuing authority|Contracting (?:agency|authority)|Awarding (?:agency|body|authority)|Buyer|Purchaser|Awardee|Awarded to|Contractor|Vendor|Supplier|Sub-?contractor|采购人|采购单位|招标人|中标人|中标单位|成交供应商|中标供应商|供应商|分包(?:单位|商))[ \t*_]*[:：][ \t]*")]
    private static partial Regex LabelledLine();

    [GeneratedRegex("^(?:Issuing|Contracting|Awarding|Buyer|Purchaser|采购人|采购单位|招标人)")]
    private static partial Regex Issuer();

    [GeneratedRegex("^(?:Sub-?contractor|分包)")]
    private static partial Regex Subcontractor();
}
