using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// The entities related to one entity, one row per (other entity, predicate, direction) with its evidence.
/// Stated predicates come before co-occurrence; each group by evidence count, as kept in relation_groups.
/// </summary>
internal sealed class RelatedEntitiesQuery(PlatformDbContext db, EntityProjection projection, EdgeEvidenceQuery evidence)
{
    public async Task<IReadOnlyList<RelatedEntity>> ListAsync(string entityId, int limit, CancellationToken cancellationToken)
    {
        var groups = await db.QueryAsync(GraphStatements.Groups, async reader =>
        {
            var rows = new List<(string OtherId, string Predicate, string Direction, int Count)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
            }
            return rows;
        }, cancellationToken, new[] { entityId }, true, limit);
        if (groups.Count == 0)
        {
            return [];
        }

        var otherIds = groups.Select(g => g.OtherId).Distinct().ToList();
        var sentences = await evidence.ReadAsync(
            groups.Select(g => EdgeKey.Of(entityId, g.OtherId, g.Predicate, g.Direction)).ToList(), RelationFilter.None, cancellationToken);

        var others = await db.Entities.AsNoTracking().Where(e => otherIds.Contains(e.Id)).ToListAsync(cancellationToken);
        var apiOthers = await projection.ToApiAsync(others, cancellationToken);

        var related = new List<RelatedEntity>(groups.Count);
        foreach (var group in groups)
        {
            if (!apiOthers.TryGetValue(group.OtherId, out var other))
            {
                continue;
            }
            var item = new RelatedEntity
            {
                Entity = other,
                Predicate = group.Predicate,
                Direction = group.Direction,
                EvidenceCount = group.Count,
            };
            item.Evidence.AddRange(sentences[EdgeKey.Of(entityId, group.OtherId, group.Predicate, group.Direction)]);
            related.Add(item);
        }
        return related;
    }
}
