using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// The entities related to one entity, one row per (other entity, predicate, direction) with its evidence.
/// Stated predicates come before co-occurrence; each group by evidence count.
/// </summary>
internal sealed class RelatedEntitiesQuery(PlatformDbContext db, EntityProjection projection)
{
    public const string CoOccurrence = "co_occurrence";
    public const string Outgoing = "outgoing";
    public const string Incoming = "incoming";
    // Co-occurrence has no subject/object order worth keeping apart: both stored orders form one group.
    public const string Undirected = "undirected";

    // Read per group before repeats (one sentence stating a pair twice) are dropped and the shown few kept.
    private const int EvidenceCandidatesPerGroup = PageLimits.EvidencePerRelation * 3;

    public async Task<IReadOnlyList<RelatedEntity>> ListAsync(string entityId, int limit, CancellationToken cancellationToken)
    {
        var groups = await Edges(entityId)
            .GroupBy(e => new { e.OtherId, e.Predicate, e.Direction })
            .Select(g => new { g.Key.OtherId, g.Key.Predicate, g.Key.Direction, Count = g.Count() })
            .OrderBy(g => g.Predicate == CoOccurrence ? 1 : 0)
            .ThenByDescending(g => g.Count)
            .ThenBy(g => g.Predicate)
            .ThenBy(g => g.OtherId)
            .Take(limit)
            .ToListAsync(cancellationToken);
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

    private IQueryable<Edge> Edges(string entityId) =>
        db.Relations.AsNoTracking()
            .Where(r => r.SubjectId == entityId && r.ObjectId != entityId)
            .Select(r => new Edge
            {
                Id = r.Id,
                OtherId = r.ObjectId,
                Predicate = r.Predicate,
                Direction = r.Predicate == CoOccurrence ? Undirected : Outgoing,
                DocumentId = r.DocumentId,
                Evidence = r.Evidence,
                Confidence = r.Confidence,
            })
            .Concat(db.Relations.AsNoTracking()
                .Where(r => r.ObjectId == entityId && r.SubjectId != entityId)
                .Select(r => new Edge
                {
                    Id = r.Id,
                    OtherId = r.SubjectId,
                    Predicate = r.Predicate,
                    Direction = r.Predicate == CoOccurrence ? Undirected : Incoming,
                    DocumentId = r.DocumentId,
                    Evidence = r.Evidence,
                    Confidence = r.Confidence,
                }));

    private sealed class Edge
    {
        public long Id { get; init; }
        public required string OtherId { get; init; }
        public required string Predicate { get; init; }
        public required string Direction { get; init; }
        public Guid DocumentId { get; init; }
        public required string Evidence { get; init; }
        public double Confidence { get; init; }
    }
}
