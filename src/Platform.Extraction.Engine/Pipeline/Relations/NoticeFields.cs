using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A contract-award notice states its parties in labelled lines, not sentences ("Issuing agency: …", "Awardee: …",
/// "Subcontractor: …", 采购人：…, 中标人：…): the issuer contracts with each awardee, and a subcontractor works for the
/// awardee listed last before it; a procurement agent (采购代理机构) works for the issuer, who may be named last, in the
/// notice's contacts ("采购人信息" over "名　称：…"). The organisation first named on each line is that party; its line is the
/// evidence.
/// </summary>
internal static partial class NoticeFields
{
    private const double Confidence = 0.8;

    public static List<ExtractedRelation> PartiesOf(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var relations = new List<ExtractedRelation>();
        var parties = new List<(string Label, string Party, string Evidence, int Start, int End)>();
        foreach (Match line in LabelledLine().Matches(text))
        {
            var valueStart = line.Index + line.Length;
            var lineEnd = Text.TextLines.EndOf(text, valueStart);
            if (mentions.Where(m => m.Type == EntityType.Organization && m.Start >= valueStart && m.End <= lineEnd).MinBy(m => m.Start) is { } party)
            {
                parties.Add((line.Groups["label"].Value, party.EntityId, text[line.Index..lineEnd].Trim(), line.Index, lineEnd));
            }
        }
        // The purchaser may be named last, in the notice's contacts ("1.采购人信息" over "名　称：…").
        var issuer = parties.FirstOrDefault(p => Issuer().IsMatch(p.Label)).Party;
        string? awardee = null;
        foreach (var (label, party, evidence, start, end) in parties.Where(p => !Issuer().IsMatch(p.Label)))
        {
            if (Subcontractor().IsMatch(label))
            {
                if (awardee is not null && awardee != party)
                {
                    relations.Add(new ExtractedRelation(party, "partner_of", awardee, evidence, start, end, Confidence));
                }
                continue;
            }
            if (!Agent().IsMatch(label))
            {
                awardee = party;
            }
            if (issuer is not null && issuer != party)
            {
                relations.Add(new ExtractedRelation(issuer, "partner_of", party, evidence, start, end, Confidence));
            }
        }
        return relations;
    }

    /// <summary>Each item a notice buys is the product of its maker (<see cref="Candidates.ProcurementItems"/>).</summary>
    public static IEnumerable<ExtractedRelation> ItemsOf(string text, IReadOnlyList<RelationArgument> mentions)
    {
        foreach (var item in Candidates.ProcurementItems.Find(text))
        {
            var maker = new[] { item.Maker, item.Brand }.OfType<Capture>()
                .Select(field => mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start >= field.Index && m.End <= field.Index + field.Length))
                .FirstOrDefault(m => m is not null);
            if (maker is not null && mentions.FirstOrDefault(m => m.Type == EntityType.Product && m.Start == item.Model.Index) is { } product)
            {
                yield return new ExtractedRelation(product.EntityId, "product_of", maker.EntityId, text[item.LineStart..item.LineEnd].Trim(), item.LineStart, item.LineEnd, Confidence);
            }
        }
    }

    [GeneratedRegex(@"(?<=^|\n)[ \t*_]*(?<label>Issuing agency|Issuing authority|Contracting (?:agency|authority)|Awarding (?:agency|body|authority)|Buyer|Purchaser|Awardee|Awarded to|Contractor|Vendor|Supplier|Sub-?contractor|(?:采购人|采购单位|招标人|中标人|中标单位|成交供应商|中标供应商|供应商|采购代理机构|分包(?:单位|商))(?:名称)?)[ \t*_]*[:：][ \t]*|(?<=^|\n)[ \t]*(?:\d[.．、][ \t]*)?(?<label>采购人|采购代理机构)信息[ \t]*\n[ \t]*名[ \t]*称[ \t]*[:：][ \t]*")]
    private static partial Regex LabelledLine();

    [GeneratedRegex("^(?:Issuing|Contracting|Awarding|Buyer|Purchaser|采购人|采购单位|招标人)")]
    private static partial Regex Issuer();

    [GeneratedRegex("^采购代理机构")]
    private static partial Regex Agent();

    [GeneratedRegex("^(?:Sub-?contractor|分包)")]
    private static partial Regex Subcontractor();
}
