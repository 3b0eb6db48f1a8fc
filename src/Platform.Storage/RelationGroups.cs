using Microsoft.EntityFrameworkCore;
using Platform.Storage.Entities;

namespace Platform.Storage;

/// <summary>
/// Keeps <see cref="RelationGroup"/> rows exact as documents are extracted, re-extracted and deleted, the way
/// <see cref="EntityCounts"/> keeps mention counts: inside the transaction that holds the document's row lock,
/// <see cref="CountByDocumentAsync"/> before the document's relations change, and at the end, after the entities are
/// locked, <see cref="ApplyAsync"/> with the groups of the relations stored now (<see cref="Count"/>).
/// </summary>
/// <remarks>
/// Counting an entity's groups at read time scanned every edge of it, and a popular entity has tens of thousands
/// (OpenAI: 31,800 after 14,000 documents); the cost grew with the corpus and once the relations outgrew PostgreSQL's
/// buffers a miss took seconds. Moving the counts by each document's difference costs the document's own relations.
/// </remarks>
public static class RelationGroups
{
    public const string CoOccurrence = "co_occurrence";
    public const string Outgoing = "outgoing";
    public const string Incoming = "incoming";
    /// <summary>Co-occurrence has no subject/object order worth keeping apart: both stored orders form one group.</summary>
    public const string Undirected = "undirected";

    /// <summary>
    /// Every group counted afresh from the stored relations (entity_id, other_id, predicate, direction,
    /// evidence_count): what the table holds when the counts are exact. The migration fills the table with it.
    /// </summary>
    public const string RecountSql = $"""
        SELECT ends.entity_id, ends.other_id, ends.predicate, ends.direction, sum(ends.evidence_count)::int AS evidence_count
        FROM (
            SELECT subject_id AS entity_id, object_id AS other_id, predicate,
                   CASE WHEN predicate = '{CoOccurrence}' THEN '{Undirected}' ELSE '{Outgoing}' END AS direction, count(*) AS evidence_count
            FROM relations WHERE subject_id <> object_id GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT object_id, subject_id, predicate,
                   CASE WHEN predicate = '{CoOccurrence}' THEN '{Undirected}' ELSE '{Incoming}' END, count(*)
            FROM relations WHERE subject_id <> object_id GROUP BY 1, 2, 3, 4
        ) AS ends
        GROUP BY 1, 2, 3, 4
        """;

    public readonly record struct Key(string EntityId, string OtherId, string Predicate, string Direction);

    /// <summary>The groups the stored relations of one document add to.</summary>
    public static async Task<Dictionary<Key, int>> CountByDocumentAsync(PlatformDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        var stated = await db.Relations.Where(r => r.DocumentId == documentId)
            .GroupBy(r => new { r.SubjectId, r.Predicate, r.ObjectId })
            .Select(g => new { g.Key.SubjectId, g.Key.Predicate, g.Key.ObjectId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return Count(stated.Select(s => (s.SubjectId, s.Predicate, s.ObjectId, s.Count)));
    }

    /// <summary>The groups of some relations, each counted from both of its ends; a relation of an entity to itself joins no group.</summary>
    public static Dictionary<Key, int> Count(IEnumerable<(string Subject, string Predicate, string Object, int Count)> relations)
    {
        var groups = new Dictionary<Key, int>();
        foreach (var (subject, predicate, obj, count) in relations)
        {
            if (string.Equals(subject, obj, StringComparison.Ordinal))
            {
                continue;
            }
            var coOccurrence = predicate == CoOccurrence;
            Add(new Key(subject, obj, predicate, coOccurrence ? Undirected : Outgoing));
            Add(new Key(obj, subject, predicate, coOccurrence ? Undirected : Incoming));

            void Add(Key key) => groups[key] = groups.GetValueOrDefault(key) + count;
        }
        return groups;
    }

    /// <summary>
    /// Moves every group by its difference from <paramref name="before"/> to <paramref name="after"/> and removes the
    /// groups left empty. The rows are written in key order, so concurrent callers cannot deadlock on them.
    /// </summary>
    public static async Task ApplyAsync(PlatformDbContext db, IReadOnlyDictionary<Key, int> before, IReadOnlyDictionary<Key, int> after,
        CancellationToken cancellationToken)
    {
        var changes = before.Keys.Union(after.Keys)
            .Select(key => (Key: key, Delta: after.GetValueOrDefault(key) - before.GetValueOrDefault(key)))
            .Where(c => c.Delta != 0)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }
        var entityIds = changes.Select(c => c.Key.EntityId).ToArray();
        var otherIds = changes.Select(c => c.Key.OtherId).ToArray();
        var predicates = changes.Select(c => c.Key.Predicate).ToArray();
        var directions = changes.Select(c => c.Key.Direction).ToArray();
        var deltas = changes.Select(c => c.Delta).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO relation_groups AS g (entity_id, other_id, predicate, direction, evidence_count)
            SELECT c.entity_id, c.other_id, c.predicate, c.direction, c.delta
            FROM unnest({entityIds}::text[], {otherIds}::text[], {predicates}::text[], {directions}::text[], {deltas}::int[])
                 AS c(entity_id, other_id, predicate, direction, delta)
            ORDER BY c.entity_id, c.other_id, c.predicate, c.direction
            ON CONFLICT (entity_id, other_id, predicate, direction) DO UPDATE SET evidence_count = g.evidence_count + EXCLUDED.evidence_count
            """,
            cancellationToken);
        if (changes.Any(c => c.Delta < 0))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                DELETE FROM relation_groups AS g
                USING unnest({entityIds}::text[], {otherIds}::text[], {predicates}::text[], {directions}::text[])
                      AS c(entity_id, other_id, predicate, direction)
                WHERE (g.entity_id, g.other_id, g.predicate, g.direction) = (c.entity_id, c.other_id, c.predicate, c.direction)
                  AND g.evidence_count <= 0
                """,
                cancellationToken);
        }
    }
}
