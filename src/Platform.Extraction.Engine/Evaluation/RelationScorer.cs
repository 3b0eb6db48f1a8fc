namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// Scores stated relations (co-occurrence excluded) against gold triples, after mapping predicted entity
/// ids to gold keys the way the entity score matched them. Each distinct triple counts once; a symmetric relation
/// (A partner_of B is B partner_of A) counts in either direction.
/// </summary>
public static class RelationScorer
{
    public static bool IsSymmetric(string predicate) => predicate is "partner_of" or "competitor_of";

    public static RelationScore Score(GoldDocument gold, IReadOnlyList<ExtractedRelation> relations, IReadOnlyDictionary<string, string> keyOfPrediction)
    {
        var expected = gold.Relations.Select(r => Canonical((r.Subject, r.Predicate, r.Object))).ToHashSet();
        var predicted = new HashSet<(string, string, string)>();
        foreach (var relation in relations.Where(r => r.Predicate != Pipeline.Relations.RelationExtractor.CoOccurrence))
        {
            var subject = keyOfPrediction.GetValueOrDefault(relation.SubjectId, "?" + relation.SubjectId);
            var obj = keyOfPrediction.GetValueOrDefault(relation.ObjectId, "?" + relation.ObjectId);
            predicted.Add(Canonical((subject, relation.Predicate, obj)));
        }
        var correct = predicted.Intersect(expected).ToList();
        return new RelationScore(gold.Doc, expected.Count, predicted.Count, correct.Count,
            expected.Except(correct).Select(Format).ToList(), predicted.Except(correct).Select(Format).ToList());
    }

    private static (string Subject, string Predicate, string Object) Canonical((string Subject, string Predicate, string Object) t) =>
        IsSymmetric(t.Predicate) && string.CompareOrdinal(t.Subject, t.Object) > 0 ? (t.Object, t.Predicate, t.Subject) : t;

    private static string Format((string Subject, string Predicate, string Object) t) => $"{t.Subject} {t.Predicate} {t.Object}";
}

public sealed record RelationScore(string Doc, int Gold, int Predicted, int Correct, IReadOnlyList<string> Missed, IReadOnlyList<string> Wrong);
