using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>Finds one entity by id or by any of its names, and suggests names when none matches.</summary>
internal sealed class EntityLookup(PlatformDbContext db)
{
    public Task<Entity?> FindByIdAsync(string entityId, CancellationToken cancellationToken) =>
        ReadEntityAsync(ReadStatements.EntityById, entityId, cancellationToken);

    /// <summary>
    /// Matches a name's <see cref="NameKey"/> against every alias in every language, so case and full-/half-width do
    /// not matter. When two entities share the alias, the more mentioned one wins. Entities no longer mentioned
    /// anywhere (all their documents deleted) are not found by name.
    /// </summary>
    public Task<Entity?> FindByNameKeyAsync(string key, CancellationToken cancellationToken) =>
        ReadEntityAsync(ReadStatements.EntityByName, key, cancellationToken);

    /// <summary>The aliases closest to a name's <see cref="NameKey"/> by trigram similarity, at most one per entity.</summary>
    public async Task<IReadOnlyList<string>> SuggestNamesAsync(string key, int count, CancellationToken cancellationToken)
    {
        var candidates = await db.EntityAliases.AsNoTracking()
            .Where(a => EF.Functions.TrigramsAreSimilar(a.NormalizedAlias, key))
            .Join(db.Entities.Where(e => e.MentionCount > 0), a => a.EntityId, e => e.Id, (a, e) => new
            {
                a.EntityId,
                a.Alias,
                Similarity = EF.Functions.TrigramsSimilarity(a.NormalizedAlias, key),
                e.MentionCount,
            })
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => c.MentionCount)
            .ThenBy(c => c.Alias)
            .Take(count * 8)
            .ToListAsync(cancellationToken);

        return candidates
            .DistinctBy(c => c.EntityId)
            .Select(c => c.Alias)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    private Task<Entity?> ReadEntityAsync(string sql, string key, CancellationToken cancellationToken) =>
        db.QueryAsync(sql, async reader => await reader.ReadAsync(cancellationToken) ? EntityProjection.Read(reader) : null,
            cancellationToken, key);
}
