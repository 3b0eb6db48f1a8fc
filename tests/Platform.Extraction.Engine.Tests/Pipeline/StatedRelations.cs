namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>What the relation tests ask of a result: a relation between entities named by any of their surface forms.</summary>
internal static class StatedRelations
{
    public static bool Has(ExtractionResult result, string subject, string predicate, string @object) =>
        result.Relations.Any(r => r.Predicate == predicate
            && result.Entities.Any(e => e.Id == r.SubjectId && e.SurfaceForms.Contains(subject))
            && result.Entities.Any(e => e.Id == r.ObjectId && e.SurfaceForms.Contains(@object)));

    /// <summary>The stated relations, for a failing assertion's message.</summary>
    public static string Describe(ExtractionResult result) =>
        string.Join("; ", result.Relations.Where(r => r.Predicate != "co_occurrence").Select(r => $"{r.SubjectId} {r.Predicate} {r.ObjectId}"));
}
