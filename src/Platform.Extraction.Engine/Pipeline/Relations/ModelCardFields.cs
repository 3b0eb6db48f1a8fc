using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

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
        var developers = OrganizationsIn(text, developed, mentions);
        var evidence = FieldLine(text, developed);
        foreach (var developer in developers)
        {
            yield return new ExtractedRelation(model.EntityId, "product_of", developer.EntityId, evidence.Text, evidence.Start, evidence.Start + evidence.Text.Length, Confidence);
        }
        if (developers.Count == 0 || FundedBy().Match(text) is not { Success: true } funded)
        {
            yield break;
        }
        var fundingLine = FieldLine(text, funded);
        foreach (var funder in OrganizationsIn(text, funded, mentions).Where(f => developers.All(d => d.EntityId != f.EntityId)))
        {
            yield return new ExtractedRelation(funder.EntityId, "partner_of", developers[0].EntityId, fundingLine.Text, fundingLine.Start, fundingLine.Start + fundingLine.Text.Length, Confidence);
        }
    }

    private static List<RelationArgument> OrganizationsIn(string text, Match field, IReadOnlyList<RelationArgument> mentions)
    {
        var end = TextLines.EndOf(text, field.Index);
        return mentions.Where(m => m.Type == EntityType.Organization && m.Start >= field.Index + field.Length && m.End <= end)
            .DistinctBy(m => m.EntityId).ToList();
    }

    private static (int Start, string Text) FieldLine(string text, Match field)
    {
        var (start, end) = TextSpan.Trim(text, field.Index, TextLines.EndOf(text, field.Index), " \t-*");
        return (start, text[start..end]);
    }

    // The card's first heading, or a line naming the card: "# Marlspike-VL-8B model card", "Model card for …".
    [GeneratedRegex(@"(?<=^|\n)[ \t#*_]*(?:[^\n]{2,80}?[ \t]+[Mm]odel [Cc]ard|[Mm]odel [Cc]ard(?:[ \t]+for)?[ \t]+[^\n]{2,80})[ \t*_]*(?=\n|$)")]
    private static partial Regex CardTitle();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*Developed by[ \t*_]*:[ \t*_]*")]
    private static partial Regex DevelopedBy();

    [GeneratedRegex(@"(?<=^|\n)[ \t*_-]*Funded by[ \t*_]*:[ \t*_]*")]
    private static partial Regex FundedBy();
}
