using Microsoft.EntityFrameworkCore;

namespace Platform.Storage;

/// <summary>
/// Keeps <see cref="Entities.KnowledgeEntity.MentionCount"/> and <see cref="Entities.KnowledgeEntity.DocumentCount"/>
/// exact. Call both methods inside the transaction that changes a document's mentions (extraction,
/// re-extraction, deletion): <see cref="LockAsync"/> before changing mentions, <see cref="RecomputeAsync"/> after.
/// </summary>
/// <remarks>
/// Entities whose counts drop to zero are kept (with zero counts), not deleted: they may still be
/// referenced by relations or known from the curated knowledge base, and deleting them would race with
/// a concurrent extraction that is about to mention them again. Listings filter on <c>mention_count &gt; 0</c>.
/// </remarks>
public static class EntityCounts
{
    /// <summary>
    /// Locks the given entities (in id order, so concurrent callers cannot deadlock) until the transaction
    /// ends. Two transactions changing mentions of the same entity are thereby serialised, and the later
    /// one's recount sees the earlier one's mentions.
    /// </summary>
    public static Task LockAsync(PlatformDbContext db, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return Task.CompletedTask;
        }
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT id FROM entities WHERE id = ANY({ids}) ORDER BY id FOR UPDATE",
            cancellationToken);
    }

    /// <summary>Recomputes mention and document counts of the given entities from the mentions table (one statement).</summary>
    public static Task<int> RecomputeAsync(PlatformDbContext db, IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken)
    {
        if (entityIds.Count == 0)
        {
            return Task.FromResult(0);
        }
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE entities AS e
            SET mention_count = c.mention_count, document_count = c.document_count, updated_at = now()
            FROM (
                SELECT t.id, count(m.id)::int AS mention_count, count(DISTINCT m.document_id)::int AS document_count
                FROM unnest({ids}::text[]) AS t(id)
                LEFT JOIN mentions AS m ON m.entity_id = t.id
                GROUP BY t.id
            ) AS c
            WHERE e.id = c.id
              AND (e.mention_count, e.document_count) IS DISTINCT FROM (c.mention_count, c.document_count)
            """,
            cancellationToken);
    }
}
