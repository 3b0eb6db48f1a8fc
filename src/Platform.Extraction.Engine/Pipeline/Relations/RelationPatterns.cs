namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The cues, in Chinese and English, by which a sentence states a relation. Each is a general
/// construction of the language ("X's CEO Y", "Y是X的CEO", "co-founded X"), never a phrase of one document.
/// </summary>
internal static class RelationPatterns
{
    public static IReadOnlyList<RelationPattern> All { get; } =
        [.. EmploymentPatterns.All, .. OrganizationPatterns.All, .. EventAndWorkPatterns.All];
}
