namespace Platform.Query.Queries;

/// <summary>
/// The SQL of the hottest reads, one statement (one round trip) each, run through Npgsql and prepared automatically.
/// Kept as text in one place so the load harness runs exactly these under pgbench for the database's ceiling.
/// Parameters are positional: <c>$1</c>, <c>$2</c>, …
/// </summary>
internal static class ReadStatements
{
    private const string EntityColumns = """
        e.id, e.name, e.type, e.mention_count, e.document_count, e.description, e.wikidata_id, e.name_zh,
        ARRAY(SELECT DISTINCT a.alias FROM entity_aliases a WHERE a.entity_id = e.id ORDER BY a.alias) AS aliases
        """;

    /// <summary>$1 entity id.</summary>
    public const string EntityById = $"""
        SELECT {EntityColumns}
        FROM entities e
        WHERE e.id = $1
        """;

    /// <summary>
    /// $1 normalized name (<see cref="Storage.NameKey"/>). Entities no longer mentioned anywhere are not found by name;
    /// when two entities share the alias, the more mentioned one wins.
    /// </summary>
    public const string EntityByName = $"""
        SELECT {EntityColumns}
        FROM entities e
        WHERE e.mention_count > 0
          AND e.id IN (SELECT k.entity_id FROM entity_aliases k WHERE k.normalized_alias = $1)
        ORDER BY e.mention_count DESC, e.id
        LIMIT 1
        """;

    /// <summary>$1 entity id, $2 the last mention id already seen (0 at first), $3 document id or null, $4 rows to read.</summary>
    public const string MentionPage = """
        SELECT m.id, m.document_id, m.entity_id, m.start, m."end", m.text, m.snippet, m.confidence, d.title
        FROM mentions m
        JOIN documents d ON d.id = m.document_id
        WHERE m.entity_id = $1 AND m.id > $2 AND ($3::uuid IS NULL OR m.document_id = $3)
        ORDER BY m.id
        LIMIT $4
        """;
}
