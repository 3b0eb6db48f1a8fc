using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// An entity's neighbourhood: breadth first to the requested depth, one statement per level for the strongest edges
/// of every entity on it, then one for the evidence of all edges and one for the entities.
/// </summary>
internal sealed class NeighbourhoodQuery(PlatformDbContext db, EntityProjection projection, EdgeEvidenceQuery evidence)
{
    public const int MaxDepth = 2;

    public async Task<GetNeighbourhoodResponse> ReadAsync(string entityId, int depth, int limit, bool coOccurrence, RelationFilter filter,
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
                edges.TryAdd(EdgeKey.Of(group.EntityId, group.OtherId, group.Predicate, group.Direction), group.Count);
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

        var sentences = await evidence.ReadAsync(edges.Keys, filter, cancellationToken);
        foreach (var (key, count) in edges)
        {
            var edge = new GraphEdge { SubjectEntityId = key.Subject, Predicate = key.Predicate, ObjectEntityId = key.Object, EvidenceCount = count };
            edge.Evidence.AddRange(sentences[key]);
            response.Edges.Add(edge);
        }
        return response;
    }

    private Task<List<(string EntityId, string OtherId, string Predicate, string Direction, int Count)>> GroupsAsync(
        string[] entityIds, int limit, bool coOccurrence, RelationFilter filter, CancellationToken cancellationToken)
    {
        object?[] parameters = filter.IsEmpty
            ? [entityIds, coOccurrence, limit]
            : [entityIds, coOccurrence, limit, filter.DocumentId, filter.From, filter.To];
        return db.QueryAsync(filter.IsEmpty ? GraphStatements.Groups : GraphStatements.FilteredGroups, async reader =>
        {
            var rows = new List<(string, string, string, string, int)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
            }
            return rows;
        }, cancellationToken, parameters);
    }
}
