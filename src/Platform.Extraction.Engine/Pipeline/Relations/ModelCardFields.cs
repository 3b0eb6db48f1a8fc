using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A model card states who made the model it is about in labelled fields: "Developed by: Kittiwake Labs, with the
/// University of Edinburgh's School of Informatics" (the model is a product of each), "Funded by: Kittiwake Labs and the
/// Nordhavn Foundation" (each funder other than a developer backs the first developer, a partner). The model is the
/// product the card's title names.
/// </summary>
internal static partial class ModelCardFields
{
    private const double Confidence = 0.8;

    public static IEnumerable<ExtractedRelation> Find(string text, IReadOnlyList<RelationArgument> mentions)
    {
        var developed = DevelopedBy().Match(text);
        if (!developed.Success || CardTitle().Match(text) is not { Success: true } title
            || mentions.FirstOrDefault(m => m.Type == EntityType.Product && m.Start >= title.Index && m.End <= title.Index + title.Length) is not { } model)
        {
            yield break;
        }
        var developers = FieldValues.Named(text, mentions, developed, EntityType.Organization).ToList();
        var (start, end) = FieldValues.Line(text, developed.Index, " \t-*");
        foreach (var developer in developers)
        {
            yield return new ExtractedRelation(model.EntityId, "product_of", developer.EntityId, text[start..end], start, end, Confidence);
        }
        if (developers.Count == 0 || FundedBy().Match(text) is not { Success: true } funded)
        {
            yield break;
        }
        var (fundingStart, fundingEnd) = FieldValues.Line(text, funded.Index, " \t-*");
        foreach (var funder in FieldValues.Named(text, mentions, funded, EntityType.Organization).Where(f => developers.All(d => d.EntityId != f.EntityId)))
        {
            yield return new ExtractedRelation(funder.EntityId, "partner_of", developers[0].EntityId, text[fundingStart..fundingEnd], fundingStart, fundingEnd, Confidence);
        }
    }

    // The card's first heading, or a line naming the card: "# Marlspike-VL-8B model card", "Model card for …".
    [GeneratedRegex(@"(?<=^|\n)[ \t#*_]*(?:[^\n]{2,80}?[ \t]+[Mm]odel [Cc]ard|[Mm]odel [Cc]ard(?:[ \t]+for)?[ \t]+[^\n]{2,80})[ \t*_]*(?=\n|$)")]
    private static partial Regex CardTitle();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*Developed by[ \t*_]*:[ \t*_]*")]
    private static partial Regex DevelopedBy();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*Funded by[ \t*_]*:[ \t*_]*")]
    private static partial Regex FundedBy();
}
