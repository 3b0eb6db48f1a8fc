using Microsoft.EntityFrameworkCore;

namespace Platform.Storage;

/// <summary>
/// Keeps <see cref="Entities.KnowledgeEntity.MentionCount"/> and <see cref="Entities.KnowledgeEntity.DocumentCount"/>
/// exact as documents are extracted, re-extracted and deleted: each such change moves the counts of the entities the
/// document mentioned before and after by the difference. Inside one transaction that holds the document's row lock
/// (so no two changes of one document overlap): <see cref="CountByEntityAsync"/> before the document's mentions
/// change; at the end <see cref="LockAsync"/> on every entity the transaction updates, then <see cref="ApplyAsync"/>.
/// </summary>
/// <remarks>
/// A difference, not a recount: recounting read every mention of each entity the document names, so a document
/// naming a popular entity cost more the more documents were stored. The entities are locked only at the very end
/// (in id order), so extractions naming the same entities wait on each other for no longer than the last statements
/// and the commit.
/// Entities whose counts drop to zero are kept (with zero counts), not deleted: they may still be
/// referenced by relations or known from the curated knowledge base, and deleting them would race with
/// a concurrent extraction that is about to mention them again. Listings filter on <c>mention_count &gt; 0</c>.
/// </remarks>
public static class EntityCounts
{
    /// <summary>How many mentions of each entity the document has now.</summary>
    public static async Task<Dictionary<string, int>> CountByEntityAsync(PlatformDbContext db, Guid documentId, CancellationToken cancellationToken) =>
        await db.Mentions.Where(m => m.DocumentId == documentId)
            .GroupBy(m => m.EntityId)
            .Select(g => new { EntityId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EntityId, g => g.Count, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// Locks the given entities in id order (so concurrent callers cannot deadlock) until the transaction ends.
    /// NO KEY UPDATE, the lock an UPDATE of non-key columns takes: it leaves alone the KEY SHARE locks that inserting
    /// mentions (their foreign key) takes on the same entities earlier in concurrent transactions.
    /// </summary>
    public static Task LockAsync(PlatformDbContext db, IEnumerable<string> entityIds, CancellationToken cancellationToken)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return ids.Length == 0
            ? Task.CompletedTask
            : db.Database.ExecuteSqlInterpolatedAsync($"SELECT id FROM entities WHERE id = ANY({ids}) ORDER BY id FOR NO KEY UPDATE", cancellationToken);
    }

    /// <summary>
    /// Moves the counts of every entity whose mentions in one document went from <paramref name="before"/> to
    /// <paramref name="after"/>; the entities must be locked (<see cref="LockAsync"/>).
    /// </summary>
    public static async Task ApplyAsync(PlatformDbContext db, IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after,
        CancellationToken cancellationToken)
    {
        var changes = before.Keys.Union(after.Keys, StringComparer.Ordinal)
            .Select(id => (Id: id, Before: before.GetValueOrDefault(id), After: after.GetValueOrDefault(id)))
            .Select(c => (c.Id, Mentions: c.After - c.Before, Documents: (c.After > 0 ? 1 : 0) - (c.Before > 0 ? 1 : 0)))
            .Where(c => c.Mentions != 0 || c.Documents != 0)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        if (changes.Count == 0)
        {
            return;
        }
        var ids = changes.Select(c => c.Id).ToArray();
        var mentions = changes.Select(c => c.Mentions).ToArray();
        var documents = changes.Select(c => c.Documents).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE entities AS e
            SET mention_count = e.mention_count + c.mentions, document_count = e.document_count + c.documents, updated_at = now()
            FROM unnest({ids}::text[], {mentions}::int[], {documents}::int[]) AS c(id, mentions, documents)
            WHERE e.id = c.id
            """,
            cancellationToken);
    }
}
