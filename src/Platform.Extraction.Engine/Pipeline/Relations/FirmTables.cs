using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A Markdown table in an article about a firm lists what the firm has by the column a name stands in: under 股东,
/// 领投方, "Lead investor(s)" its investors (people or organisations); under 子公司, "Subsidiary" its units, each seated in the
/// place its 所在城市/"City" column names; under 客户, 供应商, "Customer", "Supplier" its partners. The firm is the one the
/// text names most; the row is the evidence. Columns with other headings (amounts, dates, remarks) are not read, so a
/// remark naming a holding company ("通过蹊径有限公司持股") states nothing here. Where a column names the firms themselves (公司,
/// 融资方, "Company"), as a funding roundup's table does, each row is about its own firm, seated in its 城市.
/// </summary>
internal static partial class FirmTables
{
    private const double Confidence = 0.8;

    private enum Column { Other, Firm, Investor, Unit, Partner, Place }

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        if (mostNamedOrganization is null)
        {
            yield break;
        }
        foreach (var (columns, rowStart) in Rows(text))
        {
            if (!columns.Any(c => c is Column.Investor or Column.Unit or Column.Partner))
            {
                continue;
            }
            var firmColumn = columns.IndexOf(Column.Firm);
            var cells = Cells(text, rowStart);
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, rowStart, TextLines.EndOf(text, rowStart));
            var evidence = text[evidenceStart..evidenceEnd];
            var places = cells.Zip(columns).Where(c => c.Second == Column.Place)
                .SelectMany(c => In(mentions, c.First).Where(m => m.Type == EntityType.Location)).ToList();
            var firm = firmColumn < 0 ? mostNamedOrganization
                : firmColumn < cells.Count ? In(mentions, cells[firmColumn]).FirstOrDefault(m => m.Type == EntityType.Organization)?.EntityId : null;
            if (firm is null)
            {
                continue;
            }
            if (firmColumn >= 0)
            {
                foreach (var place in places)
                {
                    yield return new ExtractedRelation(firm, "located_in", place.EntityId, evidence, evidenceStart, evidenceEnd, Confidence);
                }
            }
            foreach (var (cell, column) in cells.Zip(columns))
            {
                foreach (var named in In(mentions, cell).Where(m => m.EntityId != firm))
                {
                    var predicate = (column, named.Type) switch
                    {
                        (Column.Investor, EntityType.Person or EntityType.Organization) => "invests_in",
                        (Column.Unit, EntityType.Organization) => "part_of",
                        (Column.Partner, EntityType.Organization) => "partner_of",
                        _ => null,
                    };
                    if (predicate is null)
                    {
                        continue;
                    }
                    yield return new ExtractedRelation(named.EntityId, predicate, firm, evidence, evidenceStart, evidenceEnd, Confidence);
                    if (column == Column.Unit)
                    {
                        foreach (var place in places)
                        {
                            yield return new ExtractedRelation(named.EntityId, "located_in", place.EntityId, evidence, evidenceStart, evidenceEnd, Confidence);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The cells of a table's firm column (公司, "Company") beside its investors, units, partners or cities: each names an organisation.</summary>
    public static IEnumerable<(int Start, int End)> FirmCells(string text) =>
        Rows(text).Where(row => row.Columns.Contains(Column.Firm) && row.Columns.Any(c => c is not (Column.Other or Column.Firm)))
            .Select(row => Cells(text, row.RowStart).ElementAtOrDefault(row.Columns.IndexOf(Column.Firm)))
            .Where(cell => cell != default)
            .Select(cell => TextSpan.Trim(text, cell.Start, cell.End));

    /// <summary>Each row of each Markdown table, with the roles of its table's columns.</summary>
    private static IEnumerable<(List<Column> Columns, int RowStart)> Rows(string text)
    {
        foreach (Match separator in Separator().Matches(text))
        {
            var headerStart = separator.Index > 0 ? TextLines.StartOf(text, separator.Index - 1) : -1;
            if (headerStart < 0 || !text.AsSpan(headerStart).TrimStart().StartsWith("|"))
            {
                continue;
            }
            var columns = Cells(text, headerStart).Select(c => RoleOf(text[c.Start..c.End])).ToList();
            for (var rowStart = separator.Index + separator.Length; rowStart < text.Length && text.AsSpan(rowStart).TrimStart(" \t").StartsWith("|");
                rowStart = TextLines.EndOf(text, rowStart) + 1)
            {
                yield return (columns, rowStart);
            }
        }
    }

    private static IEnumerable<RelationArgument> In(IReadOnlyList<RelationArgument> mentions, (int Start, int End) cell) =>
        mentions.Where(m => m.Start >= cell.Start && m.End <= cell.End).DistinctBy(m => m.EntityId);

    /// <summary>The spans between the bars of the table row that starts at <paramref name="lineStart"/>.</summary>
    private static List<(int Start, int End)> Cells(string text, int lineStart)
    {
        var lineEnd = TextLines.EndOf(text, lineStart);
        var bars = new List<int>();
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (text[i] == '|')
            {
                bars.Add(i);
            }
        }
        return bars.Zip(bars.Skip(1), (open, close) => (open + 1, close)).ToList();
    }

    private static Column RoleOf(string heading)
    {
        var match = Heading().Match(heading);
        return !match.Success ? Column.Other
            : match.Groups["firm"].Success ? Column.Firm
            : match.Groups["investor"].Success ? Column.Investor
            : match.Groups["unit"].Success ? Column.Unit
            : match.Groups["partner"].Success ? Column.Partner
            : Column.Place;
    }

    [GeneratedRegex(@"^[\s*_]*(?:(?<firm>公司(?:名称)?|企业(?:名称)?|融资方|[Cc]ompany|[Ss]tartup)|(?<investor>(?:主要)?股东(?:名称)?|投资方|投资机构|投资人|领投方|跟投方|领投机构|跟投机构|(?:[Ll]ead\s+|[Cc]o-)?[Ii]nvestors?(?:\(s\))?|[Ss]hareholders?|[Bb]ackers?)|(?<unit>子公司(?:名称)?|附属公司|[Ss]ubsidiar(?:y|ies))|(?<partner>(?:主要)?客户(?:名称)?|(?:主要)?供应商(?:名称)?|合作伙伴|合作方|[Cc]ustomers?|[Cc]lients?|[Ss]uppliers?|[Pp]artners?)|(?<place>所在城市|城市|所在地|注册地|[Cc]ity|[Ll]ocation|[Hh]eadquarters|HQ))[\s*_]*$", RegexOptions.ExplicitCapture)]
    private static partial Regex Heading();

    // The line under a Markdown table's header: "|---|:---:|".
    [GeneratedRegex(@"(?<=^|\n)[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\n")]
    private static partial Regex Separator();
}
