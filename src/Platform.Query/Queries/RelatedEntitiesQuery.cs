using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// The entities related to one entity, one row per (other entity, predicate, direction) with its evidence.
/// Stated predicates come before co-occurrence; each group by evidence count, as kept in relation_groups.
/// </summary>
internal sealed class RelatedEntitiesQuery(PlatformDbContext db, EntityProjection projection)
{
    // Read per group before repeats (one sentence stating a pair twice) are dropped and the shown few kept.
    private const int EvidenceCandidatesPerGroup = PageLimits.EvidencePerRelation * 3;

    public async Task<IReadOnlyList<RelatedEntity>> ListAsync(string entityId, int limit, CancellationToken cancellationToken)
    {
        var groups = await db.QueryAsync(ReadStatements.RelatedGroups, async reader =>
        {
            var rows = new List<(string OtherId, string Predicate, string Direction, int Count)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3)));
            }
            return rows;
        }, cancellationToken, entityId, limit);
        if (groups.Count == 0)
        {
            return [];
        }

        var otherIds = groups.Select(g => g.OtherId).Distinct().ToList();
        var evidence = await db.QueryAsync(ReadStatements.RelatedEvidence, async reader =>
        {
            var rows = new List<(string OtherId, string Predicate, string Direction, Guid DocumentId, string Evidence)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetGuid(3), reader.GetString(4)));
            }
            return rows;
        }, cancellationToken, entityId, groups.Select(g => g.OtherId).ToArray(), groups.Select(g => g.Predicate).ToArray(),
            groups.Select(g => g.Direction).ToArray(), EvidenceCandidatesPerGroup);
        var evidenceByGroup = evidence.ToLookup(e => (e.OtherId, e.Predicate, e.Direction));

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
            item.Evidence.AddRange(evidenceByGroup[(group.OtherId, group.Predicate, group.Direction)]
                .DistinctBy(e => (e.DocumentId, e.Evidence))
                .Take(PageLimits.EvidencePerRelation)
                .Select(e => new Evidence { DocumentId = e.DocumentId.ToString(), Snippet = e.Evidence }));
            related.Add(item);
        }
        return related;
    }
}
