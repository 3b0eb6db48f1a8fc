using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// An encyclopedia's infobox states a firm's facts as "Key: value" lines under its name: "Founders: A; B", "Key people:
/// A (CEO); B (CTO)", "Products: …", "Parent: …", "Subsidiaries: …", "Headquarters: Toronto, Ontario, Canada" (创始人：…,
/// 总部地点：…, 主要产品：…, 母公司：…, 子公司：…); a company profile's table does so in "| Key | value |" rows, with "Lead
/// Investors", "Acquisitions" and "Competitors" too. The firm is the organisation named on the line above the block of
/// "Key: value" lines (or above the table), else the one the text names most; each field's line is the evidence.
/// </summary>
internal static partial class InfoboxFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        foreach (Match field in Field().Matches(text))
        {
            // A field's value ends at its line's end or at the next field's bar.
            var valueEnd = text.IndexOfAny(['｜', '|', '\n'], field.Index + field.Length) is var bar and >= 0 ? bar : text.Length;
            var lineStart = TextLines.StartOf(text, field.Index);
            // A table's row ("| Founders | Tomas Heikkilä, Nandini Sridharan |") opens with a bar, no entry's name.
            var inAnEntrysLine = lineStart < field.Index && !KeyValueLine().IsMatch(text.AsSpan(lineStart, field.Index - lineStart))
                && !text.AsSpan(lineStart, field.Index - lineStart).Trim(" \t|").IsEmpty;
            if ((inAnEntrysLine ? EntryOfTheLine(lineStart, field.Index, mentions)
                : OrganizationAboveTheFields(text, field.Index, mentions, out var underAHeading) ?? (underAHeading ? null : mostNamedOrganization)) is not { } firm)
            {
                continue;
            }
            var valueStart = field.Index + field.Length;
            var named = mentions.Where(m => m.Start >= valueStart && m.End <= valueEnd && m.EntityId != firm).ToList();
            var (evidenceStart, evidenceEnd) = TextSpan.Trim(text, field.Index, valueEnd);
            foreach (var (subject, predicate, @object) in Facts(text, field, firm, named, valueEnd))
            {
                yield return new ExtractedRelation(subject, predicate, @object, text[evidenceStart..evidenceEnd], evidenceStart, evidenceEnd, Confidence);
            }
        }
    }

    /// <summary>
    /// An entry's description ("企业简介：2021年由…联合创立，总部位于深圳南山区。客户包括大疆创新。") is about the entry's firm, which
    /// its sentences leave unsaid: a zero-width mention of the firm where the sentence in [start, end) begins, so the cue
    /// patterns read it as their subject.
    /// </summary>
    public static IEnumerable<RelationArgument> DescriptionSubjects(string text, int start, int end, List<RelationArgument> window, IReadOnlyList<RelationArgument> mentions)
    {
        var lineStart = TextLines.StartOf(text, start);
        if (Description().Match(text, lineStart) is not { Success: true } field || field.Index != lineStart
            || OrganizationAboveTheFields(text, lineStart, mentions, out _) is not { } firm)
        {
            yield break;
        }
        var at = Math.Max(start, field.Index + field.Length);
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        if (at < end && !window.Any(m => m.Start == at))
        {
            yield return new RelationArgument(at, at, firm, EntityType.Organization);
        }
    }

    [GeneratedRegex(@"\G[ \t*_]*(?:企业简介|公司简介|机构简介|简介|About)[ \t*_]*[:：][ \t]*")]
    private static partial Regex Description();

    /// <summary>Whether a field this reader reads opens the line at <paramref name="lineStart"/>.</summary>
    public static bool IsAField(string text, int lineStart) =>
        Field().Match(text, lineStart, TextLines.EndOf(text, lineStart) - lineStart) is { Success: true } field && field.Index == lineStart;

    private static IEnumerable<(string Subject, string Predicate, string Object)> Facts(string text, Match field, string firm,
        List<RelationArgument> named, int valueEnd)
    {
        var people = named.Where(m => m.Type == EntityType.Person).DistinctBy(m => m.EntityId).ToList();
        var organizations = named.Where(m => m.Type == EntityType.Organization).DistinctBy(m => m.EntityId).ToList();
        if (field.Groups["founders"].Success)
        {
            // "联合创始人/CEO：苗若溪": a co-founder alone is one still; "创始人/CEO" holds the post too.
            var founded = people.Count > 1 || field.Groups["cofounder"].Success ? "cofounder_of" : "founder_of";
            return people.SelectMany(p => field.Groups["ceo"].Success ? [(p.EntityId, founded, firm), (p.EntityId, "ceo_of", firm)] : new[] { (p.EntityId, founded, firm) });
        }
        if (field.Groups["funding"].Success)
        {
            return organizations.Select(o => (o.EntityId, "invests_in", firm));
        }
        if (field.Groups["people"].Success)
        {
            // "Meera Venkataraman (CEO)": the post in brackets after each name.
            return people.SelectMany(p => PostAfter().Match(text, p.End, valueEnd - p.End) is { Success: true } post
                ? RoleNouns.Predicates(post).Distinct().Select(predicate => (p.EntityId, predicate, firm))
                : []);
        }
        if (field.Groups["products"].Success)
        {
            return named.Where(m => m.Type == EntityType.Product).DistinctBy(m => m.EntityId).Select(p => (p.EntityId, "product_of", firm));
        }
        if (field.Groups["parent"].Success)
        {
            return organizations.Take(1).Select(o => (firm, "part_of", o.EntityId));
        }
        if (field.Groups["subsidiaries"].Success || field.Groups["acquisitions"].Success)
        {
            return organizations.Select(o => (o.EntityId, "part_of", firm));
        }
        if (field.Groups["competitors"].Success)
        {
            return organizations.Select(o => (o.EntityId, "competitor_of", firm));
        }
        if (field.Groups["headquarters"].Success && field.Groups["cell"].Success)
        {
            // "| Headquarters | San Francisco, California, United States |": the firm is in the city, the city in the state.
            var places = named.Where(m => m.Type == EntityType.Location).DistinctBy(m => m.EntityId).ToList();
            return places.Take(1).Select(l => (firm, "located_in", l.EntityId))
                .Concat(places.Zip(places.Skip(1)).Select(p => (p.First.EntityId, "located_in", p.Second.EntityId)));
        }
        return named.Where(m => m.Type == EntityType.Location).DistinctBy(m => m.EntityId).Select(l => (firm, "located_in", l.EntityId));
    }

    /// <summary>
    /// A field after an entry's name and bars on its line ("- 栖川机器人｜…｜创始人：陆星野、曹闻笛") is the organisation's that
    /// opens the line; none where no organisation was found there.
    /// </summary>
    private static string? EntryOfTheLine(int lineStart, int fieldStart, IReadOnlyList<RelationArgument> mentions) =>
        mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start >= lineStart && m.End <= fieldStart)?.EntityId;

    /// <summary>
    /// The organisation a field of the block of "Key: value" lines that <paramref name="lineStart"/> is in names the entry
    /// for ("企业名称：华为技术有限公司"), else the one named on the line above the block, or on a heading a blank line above it.
    /// </summary>
    /// <param name="underAHeading">Whether the block is an entry's under its heading, whose firm, if it names none, is no other.</param>
    private static string? OrganizationAboveTheFields(string text, int lineStart, IReadOnlyList<RelationArgument> mentions, out bool underAHeading)
    {
        underAHeading = false;
        var blockStart = TextLines.StartOf(text, lineStart);
        // A table's rows are one block, whatever their cells: the firm is not one a row above names.
        var row = text.AsSpan(blockStart).TrimStart(" \t").StartsWith("|");
        while (blockStart > 1 && TextLines.StartOf(text, blockStart - 1) is var previous
            && (KeyValueLine().IsMatch(text.AsSpan(previous, blockStart - 1 - previous)) || (row && text.AsSpan(previous).TrimStart(" \t").StartsWith("|"))))
        {
            blockStart = previous;
            if (EntryName().Match(text, previous) is { Success: true } entry
                && mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start == entry.Index + entry.Length) is { } named)
            {
                return named.EntityId;
            }
        }
        if (blockStart < 2)
        {
            return null;
        }
        var above = TextLines.StartOf(text, blockStart - 1);
        // A list's entry heading stands a blank line above its fields ("### 03 | 枕石具身：…", blank, "**城市：深圳｜…**"); its
        // marks are blanked by now, so it is a short line opening with them.
        if (!row && text.AsSpan(above, blockStart - above).IsWhiteSpace() && above >= 2 && TextLines.StartOf(text, above - 1) is var heading
            && text[heading] is '#' or ' ' && above - heading <= 80)
        {
            (above, blockStart) = (heading, above);
            underAHeading = true;
        }
        return mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start >= above && m.End < blockStart)?.EntityId;
    }

    [GeneratedRegex(@"^[ \t*_]*[\p{L}][\p{L} /／]{0,24}[:：]")]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"\G[ \t*_]*(?:企业名称|公司名称|Company(?: name)?)[ \t*_]*[:：][ \t]*")]
    private static partial Regex EntryName();

    // A field opens a line or follows another's bar on it ("成立时间：2023年｜总部：北京").
    [GeneratedRegex(@"(?<=^|\n|[｜|][ \t]*)[ \t*_]*(?:(?<founders>(?<cofounder>联合|Co-)?(?:" + PatternPieces.FounderLabels + @")(?:[/／](?<ceo>CEO|首席执行官))?)|(?<people>Key people|主要人物|核心人物)|(?<products>Products?|主要产品|核心产品|产品|展品)|(?<funding>最新融资|融资情况|融资|(?:Lead )?Investors|投资方|投资机构)|(?<acquisitions>Acquisitions|收购)|(?<competitors>Competitors|竞争对手|竞品)|(?<parent>Parent(?: company)?|Owner|母公司)|(?<subsidiaries>Subsidiaries|Divisions|子公司)|(?<headquarters>Headquarters|HQ|总部|总部地点|总部所在地|所在城市|城市))[ \t*_]*(?:[:：]|(?<cell>\|))[ \t]*")]
    private static partial Regex Field();

    [GeneratedRegex(@"\G[ \t]*[(（][ \t]*" + RoleNouns.Chain + @"[ \t]*[)）]", RegexOptions.IgnoreCase)]
    private static partial Regex PostAfter();
}
