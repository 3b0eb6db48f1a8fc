using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>An edge as stated (subject, predicate, object); for co-occurrence the order is the smaller id first.</summary>
internal readonly record struct EdgeKey(string Subject, string Predicate, string Object)
{
    /// <summary>The edge a relation group counts, from the group's entity and its direction.</summary>
    public static EdgeKey Of(string entityId, string otherId, string predicate, string direction) => direction switch
    {
        RelationGroups.Outgoing => new EdgeKey(entityId, predicate, otherId),
        RelationGroups.Incoming => new EdgeKey(otherId, predicate, entityId),
        _ => string.CompareOrdinal(entityId, otherId) < 0
            ? new EdgeKey(entityId, predicate, otherId)
            : new EdgeKey(otherId, predicate, entityId),
    };
}

/// <summary>Only relations of one document, or of documents dated in [From, To); all null means every relation.</summary>
internal sealed record RelationFilter(Guid? DocumentId, DateTimeOffset? From, DateTimeOffset? To)
{
    public static RelationFilter None { get; } = new(null, null, null);

    public bool IsEmpty => DocumentId is null && From is null && To is null;
}

/// <summary>The best sentences behind edges, one statement for all of them, a few index rows per edge.</summary>
internal sealed class EdgeEvidenceQuery(PlatformDbContext db)
{
    /// <summary>Read per edge before repeats (one sentence stating a pair twice) are dropped and the shown few kept.</summary>
    public const int CandidatesPerEdge = PageLimits.EvidencePerRelation * 3;

    /// <summary>The evidence shown for one edge: its best candidates without repeats, at most <see cref="PageLimits.EvidencePerRelation"/>.</summary>
    public static IEnumerable<Evidence> Shown(IEnumerable<Evidence> candidates) =>
        candidates.DistinctBy(e => (e.DocumentId, e.Snippet)).Take(PageLimits.EvidencePerRelation);

    public async Task<ILookup<EdgeKey, Evidence>> ReadAsync(IReadOnlyCollection<EdgeKey> edges, RelationFilter filter, CancellationToken cancellationToken)
    {
        if (edges.Count == 0)
        {
            return Array.Empty<EdgeKey>().ToLookup(e => e, _ => new Evidence());
        }
        string[] subjects = [.. edges.Select(e => e.Subject)], predicates = [.. edges.Select(e => e.Predicate)], objects = [.. edges.Select(e => e.Object)];
        object?[] parameters = filter.IsEmpty
            ? [subjects, predicates, objects, CandidatesPerEdge]
            : [subjects, predicates, objects, filter.DocumentId, filter.From, filter.To, CandidatesPerEdge];
        var rows = await db.QueryAsync(filter.IsEmpty ? GraphStatements.Evidence : GraphStatements.FilteredEvidence, async reader =>
        {
            var read = new List<(EdgeKey Key, Evidence Evidence)>();
            while (await reader.ReadAsync(cancellationToken))
            {
                read.Add((new EdgeKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
                    new Evidence { DocumentId = reader.GetGuid(3).ToString(), Snippet = reader.GetString(4) }));
            }
            return read;
        }, cancellationToken, parameters);
        return rows
            .GroupBy(r => r.Key)
            .SelectMany(edge => Shown(edge.Select(r => r.Evidence)).Select(evidence => (edge.Key, Evidence: evidence)))
            .ToLookup(r => r.Key, r => r.Evidence);
    }
}
