using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Documents.Validation;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Documents.Persistence;

/// <summary>Writes documents together with their extraction jobs (the outbox), and deletes them.</summary>
internal sealed class DocumentWriter(PlatformDbContext db)
{
    public sealed record IngestOutcome(Guid DocumentId, bool Created);

    /// <summary>
    /// Stores the document and its extraction job in one transaction, or returns the existing document
    /// with the same content. Race-safe: concurrent ingests of the same content meet at the unique index.
    /// </summary>
    public Task<IngestOutcome> IngestAsync(NewDocument document, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            for (var attempt = 0; ; attempt++)
            {
                var id = Guid.CreateVersion7();
                var now = DateTimeOffset.UtcNow;
                var metadata = JsonSerializer.Serialize(document.Metadata);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""
                    INSERT INTO documents (id, source_uri, title, media_type, language, content, content_sha256, size_chars,
                                           metadata, extraction_status, created_at, updated_at)
                    VALUES ({id}, {document.SourceUri}, {document.Title}, {document.MediaType}, 'und', {document.Content},
                            {document.ContentSha256}, {document.SizeChars}, {metadata}::jsonb, {(int)ExtractionStatus.Pending}, {now}, {now})
                    ON CONFLICT (content_sha256) DO NOTHING
                    """,
                    cancellationToken);
                if (inserted == 1)
                {
                    await db.Database.ExecuteSqlInterpolatedAsync(
                        $"""
                        INSERT INTO extraction_jobs (document_id, state, attempts, next_attempt_at, created_at, updated_at, trace_parent)
                        VALUES ({id}, {(int)ExtractionJobState.Pending}, 0, {now}, {now}, {now}, {Activity.Current?.Id})
                        """,
                        cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return new IngestOutcome(id, Created: true);
                }
                await transaction.RollbackAsync(cancellationToken);
                var existing = await db.Documents.AsNoTracking()
                    .Where(d => d.ContentSha256 == document.ContentSha256)
                    .Select(d => (Guid?)d.Id)
                    .SingleOrDefaultAsync(cancellationToken);
                if (existing is { } existingId)
                {
                    return new IngestOutcome(existingId, Created: false);
                }
                // The conflicting document was deleted in between: insert again.
                if (attempt >= 3)
                {
                    throw new InvalidOperationException("The document kept conflicting with a document that no longer exists.");
                }
            }
        });
    }

    /// <summary>
    /// Deletes the document; mentions, relations, document entities and the extraction job go with it
    /// (ON DELETE CASCADE) and the counts of the entities it mentioned and of its relation groups go down by what it held,
    /// all in one transaction.
    /// </summary>
    /// <returns>False when there is no such document.</returns>
    public Task<bool> DeleteAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Lock order shared with extraction: the document first, then its entities.
            var locked = await db.Database
                .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM documents WHERE id = {documentId} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (locked.Count == 0)
            {
                return false;
            }
            var countsBefore = await EntityCounts.CountByEntityAsync(db, documentId, cancellationToken);
            var groupsBefore = await RelationGroups.CountByDocumentAsync(db, documentId, cancellationToken);
            await db.Documents.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken);
            await EntityCounts.LockAsync(db, countsBefore.Keys, cancellationToken);
            await EntityCounts.ApplyAsync(db, countsBefore, new Dictionary<string, int>(), cancellationToken);
            await RelationGroups.ApplyAsync(db, groupsBefore, new Dictionary<RelationGroups.Key, int>(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
