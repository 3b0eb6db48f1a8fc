using Npgsql;
using NpgsqlTypes;
using Platform.Storage.Entities;

namespace Platform.Extraction.Persistence;

/// <summary>
/// Writes a document's mentions, relations and document entities with binary COPY on the transaction's connection.
/// Storing them through EF Core (change tracking, batched INSERTs) took a third of the extraction service's CPU under
/// sustained ingestion. Rows go in list order, so mention ids follow the document.
/// </summary>
internal static class ExtractionRowCopier
{
    public static async Task CopyAsync(NpgsqlConnection connection, ExtractionRows rows, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "COPY mentions (document_id, entity_id, start, \"end\", text, snippet, confidence) FROM STDIN (FORMAT BINARY)",
            rows.Mentions, async (writer, m) =>
            {
                await writer.WriteAsync(m.DocumentId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(m.EntityId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(m.Start, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(m.End, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(m.Text, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(m.Snippet, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(m.Confidence, NpgsqlDbType.Double, cancellationToken);
            }, cancellationToken);
        await CopyAsync(connection, "COPY relations (document_id, subject_id, predicate, object_id, evidence, evidence_start, evidence_end, confidence) FROM STDIN (FORMAT BINARY)",
            rows.Relations, async (writer, r) =>
            {
                await writer.WriteAsync(r.DocumentId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(r.SubjectId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(r.Predicate, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(r.ObjectId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(r.Evidence, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(r.EvidenceStart, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.EvidenceEnd, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(r.Confidence, NpgsqlDbType.Double, cancellationToken);
            }, cancellationToken);
        await CopyAsync(connection, "COPY document_entities (document_id, entity_id, mention_count, salience, surface_forms, merge_reasons) FROM STDIN (FORMAT BINARY)",
            rows.DocumentEntities, async (writer, de) =>
            {
                await writer.WriteAsync(de.DocumentId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(de.EntityId, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(de.MentionCount, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(de.Salience, NpgsqlDbType.Double, cancellationToken);
                await writer.WriteAsync(de.SurfaceForms, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(de.MergeReasons, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            }, cancellationToken);
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string copy, IReadOnlyList<T> rows,
        Func<NpgsqlBinaryImporter, T, Task> writeColumns, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writeColumns(writer, row);
        }
        await writer.CompleteAsync(cancellationToken);
    }
}
