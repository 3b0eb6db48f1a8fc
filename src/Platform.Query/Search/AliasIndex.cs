using Platform.Query.V1;
using Platform.Storage.Entities;

namespace Platform.Query.Search;

/// <summary>An entity as search shows it: its API form, kept ready to send.</summary>
internal sealed record IndexedEntity(Entity Api, EntityKind Kind);

/// <summary>
/// One entity's place in a ranking: how its best alias matched; <paramref name="PinyinAlias"/> is the alias whose
/// pinyin matched when that was the best match, else -1.
/// </summary>
internal readonly record struct RankedEntity(int Entity, MatchTier Tier, double Similarity, int PinyinAlias = -1, string PinyinMatch = "");

internal enum MatchTier
{
    Exact,
    Prefix,
    Substring,
    Similar,
}

/// <summary>
/// Every alias of every mentioned entity, held in memory for search as people type. A snapshot: built from one read
/// of the database and never changed; <see cref="AliasIndexSource"/> replaces it after a write. Written here rather
/// than taken from a library because ranking must follow our tiers (exact, prefix, substring, then pg_trgm-style
/// similarity) over our own name keys, and a full-text engine would be a second store to keep exact.
/// </summary>
internal sealed class AliasIndex
{
    private readonly IndexedEntity[] _entities;
    private readonly IndexedAlias[] _aliases;
    private readonly int[][] _aliasesOfEntity;
    private readonly int[] _entitiesByProminence;
    private readonly int[] _aliasesByKey;
    private readonly Dictionary<char, int[]> _aliasesByChar;
    private readonly Dictionary<long, int[]> _aliasesByTrigram;
    private readonly (string Spelling, int Alias)[] _pinyinSpellings;
    private readonly Dictionary<string, int[]> _aliasesByPinyinInitials;

    private readonly record struct IndexedAlias(int Entity, string Text, string Key, long[] Trigrams);

    public AliasIndex(IReadOnlyList<IndexedEntity> entities, IReadOnlyList<(int Entity, string Text, string Key)> aliases)
    {
        _entities = [.. entities];
        _aliases = aliases.Select(a => new IndexedAlias(a.Entity, a.Text, a.Key, Trigrams.Of(a.Key))).ToArray();
        var aliasesOfEntity = _aliases.Select((alias, i) => (alias.Entity, Alias: i)).ToLookup(p => p.Entity, p => p.Alias);
        _aliasesOfEntity = Enumerable.Range(0, _entities.Length).Select(e => aliasesOfEntity[e].ToArray()).ToArray();
        _entitiesByProminence = Enumerable.Range(0, _entities.Length).Order(Comparer<int>.Create(CompareProminence)).ToArray();
        _aliasesByKey = Enumerable.Range(0, _aliases.Length).OrderBy(i => _aliases[i].Key, StringComparer.Ordinal).ToArray();
        _aliasesByChar = Postings(i => _aliases[i].Key.Distinct());
        _aliasesByTrigram = Postings(i => _aliases[i].Trigrams);
        var pinyin = _aliases.Select(a => PinyinKeys.Of(a.Key)).ToArray();
        _pinyinSpellings = pinyin
            .SelectMany((spellings, alias) => (spellings?.Full ?? []).Select(full => (full, alias)))
            .OrderBy(p => p.full, StringComparer.Ordinal)
            .ToArray();
        _aliasesByPinyinInitials = Postings(i => pinyin[i]?.Initials ?? []);
    }

    public int EntityCount => _entities.Length;

    public int AliasCount => _aliases.Length;

    public IndexedEntity this[int entity] => _entities[entity];

    /// <summary>
    /// The entities of <paramref name="kind"/> (any when null) whose aliases match <paramref name="key"/>, best first:
    /// by tier, within the similar tier by similarity, then by mentions and id. An empty key lists every entity by
    /// mentions.
    /// </summary>
    public IReadOnlyList<RankedEntity> Rank(string key, EntityKind? kind)
    {
        if (key.Length == 0)
        {
            return _entitiesByProminence
                .Where(e => kind is null || _entities[e].Kind == kind)
                .Select(e => new RankedEntity(e, MatchTier.Exact, 0))
                .ToList();
        }

        var best = new Dictionary<int, RankedEntity>();
        foreach (var alias in PrefixRange(key))
        {
            Offer(alias, _aliases[alias].Key.Length == key.Length ? MatchTier.Exact : MatchTier.Prefix, 0);
        }
        foreach (var alias in AliasesHoldingEveryCharOf(key))
        {
            var aliasKey = _aliases[alias].Key;
            if (aliasKey.Contains(key, StringComparison.Ordinal) && !aliasKey.StartsWith(key, StringComparison.Ordinal))
            {
                Offer(alias, MatchTier.Substring, 0);
            }
        }
        var trigrams = Trigrams.Of(key);
        foreach (var (alias, shared) in SharedTrigrams(trigrams))
        {
            var similarity = Trigrams.Similarity(shared, trigrams.Length, _aliases[alias].Trigrams.Length);
            if (similarity >= Trigrams.SimilarityThreshold)
            {
                Offer(alias, MatchTier.Similar, similarity);
            }
        }

        if (PinyinKeys.OfQuery(key) is { } spelled)
        {
            foreach (var (spelling, alias) in PinyinPrefixRange(spelled))
            {
                Offer(alias, spelling.Length == spelled.Length ? MatchTier.Exact : MatchTier.Prefix, 0,
                    spelling.Length == spelled.Length ? "pinyin" : "pinyin_prefix");
            }
            foreach (var alias in _aliasesByPinyinInitials.GetValueOrDefault(spelled) ?? [])
            {
                Offer(alias, MatchTier.Prefix, 0, "pinyin_initials");
            }
        }

        var ranked = best.Values.ToList();
        ranked.Sort(CompareRank);
        return ranked;

        void Offer(int alias, MatchTier tier, double similarity, string pinyinMatch = "")
        {
            var entity = _aliases[alias].Entity;
            if (kind is not null && _entities[entity].Kind != kind)
            {
                return;
            }
            if (!best.TryGetValue(entity, out var seen))
            {
                best[entity] = new RankedEntity(entity, tier, similarity, pinyinMatch.Length > 0 ? alias : -1, pinyinMatch);
                return;
            }
            // A match by the letters themselves wins over an equally good one by pinyin.
            var better = tier < seen.Tier || (tier == seen.Tier && pinyinMatch.Length == 0 && seen.PinyinAlias >= 0);
            best[entity] = better
                ? new RankedEntity(entity, tier, Math.Max(similarity, seen.Similarity), pinyinMatch.Length > 0 ? alias : -1, pinyinMatch)
                : seen with { Similarity = Math.Max(similarity, seen.Similarity) };
        }
    }

    /// <summary>
    /// The entity's alias that matches <paramref name="key"/> best (its name when the key is empty) and how:
    /// exact, prefix, substring, similar, pinyin, pinyin_prefix or pinyin_initials.
    /// </summary>
    public (string Alias, string How) MatchedAlias(RankedEntity ranked, string key)
    {
        if (key.Length == 0)
        {
            return (_entities[ranked.Entity].Api.Name, "");
        }
        if (ranked.PinyinAlias >= 0)
        {
            return (_aliases[ranked.PinyinAlias].Text, ranked.PinyinMatch);
        }
        var trigrams = Trigrams.Of(key);
        var best = _aliasesOfEntity[ranked.Entity]
            .Select(i => _aliases[i])
            .OrderBy(a => TierOf(a.Key, key))
            .ThenByDescending(a => Trigrams.Similarity(Trigrams.CountShared(a.Trigrams, trigrams), a.Trigrams.Length, trigrams.Length))
            .FirstOrDefault();
        return best.Text is null ? (_entities[ranked.Entity].Api.Name, "") : (best.Text, TierOf(best.Key, key).ToString().ToLowerInvariant());
    }

    /// <summary>The aliases most similar to <paramref name="key"/>, at most one per entity, for "did you mean".</summary>
    public IReadOnlyList<string> Suggest(string key, int count)
    {
        var trigrams = Trigrams.Of(key);
        return SharedTrigrams(trigrams)
            .Select(pair => (Alias: _aliases[pair.Key], Similarity: Trigrams.Similarity(pair.Value, trigrams.Length, _aliases[pair.Key].Trigrams.Length)))
            .Where(c => c.Similarity >= Trigrams.SimilarityThreshold)
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => _entities[c.Alias.Entity].Api.MentionCount)
            .ThenBy(c => c.Alias.Text, StringComparer.Ordinal)
            .DistinctBy(c => c.Alias.Entity)
            .Select(c => c.Alias.Text)
            .Distinct(StringComparer.Ordinal)
            .Take(count)
            .ToList();
    }

    public static double Score(MatchTier tier, double similarity) => tier switch
    {
        MatchTier.Exact => 1.0,
        MatchTier.Prefix => 0.8,
        MatchTier.Substring => 0.6,
        _ => 0.5 * similarity,
    };

    private IEnumerable<int> PrefixRange(string key)
    {
        for (var i = LowerBound(_aliasesByKey, a => _aliases[a].Key, key);
             i < _aliasesByKey.Length && _aliases[_aliasesByKey[i]].Key.StartsWith(key, StringComparison.Ordinal); i++)
        {
            yield return _aliasesByKey[i];
        }
    }

    private IEnumerable<(string Spelling, int Alias)> PinyinPrefixRange(string spelled)
    {
        for (var i = LowerBound(_pinyinSpellings, p => p.Spelling, spelled);
             i < _pinyinSpellings.Length && _pinyinSpellings[i].Spelling.StartsWith(spelled, StringComparison.Ordinal); i++)
        {
            yield return _pinyinSpellings[i];
        }
    }

    /// <summary>The first position in <paramref name="sorted"/> (ordinal order of <paramref name="keyOf"/>) not before <paramref name="key"/>.</summary>
    private static int LowerBound<T>(T[] sorted, Func<T, string> keyOf, string key)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(keyOf(sorted[middle]), key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>Candidates for a substring match: the aliases holding the key's rarest character.</summary>
    private int[] AliasesHoldingEveryCharOf(string key)
    {
        int[]? rarest = null;
        foreach (var c in key)
        {
            if (!_aliasesByChar.TryGetValue(c, out var posting))
            {
                return [];
            }
            if (rarest is null || posting.Length < rarest.Length)
            {
                rarest = posting;
            }
        }
        return rarest ?? [];
    }

    private Dictionary<int, int> SharedTrigrams(long[] trigrams)
    {
        var shared = new Dictionary<int, int>();
        foreach (var trigram in trigrams)
        {
            if (_aliasesByTrigram.TryGetValue(trigram, out var posting))
            {
                foreach (var alias in posting)
                {
                    shared[alias] = shared.GetValueOrDefault(alias) + 1;
                }
            }
        }
        return shared;
    }

    private static MatchTier TierOf(string aliasKey, string key) =>
        aliasKey == key ? MatchTier.Exact
        : aliasKey.StartsWith(key, StringComparison.Ordinal) ? MatchTier.Prefix
        : aliasKey.Contains(key, StringComparison.Ordinal) ? MatchTier.Substring
        : MatchTier.Similar;

    private int CompareRank(RankedEntity a, RankedEntity b)
    {
        var order = a.Tier.CompareTo(b.Tier);
        if (order == 0 && a.Tier == MatchTier.Similar)
        {
            order = b.Similarity.CompareTo(a.Similarity);
        }
        return order != 0 ? order : CompareProminence(a.Entity, b.Entity);
    }

    private int CompareProminence(int a, int b)
    {
        var order = _entities[b].Api.MentionCount.CompareTo(_entities[a].Api.MentionCount);
        return order != 0 ? order : string.CompareOrdinal(_entities[a].Api.EntityId, _entities[b].Api.EntityId);
    }

    private Dictionary<T, int[]> Postings<T>(Func<int, IEnumerable<T>> termsOf) where T : notnull
    {
        var lists = new Dictionary<T, List<int>>();
        for (var i = 0; i < _aliases.Length; i++)
        {
            foreach (var term in termsOf(i))
            {
                if (!lists.TryGetValue(term, out var list))
                {
                    lists[term] = list = [];
                }
                list.Add(i);
            }
        }
        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
