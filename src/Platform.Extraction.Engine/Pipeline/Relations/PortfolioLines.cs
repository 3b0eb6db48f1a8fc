using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// An investor's portfolio page lists a company per line, with its founders in a labelled field: "- 栖川机器人｜家庭服务
/// 机器人｜创始人：陆星野、曹闻笛｜轮次：A轮", "- Quillon Photonics | photonic chips | Founders: A, B | Seed". The founders
/// founded the company the line opens with (each a co-founder where there are several), and under the page's portfolio
/// heading (被投企业, Portfolio) the firm the text names most invests in each company listed.
/// </summary>
internal static partial class PortfolioLines
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions,
        IReadOnlyDictionary<int, RelationArgument> organizationAt, string? mostNamedOrganization)
    {
        foreach (Match item in ListItem().Matches(text))
        {
            if (!organizationAt.TryGetValue(item.Index + item.Length, out var company))
            {
                continue;
            }
            var lineEnd = TextLines.EndOf(text, item.Index);
            var evidence = text[(item.Index + item.Length)..lineEnd].TrimEnd();
            var evidenceStart = item.Index + item.Length;
            if (FoundersField().Match(text, company.End, lineEnd - company.End) is { Success: true } field)
            {
                var fieldEnd = field.Index + field.Length;
                var founders = mentions.Where(m => m.Type == EntityType.Person && m.Start >= field.Index && m.End <= fieldEnd)
                    .Select(m => m.EntityId).Distinct().ToList();
                var predicate = founders.Count > 1 ? "cofounder_of" : "founder_of";
                foreach (var founder in founders)
                {
                    yield return new ExtractedRelation(founder, predicate, company.EntityId, evidence, evidenceStart, evidenceStart + evidence.Length, Confidence);
                }
            }
            if (mostNamedOrganization is not null && mostNamedOrganization != company.EntityId && UnderAPortfolioHeading(text, item.Index))
            {
                yield return new ExtractedRelation(mostNamedOrganization, "invests_in", company.EntityId, evidence, evidenceStart,
                    evidenceStart + evidence.Length, Confidence);
            }
        }
    }

    /// <summary>
    /// Whether the line above the list, past its other items, blank lines and a line introducing it ("以下为部分被投企业："), is
    /// a portfolio's heading (its Markdown marks are blanked by now).
    /// </summary>
    private static bool UnderAPortfolioHeading(string text, int at)
    {
        for (var lineEnd = TextLines.StartOf(text, at) - 1; lineEnd > 0; lineEnd = TextLines.StartOf(text, lineEnd) - 1)
        {
            var line = text.AsSpan(TextLines.StartOf(text, lineEnd), lineEnd - TextLines.StartOf(text, lineEnd)).Trim();
            if (line.IsEmpty || line[^1] is ':' or '：' || ListItem().IsMatch(line))
            {
                continue;
            }
            return PortfolioHeading().IsMatch(line);
        }
        return false;
    }

    // A line of fields: its name, then two separators at least.
    [GeneratedRegex(@"(?<=^|\n)[ \t*_•-]*(?=[^\n]*[｜|][^\n]*[｜|])")]
    private static partial Regex ListItem();

    // The founders' label, then the names up to the next field's separator.
    [GeneratedRegex(@"(?:" + PatternPieces.FounderLabels + @")[ \t]*[:：]?[ \t]*[^｜|;；\n]+", RegexOptions.IgnoreCase)]
    private static partial Regex FoundersField();

    [GeneratedRegex(@"^[#*_ \t]*(?:被投企业|投资组合|投资案例|(?:Our )?[Pp]ortfolio(?: [Cc]ompanies)?)[*_ \t]*$")]
    private static partial Regex PortfolioHeading();
}
