using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// An encyclopedia's infobox states a firm's facts as "Key: value" lines under its name: "Founders: A; B", "Key people:
/// A (CEO); B (CTO)", "Products: …", "Parent: …", "Subsidiaries: …", "Headquarters: Toronto, Ontario, Canada" (创始人：…,
/// 总部地点：…, 主要产品：…, 母公司：…, 子公司：…). The firm is the organisation named on the line above the block of
/// "Key: value" lines, else the one the text names most; each field's line is the evidence.
/// </summary>
internal static partial class InfoboxFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions, string? mostNamedOrganization)
    {
        foreach (Match field in Field().Matches(text))
        {
            var lineEnd = TextLines.EndOf(text, field.Index);
            if ((OrganizationAboveTheFields(text, field.Index, mentions) ?? mostNamedOrganization) is not { } firm)
            {
                continue;
            }
            var valueStart = field.Index + field.Length;
            var named = mentions.Where(m => m.Start >= valueStart && m.End <= lineEnd && m.EntityId != firm).ToList();
            var evidence = text[field.Index..lineEnd].TrimEnd();
            foreach (var (subject, predicate, @object) in Facts(text, field, firm, named, lineEnd))
            {
                yield return new ExtractedRelation(subject, predicate, @object, evidence, field.Index, field.Index + evidence.Length, Confidence);
            }
        }
    }

    private static IEnumerable<(string Subject, string Predicate, string Object)> Facts(string text, Match field, string firm,
        List<RelationArgument> named, int lineEnd)
    {
        var people = named.Where(m => m.Type == EntityType.Person).DistinctBy(m => m.EntityId).ToList();
        var organizations = named.Where(m => m.Type == EntityType.Organization).DistinctBy(m => m.EntityId).ToList();
        if (field.Groups["founders"].Success)
        {
            return people.Select(p => (p.EntityId, people.Count > 1 ? "cofounder_of" : "founder_of", firm));
        }
        if (field.Groups["people"].Success)
        {
            // "Meera Venkataraman (CEO)": the post in brackets after each name.
            return people.SelectMany(p => PostAfter().Match(text, p.End, lineEnd - p.End) is { Success: true } post
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
        if (field.Groups["subsidiaries"].Success)
        {
            return organizations.Select(o => (o.EntityId, "part_of", firm));
        }
        return named.Where(m => m.Type == EntityType.Location).DistinctBy(m => m.EntityId).Select(l => (firm, "located_in", l.EntityId));
    }

    /// <summary>The organisation named on the line above the block of "Key: value" lines that <paramref name="lineStart"/> is in.</summary>
    private static string? OrganizationAboveTheFields(string text, int lineStart, IReadOnlyList<RelationArgument> mentions)
    {
        var blockStart = lineStart;
        while (blockStart > 1 && TextLines.StartOf(text, blockStart - 1) is var previous
            && KeyValueLine().IsMatch(text.AsSpan(previous, blockStart - 1 - previous)))
        {
            blockStart = previous;
        }
        if (blockStart < 2)
        {
            return null;
        }
        var above = TextLines.StartOf(text, blockStart - 1);
        return mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Start >= above && m.End < blockStart)?.EntityId;
    }

    [GeneratedRegex(@"^[ \t*_]*[\p{L}][\p{L} ]{0,24}[:：]")]
    private static partial Regex KeyValueLine();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_]*(?:(?<founders>" + PatternPieces.FounderLabels + @")|(?<people>Key people|主要人物|核心人物)|(?<products>Products?|主要产品|产品)|(?<parent>Parent(?: company)?|Owner|母公司)|(?<subsidiaries>Subsidiaries|Divisions|子公司)|(?<headquarters>Headquarters|HQ|总部|总部地点|总部所在地))[ \t*_]*[:：][ \t]*")]
    private static partial Regex Field();

    [GeneratedRegex(@"\G[ \t]*[(（][ \t]*" + RoleNouns.Chain + @"[ \t]*[)）]", RegexOptions.IgnoreCase)]
    private static partial Regex PostAfter();
}
