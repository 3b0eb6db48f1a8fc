using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Extraction.Curations;
using Platform.Extraction.Engine;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Extraction.Persistence;

/// <summary>
/// Replaces a document's stored extraction (mentions, relations, document entities), upserts the entities
/// and their aliases, updates the document and moves the counts of every entity and relation group touched, in one
/// transaction, after applying the operators' corrections in force (<see cref="CurationRules"/>).
/// Re-running it replaces the previous results, so it is idempotent.
/// </summary>
internal sealed partial class ExtractionResultWriter(PlatformDbContext db, ILogger<ExtractionResultWriter> logger)
{
    private const int MaxSnippetLength = 600;

    public sealed record StoredCounts(int Mentions, int Entities, int Relations);

    public sealed record SourceDocument(string Content, string MediaType);

    /// <summary>The document's content, or null when there is no such document.</summary>
    public Task<SourceDocument?> LoadAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new SourceDocument(d.Content, d.MediaType))
            .SingleOrDefaultAsync(cancellationToken);

    /// <returns>Null when the document was deleted meanwhile.</returns>
    public Task<StoredCounts?> ReplaceAsync(Guid documentId, string content, ExtractionResult result, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await CurationLock.TakeSharedAsync(db, cancellationToken);
            // Lock order shared with deletion: the document first, then its entities. A concurrent delete
            // either finished before (NOT_FOUND) or waits for this transaction and then removes its results.
            var locked = await db.Database
                .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM documents WHERE id = {documentId} FOR UPDATE")
                .ToListAsync(cancellationToken);
            if (locked.Count == 0)
            {
                return null;
            }

            var curated = CurationRules.Apply(result, await CurationRule.InForceAsync(db, cancellationToken));
            var rows = ExtractionRows.Build(documentId, content, curated, MaxSnippetLength);
            if (rows.DroppedMentions > 0 || rows.DroppedRelations > 0)
            {
                LogDanglingReferences(documentId, rows.DroppedMentions, rows.DroppedRelations);
            }

            var countsBefore = await EntityCounts.CountByEntityAsync(db, documentId, cancellationToken);
            var groupsBefore = await RelationGroups.CountByDocumentAsync(db, documentId, cancellationToken);
            await InsertMissingEntitiesAsync(rows.Entities, cancellationToken);
            await InsertAliasesAsync(rows.Aliases, cancellationToken);

            await db.Mentions.Where(m => m.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await db.Relations.Where(r => r.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await db.DocumentEntities.Where(de => de.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
            await ExtractionRowCopier.CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, cancellationToken);

            var metadata = curated.Metadata;
            var title = metadata.Title?.Trim() ?? "";
            // PostgreSQL's timestamptz stores an instant: front matter dates such as "+08:00" are kept as UTC.
            var publishedAt = metadata.PublishedAt?.ToUniversalTime();
            await db.Documents.Where(d => d.Id == documentId).ExecuteUpdateAsync(update => update
                .SetProperty(d => d.Language, metadata.Language)
                .SetProperty(d => d.PublishedAt, d => publishedAt ?? d.PublishedAt)
                .SetProperty(d => d.Title, d => d.Title == "" ? title : d.Title)
                .SetProperty(d => d.ExtractionStatus, ExtractionStatus.Succeeded)
                .SetProperty(d => d.ExtractionError, (string?)null)
                .SetProperty(d => d.UpdatedAt, DateTimeOffset.UtcNow), cancellationToken);

            if (metadata.Tags.Count > 0)
            {
                // Tags from front matter join the document's metadata unless the client already set "tags".
                var tags = string.Join(", ", metadata.Tags);
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"UPDATE documents SET metadata = metadata || jsonb_build_object('tags', {tags}::text) WHERE id = {documentId} AND NOT metadata ? 'tags'",
                    cancellationToken);
            }

            // Entity rows last: they are what concurrent extractions share, so they stay locked only from here to the commit.
            var countsAfter = rows.Mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            await EntityCounts.LockAsync(db, countsBefore.Keys.Concat(rows.Entities.Select(e => e.Id)), cancellationToken);
            await UpdateEntitiesAsync(rows.Entities, cancellationToken);
            await EntityCounts.ApplyAsync(db, countsBefore, countsAfter, cancellationToken);
            var groupsAfter = RelationGroups.Count(rows.Relations.Select(r => (r.SubjectId, r.Predicate, r.ObjectId, 1)));
            await RelationGroups.ApplyAsync(db, groupsBefore, groupsAfter, cancellationToken);
            // The document's job is settled with its results: a dispatcher whose call was cut off after this commit (the
            // replica died before it answered) finds the job done and does not have the document extracted again.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                UPDATE extraction_jobs SET state = {(int)ExtractionJobState.Succeeded}, extractions = extractions + 1, last_error = NULL, updated_at = now()
                WHERE document_id = {documentId}
                """,
                cancellationToken);
            // Delivered at commit, never for a rollback: watchers hear of the document only once its rows are readable.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT pg_notify({GraphChanges.DocumentExtractedChannel}, {documentId.ToString()})", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new StoredCounts(rows.Mentions.Count, rows.Entities.Count, rows.Relations.Count);
        });
    }

    // Sorted by id so that concurrent extractions meeting on the same new entity wait on each other in one order.
    private Task InsertMissingEntitiesAsync(IReadOnlyList<KnowledgeEntity> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0)
        {
            return Task.CompletedTask;
        }
        var sorted = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var ids = sorted.Select(e => e.Id).ToArray();
        var names = sorted.Select(e => e.Name).ToArray();
        var namesZh = sorted.Select(e => e.NameZh).ToArray();
        var types = sorted.Select(e => (int)e.Type).ToArray();
        var descriptions = sorted.Select(e => e.Description).ToArray();
        var wikidataIds = sorted.Select(e => e.WikidataId).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO entities (id, name, name_zh, type, description, wikidata_id, mention_count, document_count, created_at, updated_at)
            SELECT u.id, u.name, u.name_zh, u.type, u.description, u.wikidata_id, 0, 0, now(), now()
            FROM unnest({ids}::text[], {names}::text[], {namesZh}::text[], {types}::int[], {descriptions}::text[], {wikidataIds}::text[])
                 AS u(id, name, name_zh, type, description, wikidata_id)
            ORDER BY u.id
            ON CONFLICT (id) DO NOTHING
            """,
            cancellationToken);
    }

    // The latest extraction names the entity; facts it does not know (null) keep their stored values.
    private Task UpdateEntitiesAsync(IReadOnlyList<KnowledgeEntity> entities, CancellationToken cancellationToken)
    {
        if (entities.Count == 0)
        {
            return Task.CompletedTask;
        }
        var ids = entities.Select(e => e.Id).ToArray();
        var names = entities.Select(e => e.Name).ToArray();
        var namesZh = entities.Select(e => e.NameZh).ToArray();
        var types = entities.Select(e => (int)e.Type).ToArray();
        var descriptions = entities.Select(e => e.Description).ToArray();
        var wikidataIds = entities.Select(e => e.WikidataId).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            UPDATE entities AS e
            SET name = u.name, type = u.type,
                name_zh = COALESCE(u.name_zh, e.name_zh),
                description = COALESCE(u.description, e.description),
                wikidata_id = COALESCE(u.wikidata_id, e.wikidata_id),
                updated_at = now()
            FROM unnest({ids}::text[], {names}::text[], {namesZh}::text[], {types}::int[], {descriptions}::text[], {wikidataIds}::text[])
                 AS u(id, name, name_zh, type, description, wikidata_id)
            WHERE e.id = u.id
              AND (e.name, e.type, e.name_zh, e.description, e.wikidata_id) IS DISTINCT FROM
                  (u.name, u.type, COALESCE(u.name_zh, e.name_zh), COALESCE(u.description, e.description), COALESCE(u.wikidata_id, e.wikidata_id))
            """,
            cancellationToken);
    }

    private Task InsertAliasesAsync(IReadOnlyList<EntityAlias> aliases, CancellationToken cancellationToken)
    {
        if (aliases.Count == 0)
        {
            return Task.CompletedTask;
        }
        var entityIds = aliases.Select(a => a.EntityId).ToArray();
        var keys = aliases.Select(a => a.NormalizedAlias).ToArray();
        var texts = aliases.Select(a => a.Alias).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO entity_aliases (entity_id, normalized_alias, alias)
            SELECT u.entity_id, u.normalized_alias, u.alias
            FROM unnest({entityIds}::text[], {keys}::text[], {texts}::text[]) AS u(entity_id, normalized_alias, alias)
            ORDER BY u.entity_id, u.normalized_alias
            ON CONFLICT (entity_id, normalized_alias) DO NOTHING
            """,
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Document {DocumentId}: dropped {Mentions} mentions and {Relations} relations naming entities the engine did not return")]
    private partial void LogDanglingReferences(Guid documentId, int mentions, int relations);
}
