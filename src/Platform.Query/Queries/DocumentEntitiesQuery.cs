using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>The entities one document mentions, most salient first.</summary>
internal sealed class DocumentEntitiesQuery(PlatformDbContext db, EntityProjection projection)
{
    /// <returns>Null when the document does not exist.</returns>
    public async Task<IReadOnlyList<DocumentEntity>?> ListAsync(Guid documentId, CancellationToken cancellationToken)
    {
        if (!await db.Documents.AnyAsync(d => d.Id == documentId, cancellationToken))
        {
            return null;
        }

        var rows = await db.DocumentEntities.AsNoTracking()
            .Where(de => de.DocumentId == documentId)
            .Join(db.Entities, de => de.EntityId, e => e.Id, (de, e) => new { DocumentEntity = de, Entity = e })
            .OrderByDescending(r => r.DocumentEntity.Salience)
            .ThenByDescending(r => r.DocumentEntity.MentionCount)
            .ThenBy(r => r.Entity.Id)
            .ToListAsync(cancellationToken);
        var entities = await projection.ToApiAsync(rows.Select(r => r.Entity).ToList(), cancellationToken);

        return rows.Select(r =>
        {
            var item = new DocumentEntity
            {
                Entity = entities[r.Entity.Id],
                MentionCount = r.DocumentEntity.MentionCount,
                Salience = r.DocumentEntity.Salience,
            };
            item.SurfaceForms.AddRange(r.DocumentEntity.SurfaceForms);
            return item;
        }).ToList();
    }
}
