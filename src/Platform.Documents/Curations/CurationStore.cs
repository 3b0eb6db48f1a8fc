using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Rpc;
using Platform.Documents.Dispatch;
using Platform.Storage;
using Platform.Storage.Entities;
using StoredCuration = Platform.Storage.Entities.Curation;

namespace Platform.Documents.Curations;

/// <summary>
/// Records corrections and their undoing, each in one transaction that also queues the stored documents it touches for
/// extraction again: the extraction service applies the corrections in force as it stores each result, so stored and
/// future documents end up alike. Renames also take effect on the stored entity at once.
/// </summary>
internal sealed class CurationStore(PlatformDbContext db)
{
    /// <summary>The id prefix of entities made by a split: "cur:" and the split's curation id.</summary>
    public const string SplitEntityPrefix = "cur:";

    public Task<StoredCuration> MergeAsync(string sourceId, string targetId, Author author, CancellationToken ct) =>
        InTransactionAsync(async () =>
        {
            if (sourceId == targetId)
            {
                throw RpcErrors.InvalidArgument($"source_entity_id and target_entity_id are both \"{TextRules.Echo(sourceId)}\": merge two different entities.");
            }
            var source = await RequireCurableAsync(sourceId, "source_entity_id", ct);
            var target = await RequireCurableAsync(targetId, "target_entity_id", ct);
            var documents = await DocumentsMentioningAsync(source.Id, null, ct);
            return await RecordAsync(new StoredCuration
            {
                Action = CurationAction.Merge,
                EntityId = source.Id,
                TargetEntityId = target.Id,
                DocumentIds = documents,
            }, author, ct);
        }, ct);

    public Task<StoredCuration> SplitAsync(string entityId, string alias, string? name, Author author, CancellationToken ct) =>
        InTransactionAsync(async () =>
        {
            var (curation, entity) = await RecordAliasChangeAsync(CurationAction.Split, entityId, alias, name ?? alias, author, "split it off", ct);
            curation.TargetEntityId = SplitEntityPrefix + curation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            db.Entities.Add(new KnowledgeEntity
            {
                Id = curation.TargetEntityId,
                Name = curation.Name!,
                Type = entity.Type,
                CreatedAt = DateTimeOffset.UtcNow,
                UpdatedAt = DateTimeOffset.UtcNow,
                Aliases = [new EntityAlias { Alias = alias, NormalizedAlias = curation.NormalizedAlias! }],
            });
            await db.SaveChangesAsync(ct);
            return curation;
        }, ct);

    public Task<StoredCuration> RenameAsync(string entityId, string name, Author author, CancellationToken ct) =>
        InTransactionAsync(async () =>
        {
            var entity = await RequireCurableAsync(entityId, "entity_id", ct);
            if (entity.Name == name)
            {
                throw RpcErrors.FailedPrecondition($"Entity \"{TextRules.Echo(entity.Id)}\" is already named \"{TextRules.Echo(name)}\".");
            }
            var curation = await RecordAsync(new StoredCuration
            {
                Action = CurationAction.Rename,
                EntityId = entity.Id,
                Name = name,
                PreviousName = entity.Name,
            }, author, ct);
            await SetNameAsync(entity.Id, name, ct);
            return curation;
        }, ct);

    public Task<StoredCuration> BlockAsync(string entityId, string alias, Author author, CancellationToken ct) =>
        InTransactionAsync(async () => (await RecordAliasChangeAsync(CurationAction.Block, entityId, alias, null, author, "block it", ct)).Curation, ct);

    /// <summary>
    /// Withdraws the change and queues again the documents it may have changed: those it queued and those extracted
    /// since under it (a merge's target mentioned by one of the source's names, a split's new entity, a blocked alias
    /// in the text).
    /// </summary>
    public Task<StoredCuration> UndoAsync(long curationId, Author author, CancellationToken ct) =>
        InTransactionAsync(async () =>
        {
            var curation = await db.Curations.SingleOrDefaultAsync(c => c.Id == curationId, ct)
                ?? throw CurationNotFound(curationId);
            if (curation.UndoneAt is not null)
            {
                throw RpcErrors.FailedPrecondition(
                    $"Curation {curationId} was already undone by {curation.UndoneBy} at {curation.UndoneAt:u}.");
            }
            List<Guid> touched = curation.Action switch
            {
                CurationAction.Merge => await DocumentsNamingAsync(curation.TargetEntityId!, await AliasKeysAsync(curation.EntityId, ct), ct),
                CurationAction.Split => await DocumentsMentioningAsync(curation.TargetEntityId!, null, ct),
                CurationAction.Block => await DocumentsContainingAsync(curation.Alias!, ct),
                _ => [],
            };
            if (curation.Action == CurationAction.Rename)
            {
                await SetNameAsync(curation.EntityId, curation.PreviousName!, ct, onlyIfNamed: curation.Name);
            }
            var documents = await ExistingAsync(curation.DocumentIds.Union(touched).ToArray(), ct);
            curation.UndoneAt = await TransactionTimeAsync(ct);
            curation.UndoneBy = author.Actor;
            curation.UndoReason = author.Reason;
            curation.DocumentIds = documents;
            await db.SaveChangesAsync(ct);
            await JobQueue.RequeueAsync(db, documents, ct);
            return curation;
        }, ct);

    public static Grpc.Core.RpcException CurationNotFound(long curationId) =>
        RpcErrors.NotFound($"No curation with id {curationId}: list them with ListCurations.");

    private async Task<StoredCuration> RecordAsync(StoredCuration curation, Author author, CancellationToken ct)
    {
        curation.Actor = author.Actor;
        curation.Reason = author.Reason;
        curation.CreatedAt = await TransactionTimeAsync(ct);
        db.Curations.Add(curation);
        await db.SaveChangesAsync(ct);
        await JobQueue.RequeueAsync(db, curation.DocumentIds, ct);
        return curation;
    }

    /// <summary>
    /// Records a split or block of one of the entity's aliases, queues the documents that use it, and takes the alias
    /// from the entity, so that neither look-ups nor the linking of later documents reach the entity through it.
    /// </summary>
    private async Task<(StoredCuration Curation, KnowledgeEntity Entity)> RecordAliasChangeAsync(
        CurationAction action, string entityId, string alias, string? name, Author author, string refusedAction, CancellationToken ct)
    {
        var entity = await RequireCurableAsync(entityId, "entity_id", ct);
        var key = await RequireAliasAsync(entity, alias, refusedAction, ct);
        var curation = await RecordAsync(new StoredCuration
        {
            Action = action,
            EntityId = entity.Id,
            Alias = alias,
            NormalizedAlias = key,
            Name = name,
            DocumentIds = await DocumentsMentioningAsync(entity.Id, key, ct),
        }, author, ct);
        await db.EntityAliases.Where(a => a.EntityId == entity.Id && a.NormalizedAlias == key).ExecuteDeleteAsync(ct);
        return (curation, entity);
    }

    /// <summary>The database's clock, as the change's rows record it.</summary>
    private Task<DateTimeOffset> TransactionTimeAsync(CancellationToken ct) =>
        db.Database.SqlQuery<DateTimeOffset>($"SELECT now() AS \"Value\"").SingleAsync(ct);

    /// <summary>The entity, unless it was merged into another (then the other is the one to curate).</summary>
    private async Task<KnowledgeEntity> RequireCurableAsync(string entityId, string field, CancellationToken ct)
    {
        var entity = await db.Entities.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entityId, ct)
            ?? throw RpcErrors.EntityNotFound(entityId, field);
        var merge = await db.Curations.AsNoTracking()
            .Where(c => c.EntityId == entityId && c.Action == CurationAction.Merge && c.UndoneAt == null)
            .Select(c => new { c.Id, c.TargetEntityId })
            .FirstOrDefaultAsync(ct);
        if (merge is not null)
        {
            throw RpcErrors.FailedPrecondition(
                $"{field}: entity \"{entityId}\" was merged into \"{merge.TargetEntityId}\" (curation {merge.Id}); curate \"{merge.TargetEntityId}\" instead, or undo curation {merge.Id} first.");
        }
        return entity;
    }

    /// <summary>The alias's key, when it is one of the entity's aliases and not its name.</summary>
    private async Task<string> RequireAliasAsync(KnowledgeEntity entity, string alias, string action, CancellationToken ct)
    {
        var key = NameKey.Normalize(alias);
        if (key == NameKey.Normalize(entity.Name) || (entity.NameZh is not null && key == NameKey.Normalize(entity.NameZh)))
        {
            throw RpcErrors.FailedPrecondition(
                $"\"{TextRules.Echo(alias)}\" is the name of entity \"{TextRules.Echo(entity.Id)}\"; rename the entity first, then {action}.");
        }
        var aliases = await db.EntityAliases.AsNoTracking().Where(a => a.EntityId == entity.Id).ToListAsync(ct);
        if (aliases.All(a => a.NormalizedAlias != key))
        {
            var known = string.Join(", ", aliases.Select(a => $"\"{a.Alias}\"").Take(20));
            throw RpcErrors.NotFound($"Entity \"{TextRules.Echo(entity.Id)}\" has no alias \"{TextRules.Echo(alias)}\"; its aliases are {known}.");
        }
        return key;
    }

    /// <summary>Documents mentioning the entity; with an alias key, only those where it is written so.</summary>
    private async Task<List<Guid>> DocumentsMentioningAsync(string entityId, string? aliasKey, CancellationToken ct) =>
        aliasKey is null
            ? await db.DocumentEntities.Where(de => de.EntityId == entityId).Select(de => de.DocumentId).ToListAsync(ct)
            : await DocumentsNamingAsync(entityId, new HashSet<string>(StringComparer.Ordinal) { aliasKey }, ct);

    /// <summary>Documents mentioning the entity by one of the names whose keys are given.</summary>
    private async Task<List<Guid>> DocumentsNamingAsync(string entityId, IReadOnlySet<string> keys, CancellationToken ct)
    {
        var rows = await db.DocumentEntities.Where(de => de.EntityId == entityId)
            .Select(de => new { de.DocumentId, de.SurfaceForms }).ToListAsync(ct);
        return rows.Where(r => r.SurfaceForms.Any(form => keys.Contains(NameKey.Normalize(form)))).Select(r => r.DocumentId).ToList();
    }

    private async Task<IReadOnlySet<string>> AliasKeysAsync(string entityId, CancellationToken ct) =>
        (await db.EntityAliases.Where(a => a.EntityId == entityId).Select(a => a.NormalizedAlias).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Documents whose text holds the alias, case-insensitively: where a blocked alias may have been dropped.</summary>
    private Task<List<Guid>> DocumentsContainingAsync(string alias, CancellationToken ct)
    {
        var pattern = "%" + alias.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        return db.Documents.Where(d => EF.Functions.ILike(d.Content, pattern)).Select(d => d.Id).ToListAsync(ct);
    }

    private async Task<List<Guid>> ExistingAsync(Guid[] documentIds, CancellationToken ct) =>
        await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct);

    /// <summary>Names the entity and makes the name one of its aliases.</summary>
    private async Task SetNameAsync(string entityId, string name, CancellationToken ct, string? onlyIfNamed = null)
    {
        var renamed = await db.Entities.Where(e => e.Id == entityId && (onlyIfNamed == null || e.Name == onlyIfNamed))
            .ExecuteUpdateAsync(update => update.SetProperty(e => e.Name, name).SetProperty(e => e.UpdatedAt, DateTimeOffset.UtcNow), ct);
        if (renamed == 1)
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""
                INSERT INTO entity_aliases (entity_id, normalized_alias, alias) VALUES ({entityId}, {NameKey.Normalize(name)}, {name})
                ON CONFLICT (entity_id, normalized_alias) DO NOTHING
                """, ct);
        }
    }

    private Task<StoredCuration> InTransactionAsync(Func<Task<StoredCuration>> change, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await CurationLock.TakeExclusiveAsync(db, ct);
            var curation = await change();
            await transaction.CommitAsync(ct);
            return curation;
        });
}
