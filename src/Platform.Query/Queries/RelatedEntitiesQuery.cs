using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// The entities related to one entity, one row per (other entity, predicate, direction) with its evidence.
/// Stated predicates come before co-occurrence; each group by evidence count, as kept in relation_groups. One
/// statement (<see cref="ReadStatements.RelatedEntities"/>) reads the groups, the other entities and the evidence.
/// </summary>
internal sealed class RelatedEntitiesQuery(PlatformDbContext db)
{
    public async Task<IReadOnlyList<RelatedEntity>> ListAsync(string entityId, int limit, CancellationToken cancellationToken) =>
        await db.QueryAsync(ReadStatements.RelatedEntities, async reader =>
        {
            var related = new List<RelatedEntity>(limit);
            while (await reader.ReadAsync(cancellationToken))
            {
                var item = new RelatedEntity
                {
                    Entity = EntityProjection.Read(reader),
                    Predicate = reader.GetString(9),
                    Direction = reader.GetString(10),
                    EvidenceCount = reader.GetInt32(11),
                };
                var documents = reader.IsDBNull(12) ? [] : reader.GetFieldValue<Guid[]>(12);
                var snippets = reader.IsDBNull(13) ? [] : reader.GetFieldValue<string[]>(13);
                item.Evidence.AddRange(EdgeEvidenceQuery.Shown(documents.Zip(snippets, (document, snippet) =>
                    new Evidence { DocumentId = document.ToString(), Snippet = snippet })));
                related.Add(item);
            }
            return related;
        }, cancellationToken, entityId, limit, EdgeEvidenceQuery.CandidatesPerEdge);
}
