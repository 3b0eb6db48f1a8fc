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

    /// <summary>$1 entity id: the database's clock, in a row only when the entity exists (WatchEntity's start).</summary>
    public const string EntityFoundAt = "SELECT statement_timestamp() FROM entities WHERE id = $1";

    // A mention with its document's title, as MentionQueries reads it.
    private const string MentionRows = """
        SELECT m.id, m.document_id, m.entity_id, m.start, m."end", m.text, m.snippet, m.confidence, d.title
        FROM mentions m
        JOIN documents d ON d.id = m.document_id
        """;

    /// <summary>A document's date, as every bound on dates reads it: published, else ingested (<c>d</c> a document).</summary>
    public const string DocumentDate = "COALESCE(d.published_at, d.created_at)";

    // $4 and $5: optional bounds (timestamptz or null) on the document's date.
    private const string WithinPeriod = $"""
        ($4::timestamptz IS NULL OR {DocumentDate} >= $4)
          AND ($5::timestamptz IS NULL OR {DocumentDate} < $5)
        """;

    /// <summary>
    /// $1 entity id, $2 the last mention id already seen (0 at first), $3 document id or null, $4 and $5 optional
    /// bounds on the document's date, $6 rows to read.
    /// </summary>
    public const string MentionPage = $"""
        {MentionRows}
        WHERE m.entity_id = $1 AND m.id > $2 AND ($3::uuid IS NULL OR m.document_id = $3)
          AND {WithinPeriod}
        ORDER BY m.id
        LIMIT $6
        """;

    /// <summary>
    /// $1 document id, $2 the last mention id already seen (0 at first), $3 rows to read, $4 and $5 optional bounds
    /// on the document's date: every mention in the document, in text order.
    /// </summary>
    public const string DocumentMentionPage = $"""
        {MentionRows}
        WHERE m.document_id = $1 AND m.id > $2
          AND {WithinPeriod}
        ORDER BY m.id
        LIMIT $3
        """;

    /// <summary>$1 document id, $2 entity ids (text[]): their mentions in the document, in text order (WatchEntity).</summary>
    public const string MentionsInDocument = $"""
        {MentionRows}
        WHERE m.document_id = $1 AND m.entity_id = ANY($2)
        ORDER BY m.id
        """;

    /// <summary>
    /// $1 entity id, $2 and $3 optional bounds (timestamptz or null) on the document's date (published, else
    /// ingested): the entity's mentions and documents per UTC day, with the day's earliest and latest document date.
    /// </summary>
    public const string EntityTimeline = $"""
        SELECT (dated.at AT TIME ZONE 'UTC')::date AS day, count(*) AS mentions, count(DISTINCT dated.document_id) AS documents,
               min(dated.at) AS first_at, max(dated.at) AS last_at
        FROM (
            SELECT m.document_id, {DocumentDate} AS at
            FROM mentions m
            JOIN documents d ON d.id = m.document_id
            WHERE m.entity_id = $1) AS dated
        WHERE ($2::timestamptz IS NULL OR dated.at >= $2) AND ($3::timestamptz IS NULL OR dated.at < $3)
        GROUP BY day
        ORDER BY day
        """;

    /// <summary>
    /// $1 entity id, $2 groups to read, $3 evidence rows to read per group: the entity's strongest relation groups, stated
    /// predicates first, each with the other entity (its columns as in <see cref="EntityById"/>), predicate, direction,
    /// evidence count and its best evidence (document ids and sentences, best first). One round trip for
    /// GetRelatedEntities; the evidence comes through the (subject, object, predicate, confidence) indexes.
    /// </summary>
    public const string RelatedEntities = $"""
        SELECT {EntityColumns}, t.predicate, t.direction, t.evidence_count, ev.document_ids, ev.snippets
        FROM (
            SELECT g.other_id, g.predicate, g.direction, g.evidence_count,
                   row_number() OVER (ORDER BY g.predicate = '{CoOccurrence}', g.evidence_count DESC, g.predicate, g.other_id) AS rank
            FROM relation_groups g
            WHERE g.entity_id = $1
            ORDER BY g.predicate = '{CoOccurrence}', g.evidence_count DESC, g.predicate, g.other_id
            LIMIT $2) AS t
        JOIN entities e ON e.id = t.other_id
        CROSS JOIN LATERAL (
            SELECT array_agg(best.document_id ORDER BY best.confidence DESC, best.id) AS document_ids,
                   array_agg(best.evidence ORDER BY best.confidence DESC, best.id) AS snippets
            FROM (
                SELECT * FROM (
                    (SELECT r.id, r.document_id, r.evidence, r.confidence FROM relations r
                     WHERE t.direction <> '{Storage.RelationGroups.Incoming}'
                       AND r.subject_id = $1 AND r.object_id = t.other_id AND r.predicate = t.predicate
                     ORDER BY r.confidence DESC, r.id LIMIT $3)
                    UNION ALL
                    (SELECT r.id, r.document_id, r.evidence, r.confidence FROM relations r
                     WHERE t.direction <> '{Storage.RelationGroups.Outgoing}'
                       AND r.subject_id = t.other_id AND r.object_id = $1 AND r.predicate = t.predicate
                     ORDER BY r.confidence DESC, r.id LIMIT $3)
                ) AS either_order
                ORDER BY either_order.confidence DESC, either_order.id
                LIMIT $3) AS best
        ) AS ev
        ORDER BY t.rank
        """;

    private const string CoOccurrence = Storage.RelationGroups.CoOccurrence;

    /// <summary>$1 entity ids (text[]), $2 whether co-occurrence counts: each entity's neighbours, either direction.</summary>
    public const string Neighbours = $"""
        SELECT DISTINCT g.entity_id, g.other_id FROM relation_groups g
        WHERE g.entity_id = ANY($1) AND ($2 OR g.predicate <> '{CoOccurrence}')
        """;

    /// <summary>$1, $2 two entity ids: the best evidence joining them, stated relations before co-occurrence.</summary>
    public const string BestEdge = $"""
        SELECT r.subject_id, r.predicate, r.object_id, r.evidence, r.document_id FROM relations r
        WHERE (r.subject_id = $1 AND r.object_id = $2) OR (r.subject_id = $2 AND r.object_id = $1)
        ORDER BY r.predicate = '{CoOccurrence}', r.confidence DESC, r.id
        LIMIT 1
        """;
}
