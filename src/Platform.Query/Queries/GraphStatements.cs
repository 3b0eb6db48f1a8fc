namespace Platform.Query.Queries;

/// <summary>
/// The statements of <see cref="NeighbourhoodQuery"/> and <see cref="EdgeEvidenceQuery"/>. Unfiltered, an entity's
/// edges come from the relation groups; filtered by document or date they are counted from the relations those
/// documents state.
/// </summary>
internal static class GraphStatements
{
    private const string CoOccurrence = Storage.RelationGroups.CoOccurrence;

    // $4 document id or null, $5 and $6 bounds on the document's date (published, else ingested) or null; r a relation.
    private const string RelationFilter = $"""
        ($4::uuid IS NULL OR r.document_id = $4)
        AND ($5::timestamptz IS NULL AND $6::timestamptz IS NULL OR EXISTS (
            SELECT 1 FROM documents d WHERE d.id = r.document_id
              AND ($5::timestamptz IS NULL OR {ReadStatements.DocumentDate} >= $5)
              AND ($6::timestamptz IS NULL OR {ReadStatements.DocumentDate} < $6)))
        """;

    /// <summary>
    /// $1 entity ids (text[]), $2 whether co-occurrence counts, $3 groups per entity: each entity's strongest groups
    /// (entity_id, other_id, predicate, direction, evidence_count), stated predicates first, then by evidence count.
    /// </summary>
    public const string Groups = $"""
        SELECT ranked.entity_id, ranked.other_id, ranked.predicate, ranked.direction, ranked.evidence_count
        FROM (
            SELECT g.*, row_number() OVER (PARTITION BY g.entity_id
                ORDER BY g.predicate = '{CoOccurrence}', g.evidence_count DESC, g.predicate, g.other_id) AS rank
            FROM relation_groups g
            WHERE g.entity_id = ANY($1) AND ($2 OR g.predicate <> '{CoOccurrence}')) AS ranked
        WHERE ranked.rank <= $3
        ORDER BY ranked.entity_id, ranked.rank
        """;

    /// <summary>As <see cref="Groups"/>, counted from the relations that pass the filter ($4, $5, $6).</summary>
    public const string FilteredGroups = $"""
        SELECT ranked.entity_id, ranked.other_id, ranked.predicate, ranked.direction, ranked.evidence_count
        FROM (
            SELECT ends.entity_id, ends.other_id, ends.predicate, ends.direction, count(*)::int AS evidence_count,
                   row_number() OVER (PARTITION BY ends.entity_id
                       ORDER BY ends.predicate = '{CoOccurrence}', count(*) DESC, ends.predicate, ends.other_id) AS rank
            FROM (
                SELECT r.subject_id AS entity_id, r.object_id AS other_id, r.predicate,
                       CASE WHEN r.predicate = '{CoOccurrence}' THEN '{Storage.RelationGroups.Undirected}' ELSE '{Storage.RelationGroups.Outgoing}' END AS direction
                FROM relations r
                WHERE r.subject_id = ANY($1) AND {RelationFilter}
                UNION ALL
                SELECT r.object_id, r.subject_id, r.predicate,
                       CASE WHEN r.predicate = '{CoOccurrence}' THEN '{Storage.RelationGroups.Undirected}' ELSE '{Storage.RelationGroups.Incoming}' END
                FROM relations r
                WHERE r.object_id = ANY($1) AND {RelationFilter}) AS ends
            WHERE ends.entity_id <> ends.other_id AND ($2 OR ends.predicate <> '{CoOccurrence}')
            GROUP BY 1, 2, 3, 4) AS ranked
        WHERE ranked.rank <= $3
        ORDER BY ranked.entity_id, ranked.rank
        """;

    /// <summary>
    /// $1, $2, $3 the edges (subject ids, predicates, object ids), $4 rows per edge: each edge's best evidence
    /// (subject_id, predicate, object_id, document_id, evidence); co-occurrence in either stored order. Read through
    /// the (subject, object, predicate, confidence) indexes a few rows an edge, however many sentences state a
    /// popular pair.
    /// </summary>
    public static readonly string Evidence = EdgeEvidence(filter: "", rowsParameter: "$4");

    /// <summary>As <see cref="Evidence"/>, only from relations that pass the filter ($4, $5, $6); $7 rows per edge.</summary>
    /// <remarks>
    /// Two statements rather than one with the filter's "IS NULL OR" terms, so that the hot, unfiltered read carries
    /// none of them (its generic plan is then the plain ordered index scan, whatever the planner thinks of the terms).
    /// </remarks>
    public static readonly string FilteredEvidence = EdgeEvidence(filter: $"AND {RelationFilter}", rowsParameter: "$7");

    private static string EdgeEvidence(string filter, string rowsParameter) => $"""
        SELECT e.subject_id, e.predicate, e.object_id, best.document_id, best.evidence
        FROM unnest($1::text[], $2::text[], $3::text[]) AS e(subject_id, predicate, object_id)
        CROSS JOIN LATERAL (
            SELECT * FROM (
                (SELECT r.id, r.document_id, r.evidence, r.confidence
                 FROM relations r
                 WHERE r.subject_id = e.subject_id AND r.object_id = e.object_id AND r.predicate = e.predicate {filter}
                 ORDER BY r.confidence DESC, r.id
                 LIMIT {rowsParameter})
                UNION ALL
                (SELECT r.id, r.document_id, r.evidence, r.confidence
                 FROM relations r
                 WHERE e.predicate = '{CoOccurrence}' AND r.subject_id = e.object_id AND r.object_id = e.subject_id
                   AND r.predicate = e.predicate {filter}
                 ORDER BY r.confidence DESC, r.id
                 LIMIT {rowsParameter})
            ) AS either_order
            ORDER BY either_order.confidence DESC, either_order.id
            LIMIT {rowsParameter}
        ) AS best
        ORDER BY best.confidence DESC, best.id
        """;
}
