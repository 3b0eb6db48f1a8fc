using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// An entity's neighbourhood: breadth first to the requested depth, one statement per level for the strongest edges
/// of every entity on it, then one for the evidence of all edges and one for the entities.
/// </summary>
internal sealed class NeighbourhoodQuery(PlatformDbContext db, EntityProjection projection)
{
    public const int MaxDepth = 2;

    /// <summary>Only relations of one document, or of documents dated in [From, To); all null means no filter.</summary>
    public sealed record Filter(Guid? DocumentId, DateTimeOffset? From, DateTimeOffset? To)
    {
        public bool IsEmpty => DocumentId is null && From is null && To is null;
    }

    private readonly record struct EdgeKey(string Subject, string Predicate, string Object);

    public async Task<GetNeighbourhoodResponse> ReadAsync(string entityId, int depth, int limit, bool coOccurrence, Filter filter,
        CancellationToken cancellationToken)
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal) { [entityId] = 0 };
        var edges = new Dictionary<EdgeKey, int>();
        string[] frontier = [entityId];
        for (var level = 1; level <= depth && frontier.Length > 0; level++)
        {
            var next = new List<string>();
            foreach (var group in await GroupsAsync(frontier, limit, coOccurrence, filter, cancellationToken))
            {
                edges.TryAdd(EdgeOf(group.EntityId, group.OtherId, group.Predicate, group.Direction), group.Count);
                if (depths.TryAdd(group.OtherId, level))
                {
                    next.Add(group.OtherId);
                }
            }
            frontier = [.. next];
        }

        var response = new GetNeighbourhoodResponse();
        var entities = await db.Entities.AsNoTracking().Where(e => depths.Keys.Contains(e.Id)).ToListAsync(cancellationToken);
        var apiEntities = await projection.ToApiAsync(entities, cancellationToken);
        response.Nodes.AddRange(depths
            .Where(node => apiEntities.ContainsKey(node.Key))
            .OrderBy(node => node.Value)
            .Select(node => new NeighbourhoodNode { Entity = apiEntities[node.Key], Depth = node.Value }));

        var evidence = await EvidenceAsync(edges.Keys.ToList(), filter, cancellationToken);
        foreach (var (key, count) in edges)
        {
            var edge = new GraphEdge { SubjectEntityId = key.Subject, Predicate = key.Predicate, ObjectEntityId = key.Object, EvidenceCount = count };
            edge.Evidence.AddRange(evidence[key]
                .DistinctBy(e => (e.DocumentId, e.Snippet))
                .Take(PageLimits.EvidencePerRelation));
            response.Edges.Add(edge);
        }
        return response;
    }

    // A group seen from one end, as the edge it counts: stated ones keep their direction, co-occurrence gets one order.
    private static EdgeKey EdgeOf(string entityId, string otherId, string predicate, string direction) => direction switch
    {
        RelationGroups.Outgoing => new EdgeKey(entityId, predicate, otherId),
        RelationGroups.Incoming => new EdgeKey(otherId, predicate, entityId),
        _ => string.CompareOrdinal(entityId, otherId) < 0
            ? new EdgeKey(entityId, predicate, otherId)
            : new EdgeKey(otherId, predicate, entityId),
    };

    private Task<List<(string EntityId, string OtherId, string Predicate, string Direction, int Count)>> GroupsAsync(
        string[] entityIds, int limit, bool coOccurrence, Filter filter, CancellationToken cancellationToken)
    {
        object?[] parameters = filter.IsEmpty
            ? [entityIds, coOccurrence, limit]
            : [entityIds, coOccurrence, limit, filter.DocumentId, filter.From, filter.To];
        return db.QueryAsync(filter.IsEmpty ? NeighbourhoodStatements.Groups : NeighbourhoodStatements.FilteredGroups, async reader =>
        {
            var rows = new List<(string, string, string, string, int)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
            }
            return rows;
        }, cancellationToken, parameters);
    }

    private async Task<ILookup<EdgeKey, Evidence>> EvidenceAsync(List<EdgeKey> edges, Filter filter, CancellationToken cancellationToken)
    {
        if (edges.Count == 0)
        {
            return Array.Empty<(EdgeKey, Evidence)>().ToLookup(e => e.Item1, e => e.Item2);
        }
        var rows = await db.QueryAsync(NeighbourhoodStatements.Evidence, async reader =>
        {
            var read = new List<(EdgeKey Key, Evidence Evidence)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                read.Add((new EdgeKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
                    new Evidence { DocumentId = reader.GetGuid(3).ToString(), Snippet = reader.GetString(4) }));
            }
            return read;
        }, cancellationToken,
            edges.Select(e => e.Subject).ToArray(), edges.Select(e => e.Predicate).ToArray(), edges.Select(e => e.Object).ToArray(),
            filter.DocumentId, filter.From, filter.To, PageLimits.EvidencePerRelation * 3);
        return rows.ToLookup(r => r.Key, r => r.Evidence);
    }
}
