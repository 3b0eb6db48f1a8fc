using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// When a relation the knowledge base holds counts as said by a sentence naming both ends: only when the words
/// between the two names belong to that relation (a title or "at" for employment; a possessive, "旗下" or a
/// launch verb for a product or a unit; an organisation and its product joined by nothing but "and"), or when one
/// end is the speaker's "we"/"our". Two names merely in one sentence ("Bill Gates visited Microsoft's campus")
/// state nothing, whatever the KB knows.
/// </summary>
internal static partial class KnownRelationCues
{
    public static bool Supports(string predicate, string between) => predicate switch
    {
        // A title next to another person is that person's ("OpenAI CEO Sam Altman and Greg Brockman").
        "works_at" => !between.Contains(":P⟧", StringComparison.Ordinal) && EmploymentCue().IsMatch(between),
        "product_of" => ProductCue().IsMatch(between) || Coordination().IsMatch(between),
        "part_of" => UnitCue().IsMatch(between),
        _ => false,
    };

    [GeneratedRegex(RoleNouns.One + @"|\b(?:at|for|joined|with)\b|加入|任职|就职|供职|(?:在|于)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex EmploymentCue();

    [GeneratedRegex(@"'s|’s|的|旗下|推出|发布|打造|开发|研发|产品|平台|模型|服务|\b(?:released|launched|built|developed|unveiled|introduced|made|from|by|product|platform|model|service)\b|[—–]", RegexOptions.IgnoreCase)]
    private static partial Regex ProductCue();

    [GeneratedRegex(@"^\s*(?:和|与|及|\band\b|&)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Coordination();

    [GeneratedRegex(@"'s|’s|的|旗下|部门|子公司|团队|实验室|研究院|\b(?:division|unit|arm|subsidiary|lab|team|part of|within)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitCue();
}
