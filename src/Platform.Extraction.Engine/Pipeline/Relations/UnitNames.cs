namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A unit whose name starts with its organisation's (清华大学智能产业研究院, Stanford Institute for Human-Centered AI)
/// is stated by that name to be part of it; the name is the evidence.
/// </summary>
internal static class UnitNames
{
    private const double Confidence = 0.8;

    public static List<ExtractedRelation> PartOf(string text, IReadOnlyList<RelationArgument> mentions, Func<string, string?> parentNamed)
    {
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in mentions.Where(m => m.Type == EntityType.Organization))
        {
            var name = text[mention.Start..mention.End];
            if (!seen.Add(mention.EntityId + "\u0000" + name) || parentNamed(name) is not { } parent || parent == mention.EntityId)
            {
                continue;
            }
            relations.Add(new ExtractedRelation(mention.EntityId, "part_of", parent, name, mention.Start, mention.End, Confidence));
        }
        return relations;
    }
}
