using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A unit whose name starts with its organisation's (清华大学智能产业研究院, Stanford Institute for Human-Centered AI)
/// is stated by that name to be part of it, and a product whose name starts with its maker's (Amazon Bedrock) to be its
/// product; the name is the evidence. So is a unit an address names before its organisation ("School of Informatics,
/// University of Edinburgh").
/// </summary>
internal static partial class UnitNames
{
    private const double Confidence = 0.8;

    public static List<ExtractedRelation> PartOf(string text, IReadOnlyList<RelationArgument> mentions, Func<string, string?> parentNamed)
    {
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Type is EntityType.Organization or EntityType.Product))
        {
            var name = text[mention.Start..mention.End];
            if (!seen.Add(mention.EntityId + "\u0000" + name) || parentNamed(name) is not { } parent || parent == mention.EntityId)
            {
                continue;
            }
            var predicate = mention.Type == EntityType.Product ? "product_of" : "part_of";
            relations.Add(new ExtractedRelation(mention.EntityId, predicate, parent, name, mention.Start, mention.End, Confidence));
        }
        return relations;
    }

    /// <param name="organizationAt">Each organisation's mention by where it starts.</param>
    public static IEnumerable<ExtractedRelation> BesideTheirParent(string text, IReadOnlyList<RelationArgument> mentions,
        IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        foreach (var unit in mentions.Where(m => m.Type == EntityType.Organization && AUnitOfSomething().IsMatch(text[m.Start..m.End])))
        {
            if (CommaBeforeTheParent().Match(text, unit.End) is { Success: true } comma
                && organizationAt.TryGetValue(unit.End + comma.Length, out var parent)
                && parent.EntityId != unit.EntityId
                && !AUnitOfSomething().IsMatch(text[parent.Start..parent.End]))
            {
                yield return new ExtractedRelation(unit.EntityId, "part_of", parent.EntityId, text[unit.Start..parent.End], unit.Start, parent.End, Confidence);
            }
        }
    }

    // A name that says what kind of unit it is before what it is about: "Department of Computer Science", "Centre for Doctoral Training".
    [GeneratedRegex(@"^(?:the\s+)?(?:(?:Graduate\s+)?School|Department|Dept\.|Faculty|Institute|Centre|Center|Laboratory|Lab|College|Division|Programme|Unit)\s+(?:of|for)\s+\p{Lu}")]
    private static partial Regex AUnitOfSomething();

    [GeneratedRegex(@"\G\s*,\s*(?:the\s+)?")]
    private static partial Regex CommaBeforeTheParent();
}
