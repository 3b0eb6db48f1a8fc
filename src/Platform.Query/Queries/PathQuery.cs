using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// The shortest chain of relations between two entities: a breadth-first search, one statement per level, first over
/// stated relations only, then (when they join nothing) over co-occurrence as well; then each hop's best sentence.
/// </summary>
internal sealed class PathQuery(PlatformDbContext db)
{
    public const int MaxHops = 4;

    /// <summary>The entity ids from <paramref name="from"/> to <paramref name="to"/>, or null when none is within reach.</summary>
    public async Task<IReadOnlyList<string>?> FindAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        await SearchAsync(from, to, maxHops, coOccurrence: false, cancellationToken)
        ?? await SearchAsync(from, to, maxHops, coOccurrence: true, cancellationToken);

    public async Task<IReadOnlyList<PathHop>> HopsAsync(IReadOnlyList<string> path, CancellationToken cancellationToken)
    {
        var hops = new List<PathHop>(path.Count - 1);
        for (var i = 0; i + 1 < path.Count; i++)
        {
            hops.Add(await db.QueryAsync(ReadStatements.BestEdge, async reader =>
            {
                await reader.ReadAsync(cancellationToken);
                return new PathHop
                {
                    SubjectEntityId = reader.GetString(0),
                    Predicate = reader.GetString(1),
                    ObjectEntityId = reader.GetString(2),
                    Evidence = reader.GetString(3),
                    DocumentId = reader.GetGuid(4).ToString(),
                };
            }, cancellationToken, path[i], path[i + 1]));
        }
        return hops;
    }

    private async Task<IReadOnlyList<string>?> SearchAsync(string from, string to, int maxHops, bool coOccurrence, CancellationToken cancellationToken)
    {
        var cameFrom = new Dictionary<string, string> { [from] = "" };
        var frontier = new[] { from };
        for (var hop = 0; hop < maxHops && frontier.Length > 0; hop++)
        {
            var edges = await db.QueryAsync(ReadStatements.Neighbours, async reader =>
            {
                var read = new List<(string From, string To)>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    read.Add((reader.GetString(0), reader.GetString(1)));
                }
                return read;
            }, cancellationToken, frontier, coOccurrence);

            var next = new List<string>();
            // Ordered so that the same graph always gives the same path.
            foreach (var (source, target) in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
            {
                if (cameFrom.TryAdd(target, source))
                {
                    next.Add(target);
                }
            }
            if (cameFrom.ContainsKey(to))
            {
                var path = new List<string> { to };
                while (cameFrom[path[^1]] is { Length: > 0 } previous)
                {
                    path.Add(previous);
                }
                path.Reverse();
                return path;
            }
            frontier = [.. next];
        }
        return null;
    }
}
