using System.Globalization;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// Runs an extractor over every text of a <see cref="RelationChallenge"/> and scores its stated relations
/// (co-occurrence excluded): a predicted relation is correct when it is one the text is listed as stating.
/// </summary>
public static class RelationChallengeScorer
{
    public static ChallengeScore Score(IEntityExtractor extractor, RelationChallenge challenge)
    {
        var results = new List<ChallengeItemResult>();
        foreach (var item in challenge.Items)
        {
            var result = extractor.Extract(item.Text);
            var names = result.Entities.ToDictionary(e => e.Id, e => NamesOf(e), StringComparer.Ordinal);
            var predicted = result.Relations.Where(r => r.Predicate != Pipeline.Relations.RelationExtractor.CoOccurrence)
                .Select(r => (r.SubjectId, r.Predicate, r.ObjectId)).Distinct().ToList();
            bool Matches((string S, string P, string O) relation, ChallengeTriple triple) =>
                relation.P == triple.Predicate && (Ends(relation.S, relation.O, triple) || (RelationScorer.IsSymmetric(relation.P) && Ends(relation.O, relation.S, triple)));
            bool Ends(string subject, string @object, ChallengeTriple triple) =>
                Names(names, subject).Contains(triple.Subject) && Names(names, @object).Contains(triple.Object);

            results.Add(new ChallengeItemResult(item,
                Found: item.Expected.Where(t => predicted.Any(r => Matches(r, t))).ToList(),
                Missed: item.Expected.Where(t => !predicted.Any(r => Matches(r, t))).ToList(),
                Unexpected: predicted.Where(r => !item.Expected.Any(t => Matches(r, t))).Select(r => new ChallengeTriple(r.SubjectId, r.Predicate, r.ObjectId)).ToList(),
                Violated: item.Forbidden.Where(t => predicted.Any(r => Matches(r, t))).ToList()));
        }
        return new ChallengeScore(results);
    }

    private static HashSet<string> NamesOf(ExtractedEntity entity) =>
        new[] { entity.Id, entity.Name }.Concat(entity.SurfaceForms).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static HashSet<string> Names(Dictionary<string, HashSet<string>> names, string id) =>
        names.TryGetValue(id, out var known) ? known : new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
}

public sealed record ChallengeItemResult(ChallengeItem Item, IReadOnlyList<ChallengeTriple> Found, IReadOnlyList<ChallengeTriple> Missed,
    IReadOnlyList<ChallengeTriple> Unexpected, IReadOnlyList<ChallengeTriple> Violated);

public sealed record ChallengeScore(IReadOnlyList<ChallengeItemResult> Items)
{
    public int Expected => Items.Sum(i => i.Item.Expected.Count);
    public int Found => Items.Sum(i => i.Found.Count);
    public int Predicted => Found + Items.Sum(i => i.Unexpected.Count);
    public int Violations => Items.Sum(i => i.Violated.Count);
    public double Precision => Predicted == 0 ? 0 : (double)Found / Predicted;
    public double Recall => Expected == 0 ? 0 : (double)Found / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The score line, per-predicate recall and, when asked, every miss, unexpected relation and violated negative.</summary>
    public void Print(TextWriter output, bool verbose)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"CHALLENGE P={Precision:F3} R={Recall:F3} F1={F1:F3} ({Found}/{Expected} expected, {Predicted} predicted, {Violations} negatives produced)"));
        var predicates = Items.SelectMany(i => i.Item.Expected.Concat(i.Unexpected)).Select(t => t.Predicate).Distinct().Order(StringComparer.Ordinal);
        foreach (var predicate in predicates)
        {
            var found = Items.Sum(i => i.Found.Count(t => t.Predicate == predicate));
            var expected = Items.Sum(i => i.Item.Expected.Count(t => t.Predicate == predicate));
            var unexpected = Items.Sum(i => i.Unexpected.Count(t => t.Predicate == predicate));
            output.WriteLine(string.Create(c, $"  {predicate,-20} found {found}/{expected}, unexpected {unexpected}"));
        }
        if (!verbose)
        {
            return;
        }
        foreach (var result in Items.Where(i => i.Missed.Count + i.Unexpected.Count + i.Violated.Count > 0))
        {
            output.WriteLine($"  > {result.Item.Text}");
            result.Missed.ToList().ForEach(t => output.WriteLine($"      missed: {t}"));
            result.Unexpected.ToList().ForEach(t => output.WriteLine($"      unexpected: {t}"));
            result.Violated.ToList().ForEach(t => output.WriteLine($"      NEGATIVE PRODUCED: {t}"));
        }
    }
}
