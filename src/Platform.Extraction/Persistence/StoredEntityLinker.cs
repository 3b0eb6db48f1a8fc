using Microsoft.EntityFrameworkCore;
using Platform.Extraction.Engine;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Extraction.Persistence;

/// <summary>
/// Links names outside the curated KB across documents: an entity the engine identified only by its name
/// (<c>ent:</c> ids) takes the id of a stored entity of the same type that already has one of its names as an
/// alias, so that 尼克·克莱格 in one document and "Nick Clegg" / 尼克·克莱格 in another are one entity. Entities
/// no stored document mentions any more (their aliases outlive them) are not linked to.
/// </summary>
internal sealed class StoredEntityLinker(PlatformDbContext db)
{
    private const string NameDerivedPrefix = "ent:";

    public async Task<ExtractionResult> LinkAsync(ExtractionResult result, CancellationToken cancellationToken)
    {
        var local = result.Entities.Where(e => e.Id.StartsWith(NameDerivedPrefix, StringComparison.Ordinal)).ToList();
        if (local.Count == 0)
        {
            return result;
        }
        var keysOf = local.ToDictionary(e => e.Id, e => e.SurfaceForms.Append(e.Name).Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal));
        var keys = keysOf.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToArray();
        var stored = await db.EntityAliases.AsNoTracking()
            .Where(a => keys.Contains(a.NormalizedAlias) && a.EntityId.StartsWith(NameDerivedPrefix))
            .Join(db.Entities.Where(e => e.MentionCount > 0), a => a.EntityId, e => e.Id, (a, e) => new { a.EntityId, a.NormalizedAlias, e.Type, e.MentionCount })
            .ToListAsync(cancellationToken);

        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = result.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in local)
        {
            var match = stored
                .Where(s => s.EntityId != entity.Id && s.Type == (EntityKind)(int)entity.Type && keysOf[entity.Id].Contains(s.NormalizedAlias))
                .OrderByDescending(s => s.MentionCount).ThenBy(s => s.EntityId, StringComparer.Ordinal)
                .FirstOrDefault();
            if (match is not null && !taken.Contains(match.EntityId))
            {
                renamed[entity.Id] = match.EntityId;
                taken.Add(match.EntityId);
            }
        }
        return renamed.Count == 0 ? result : Rename(result, renamed);
    }

    private static ExtractionResult Rename(ExtractionResult result, Dictionary<string, string> renamed)
    {
        string Id(string id) => renamed.GetValueOrDefault(id, id);
        return result with
        {
            Entities = result.Entities.Select(e => renamed.TryGetValue(e.Id, out var id)
                ? e with { Id = id, MergeReasons = [.. e.MergeReasons, $"a stored entity of another document is also named \"{e.Name}\""] }
                : e).ToList(),
            Mentions = result.Mentions.Select(m => m with { EntityId = Id(m.EntityId) }).ToList(),
            Relations = result.Relations.Select(r => r with { SubjectId = Id(r.SubjectId), ObjectId = Id(r.ObjectId) }).ToList(),
        };
    }
}
