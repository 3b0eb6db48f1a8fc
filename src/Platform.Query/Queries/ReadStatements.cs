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

    /// <summary>
    /// $1 entity id, $2 the other entities (text[]), $3 rows per group: the best evidence of each (other entity,
    /// predicate, direction) group, ranked in SQL so that a popular entity's tens of thousands of edges stay there.
    /// </summary>
    public const string RelatedEvidence = """
        SELECT other_id, predicate, direction, document_id, evidence
        FROM (
            SELECT edge.*, row_number() OVER (PARTITION BY other_id, predicate, direction ORDER BY confidence DESC, id) AS rank
            FROM (
                SELECT r.id, r.object_id AS other_id, r.predicate,
                       CASE WHEN r.predicate = 'co_occurrence' THEN 'undirected' ELSE 'outgoing' END AS direction,
                       r.document_id, r.evidence, r.confidence
                FROM relations r
                WHERE r.subject_id = $1 AND r.object_id <> $1 AND r.object_id = ANY($2)
                UNION ALL
                SELECT r.id, r.subject_id, r.predicate,
                       CASE WHEN r.predicate = 'co_occurrence' THEN 'undirected' ELSE 'incoming' END,
                       r.document_id, r.evidence, r.confidence
                FROM relations r
                WHERE r.object_id = $1 AND r.subject_id <> $1 AND r.subject_id = ANY($2)
            ) AS edge
        ) AS ranked
        WHERE rank <= $3
        ORDER BY confidence DESC, id
        """;
}
