using Microsoft.EntityFrameworkCore;
using Platform.Storage;
using Platform.Storage.Entities;
using StoredCuration = Platform.Storage.Entities.Curation;

namespace Platform.Documents.Curations;

internal sealed class CurationReader(PlatformDbContext db)
{
    public const int DefaultPageSize = 20, MaxPageSize = 100, MaxEngineReasons = 20;

    public sealed record Progress(StoredCuration Curation, int DocumentsPending);

    public sealed record Page(IReadOnlyList<Progress> Curations, long? NextBeforeId);

    public sealed record EngineReason(string Reason, int DocumentCount);

    public async Task<Progress?> FindAsync(long curationId, CancellationToken ct) =>
        await db.Curations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == curationId, ct) is { } curation
            ? (await WithProgressAsync([curation], ct))[0]
            : null;

    /// <summary>Newest first, before <paramref name="beforeId"/> (0 for the newest).</summary>
    public async Task<Page> ListAsync(string? entityId, bool includeUndone, int pageSize, long beforeId, CancellationToken ct)
    {
        var query = db.Curations.AsNoTracking();
        if (entityId is not null)
        {
            query = query.Where(c => c.EntityId == entityId || c.TargetEntityId == entityId);
        }
        if (!includeUndone)
        {
            query = query.Where(c => c.UndoneAt == null);
        }
        if (beforeId > 0)
        {
            query = query.Where(c => c.Id < beforeId);
        }
        var rows = await query.OrderByDescending(c => c.Id).Take(pageSize + 1).ToListAsync(ct);
        var page = rows.Take(pageSize).ToList();
        return new Page(await WithProgressAsync(page, ct), rows.Count > pageSize ? page[^1].Id : null);
    }

    /// <summary>Why the engine linked the entity's names, as it recorded per document, most frequent first.</summary>
    public Task<List<EngineReason>> EngineReasonsAsync(string entityId, CancellationToken ct) =>
        db.Database.SqlQuery<EngineReason>(
            $"""
            SELECT reason AS "Reason", count(*)::int AS "DocumentCount"
            FROM document_entities, unnest(merge_reasons) AS reason
            WHERE entity_id = {entityId}
            GROUP BY reason
            ORDER BY count(*) DESC, reason
            LIMIT {MaxEngineReasons}
            """).ToListAsync(ct);

    public Task<bool> EntityExistsAsync(string entityId, CancellationToken ct) => db.Entities.AnyAsync(e => e.Id == entityId, ct);

    private async Task<List<Progress>> WithProgressAsync(IReadOnlyList<StoredCuration> curations, CancellationToken ct)
    {
        var ids = curations.Where(c => c.DocumentIds.Count > 0).Select(c => c.Id).ToArray();
        var pending = ids.Length == 0
            ? []
            : await db.Database.SqlQuery<PendingRow>(
                $"""
                SELECT c.id AS "CurationId", count(*)::int AS "Pending"
                FROM curations AS c JOIN extraction_jobs AS j ON j.document_id = ANY(c.document_ids)
                WHERE c.id = ANY({ids}) AND j.state IN ({(int)ExtractionJobState.Pending}, {(int)ExtractionJobState.Running})
                GROUP BY c.id
                """).ToDictionaryAsync(r => r.CurationId, r => r.Pending, ct);
        return curations.Select(c => new Progress(c, pending.GetValueOrDefault(c.Id))).ToList();
    }

    private sealed record PendingRow(long CurationId, int Pending);
}
