namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// 望隼Lens 2, Microsoft Azure: a product whose name opens with a name a firm goes by in the text is that firm's, where no
/// sentence states its maker and only one firm's name fits. The product's first mention is the evidence.
/// </summary>
internal static class ProductsNamedForTheirMaker
{
    private const double Confidence = 0.7;

    public static void Apply(string text, IReadOnlyList<RelationArgument> mentions, List<ExtractedRelation> stated)
    {
        var firms = mentions.Where(m => m.Type == EntityType.Organization && m.End - m.Start >= 2)
            .Select(m => (Name: text[m.Start..m.End], m.EntityId)).Distinct().ToList();
        foreach (var product in mentions.Where(m => m.Type == EntityType.Product).GroupBy(m => m.EntityId))
        {
            if (stated.Any(r => r.SubjectId == product.Key && r.Predicate == "product_of"))
            {
                continue;
            }
            var makers = product.Select(m => text[m.Start..m.End]).Distinct()
                .SelectMany(name => firms.Where(f => OpensWith(name, f.Name)).Select(f => f.EntityId)).Distinct().ToList();
            if (makers.Count == 1 && makers[0] != product.Key)
            {
                var first = product.MinBy(m => m.Start)!;
                stated.Add(new ExtractedRelation(product.Key, "product_of", makers[0], text[first.Start..first.End], first.Start, first.End, Confidence));
            }
        }
    }

    // A Latin firm's name ends at a word's end (Meta Quest, not Metaverse, nor a possessive: Kinetra's K7); a Chinese one
    // anywhere (望隼Lens 2, 华为Mate).
    private static bool OpensWith(string product, string firm) =>
        product.Length > firm.Length && product.StartsWith(firm, StringComparison.Ordinal)
        && !(char.IsAsciiLetterOrDigit(firm[^1]) && (char.IsAsciiLetterOrDigit(product[firm.Length]) || product[firm.Length] is '\'' or '’'));
}
