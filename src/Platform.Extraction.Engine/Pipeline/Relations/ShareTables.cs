using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A business registry's page tabulates a firm's holdings, a row per holder or holding: under "股东名称 … 持股比例" each
/// shareholder (a person or an organisation) invests in the firm the page is about; under "被投资企业名称 … 投资比例" the
/// firm invests in each organisation, or owns it as a subsidiary where its share is over half. The row is the evidence;
/// the firm is the one the text names most.
/// </summary>
internal static partial class ShareTables
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        if (mostNamedOrganization is null)
        {
            yield break;
        }
        foreach (Match header in Header().Matches(text))
        {
            var holdings = header.Groups["holdings"].Success;
            for (var rowStart = TextLines.EndOf(text, header.Index) + 1; rowStart < text.Length && Row().Match(text, rowStart) is { Success: true } row;
                rowStart = TextLines.EndOf(text, rowStart) + 1)
            {
                var rowEnd = TextLines.EndOf(text, rowStart);
                var first = mentions.FirstOrDefault(m => m.Start == row.Index + row.Length && m.End <= rowEnd);
                if (first is null || first.EntityId == mostNamedOrganization || (holdings && first.Type != EntityType.Organization)
                    || first.Type is not (EntityType.Person or EntityType.Organization))
                {
                    continue;
                }
                var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, rowStart, rowEnd);
                var evidence = text[evidenceStart..evidenceEnd];
                var (subject, predicate, @object) = !holdings ? (first.EntityId, "invests_in", mostNamedOrganization)
                    : ShareOf(text[first.End..rowEnd]) > 50 ? (first.EntityId, "part_of", mostNamedOrganization)
                    : (mostNamedOrganization, "invests_in", first.EntityId);
                yield return new ExtractedRelation(subject, predicate, @object, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
            }
        }
    }

    /// <summary>The last percentage in the rest of a row (its columns after the holding's name may hold dates and sums first).</summary>
    private static double ShareOf(string rest) =>
        Percentage().Matches(rest) is { Count: > 0 } shares ? double.Parse(shares[^1].Groups["share"].Value, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"(?<=^|\n)[^\n]*(?:(?<shareholders>股东名称|股东\s+持股比例)|(?<holdings>被投资企业名称|被投资企业|投资比例))[^\n]*", RegexOptions.ExplicitCapture)]
    private static partial Regex Header();

    // A row: its number, then the holder's or holding's name.
    [GeneratedRegex(@"\G[ \t]*\d{1,3}[ \t　]+")]
    private static partial Regex Row();

    [GeneratedRegex(@"(?<share>\d{1,3}(?:\.\d+)?)\s*%")]
    private static partial Regex Percentage();
}
