namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A unit whose name starts with its organisation's (清华大学智能产业研究院, Stanford Institute for Human-Centered AI)
/// is stated by that name to be part of it, and a product whose name starts with its maker's (Amazon Bedrock) to be its
/// product; the name is the evidence.
/// </summary>
internal static class UnitNames
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
}
