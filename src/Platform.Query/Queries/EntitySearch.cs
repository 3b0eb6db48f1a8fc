using Microsoft.EntityFrameworkCore;
using Platform.Query.V1;
using Platform.Storage;

namespace Platform.Query.Queries;

/// <summary>
/// Ranks entities by how well their best alias matches the query: exact, then prefix, then substring
/// (each tier by mention count), then trigram-similar names (by similarity, then mention count).
/// An empty query lists every mentioned entity by mention count.
/// </summary>
internal sealed class EntitySearch(PlatformDbContext db, EntityProjection projection)
{
    private const int Exact = 0, Prefix = 1, Substring = 2, Similar = 3;
    private const string LikeEscape = "\\";

    public sealed record Page(IReadOnlyList<SearchResult> Results, long? NextOffset);

    public static string TokenScope(string query, EntityType type) => $"search|{NameKey.Normalize(query)}|{(int)type}";

    public async Task<Page> SearchAsync(string query, EntityType type, int pageSize, long offset, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(query);
        var containsPattern = "%" + EscapeLike(key) + "%";
        var kind = EntityProjection.MapToStorage(type);
        // Entities whose documents were all deleted keep their row with zero counts; they are not listed.
        var entities = db.Entities.AsNoTracking().Where(e => e.MentionCount > 0 && (kind == null || e.Type == kind));

        var ranked = key.Length == 0
            ? entities.Select(e => new Ranked { EntityId = e.Id, Tier = Exact, Similarity = 0, MentionCount = e.MentionCount })
            : db.EntityAliases.AsNoTracking()
                // LIKE '%key%' and % both use the trigram index on normalized_alias.
                .Where(a => EF.Functions.Like(a.NormalizedAlias, containsPattern, LikeEscape) || EF.Functions.TrigramsAreSimilar(a.NormalizedAlias, key))
                .Select(a => new
                {
                    a.EntityId,
                    Tier = a.NormalizedAlias == key ? Exact
                        : a.NormalizedAlias.StartsWith(key) ? Prefix
                        : a.NormalizedAlias.Contains(key) ? Substring
                        : Similar,
                    Similarity = EF.Functions.TrigramsSimilarity(a.NormalizedAlias, key),
                })
                .GroupBy(m => m.EntityId)
                .Select(g => new { EntityId = g.Key, Tier = g.Min(m => m.Tier), Similarity = g.Max(m => m.Similarity) })
                .Join(entities, m => m.EntityId, e => e.Id, (m, e) => new Ranked { EntityId = m.EntityId, Tier = m.Tier, Similarity = m.Similarity, MentionCount = e.MentionCount });

        var rows = await ranked
            .OrderBy(r => r.Tier)
            .ThenByDescending(r => r.Tier == Similar ? r.Similarity : 0)
            .ThenByDescending(r => r.MentionCount)
            .ThenBy(r => r.EntityId)
            .Skip((int)Math.Min(offset, int.MaxValue))
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        var page = rows.Take(pageSize).ToList();
        var results = await ToResultsAsync(page, key, cancellationToken);
        return new Page(results, rows.Count > pageSize ? offset + pageSize : null);
    }

    private async Task<IReadOnlyList<SearchResult>> ToResultsAsync(List<Ranked> page, string key, CancellationToken cancellationToken)
    {
        var ids = page.Select(r => r.EntityId).ToList();
        var stored = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var apiEntities = await projection.ToApiAsync(stored, cancellationToken);
        var aliases = key.Length == 0
            ? []
            : await db.EntityAliases.AsNoTracking()
                .Where(a => ids.Contains(a.EntityId))
                .Select(a => new AliasMatch(a.EntityId, a.Alias, a.NormalizedAlias, EF.Functions.TrigramsSimilarity(a.NormalizedAlias, key)))
                .ToListAsync(cancellationToken);
        var aliasesById = aliases.ToLookup(a => a.EntityId);

        return page.Select(r =>
        {
            var entity = apiEntities[r.EntityId];
            var best = aliasesById[r.EntityId]
                .OrderBy(a => TierOf(a.NormalizedAlias, key))
                .ThenByDescending(a => a.Similarity)
                .FirstOrDefault();
            return new SearchResult
            {
                Entity = entity,
                Score = key.Length == 0 ? 0 : Score(r.Tier, r.Similarity),
                MatchedAlias = best?.Alias ?? entity.Name,
            };
        }).ToList();
    }

    private static string EscapeLike(string text) =>
        text.Replace(LikeEscape, LikeEscape + LikeEscape).Replace("%", LikeEscape + "%").Replace("_", LikeEscape + "_");

    private static int TierOf(string normalizedAlias, string key) =>
        normalizedAlias == key ? Exact
        : normalizedAlias.StartsWith(key, StringComparison.Ordinal) ? Prefix
        : normalizedAlias.Contains(key, StringComparison.Ordinal) ? Substring
        : Similar;

    /// <summary>
    /// 1 for an exact match, 0.8 for a prefix, 0.6 for a substring, below 0.5 by trigram similarity otherwise:
    /// scores never rise down the ranking (within the first three tiers mention counts decide the order).
    /// </summary>
    private static double Score(int tier, double similarity) => tier switch
    {
        Exact => 1.0,
        Prefix => 0.8,
        Substring => 0.6,
        _ => 0.5 * similarity,
    };

    // A class with init properties (not a positional record) so EF can order by its members in SQL.
    private sealed class Ranked
    {
        public required string EntityId { get; init; }
        public int Tier { get; init; }
        public double Similarity { get; init; }
        public int MentionCount { get; init; }
    }

    private sealed record AliasMatch(string EntityId, string Alias, string NormalizedAlias, double Similarity);
}
