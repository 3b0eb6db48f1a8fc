using Microsoft.EntityFrameworkCore;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Extraction.Curations;

/// <summary>An operator's correction in force, with what applying it needs to know of the entities it names as stored.</summary>
/// <param name="EntityName">The stored name of the entity changed.</param>
/// <param name="TargetName">Merge: the stored name of the entity merged into.</param>
/// <param name="TargetType">Merge and split: the stored type of the target entity.</param>
internal sealed record CurationRule(
    long Id,
    CurationAction Action,
    string EntityId,
    string EntityName,
    string? TargetEntityId,
    string? TargetName,
    EntityKind? TargetType,
    string? NormalizedAlias,
    string? Name,
    string Actor,
    string Reason)
{
    /// <summary>The corrections in force, oldest first: the order they are applied in.</summary>
    public static Task<List<CurationRule>> InForceAsync(PlatformDbContext db, CancellationToken cancellationToken) =>
        (from c in db.Curations.AsNoTracking()
         where c.UndoneAt == null
         join e in db.Entities on c.EntityId equals e.Id
         join t in db.Entities on c.TargetEntityId equals t.Id into targets
         from t in targets.DefaultIfEmpty()
         orderby c.Id
         select new CurationRule(c.Id, c.Action, c.EntityId, e.Name, c.TargetEntityId, t.Name, (EntityKind?)t.Type,
             c.NormalizedAlias, c.Name, c.Actor, c.Reason))
        .ToListAsync(cancellationToken);
}
