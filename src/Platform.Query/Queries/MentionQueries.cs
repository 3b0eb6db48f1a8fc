using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Storage;
using ApiMention = Platform.Query.V1.Mention;

namespace Platform.Query.Queries;

/// <summary>Mentions of one entity in document order, optionally within one document.</summary>
internal sealed class MentionQueries(PlatformDbContext db)
{
    public sealed record Page(IReadOnlyList<ApiMention> Mentions, long? NextAfterId);

    public static string TokenScope(string? entityId, Guid? documentId, DateTimeOffset? from, DateTimeOffset? to) =>
        $"mentions|{entityId}|{documentId}|{from?.UtcTicks}|{to?.UtcTicks}";

    public Task<bool> EntityExistsAsync(string entityId, CancellationToken cancellationToken) =>
        db.Entities.AnyAsync(e => e.Id == entityId, cancellationToken);

    /// <summary>The database's clock when it found the entity; null when there is no such entity. One statement.</summary>
    public Task<DateTimeOffset?> EntityFoundAtAsync(string entityId, CancellationToken cancellationToken) =>
        db.QueryAsync(ReadStatements.EntityFoundAt, async reader =>
            await reader.ReadAsync(cancellationToken) ? reader.GetFieldValue<DateTimeOffset>(0) : (DateTimeOffset?)null,
            cancellationToken, entityId);

    public Task<bool> DocumentExistsAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Documents.AnyAsync(d => d.Id == documentId, cancellationToken);

    /// <summary>
    /// Keyset paging on the mention id, so pages stay stable while other documents are ingested. One statement.
    /// Without an entity, the document's mentions of every entity (ids follow the text within a document). Only
    /// documents dated (published, else ingested) within [from, to) when bounds are given.
    /// </summary>
    public async Task<Page> ListAsync(string? entityId, Guid? documentId, DateTimeOffset? from, DateTimeOffset? to,
        int pageSize, long afterId, CancellationToken cancellationToken)
    {
        var rows = entityId is null
            ? await db.QueryAsync(ReadStatements.DocumentMentionPage, reader => ReadRowsAsync(reader, pageSize + 1, cancellationToken),
                cancellationToken, documentId ?? throw new ArgumentNullException(nameof(documentId)), afterId, pageSize + 1, from, to)
            : await db.QueryAsync(ReadStatements.MentionPage, reader => ReadRowsAsync(reader, pageSize + 1, cancellationToken),
                cancellationToken, entityId, afterId, documentId, from, to, pageSize + 1);
        var page = rows.Take(pageSize).ToList();
        var next = rows.Count > pageSize ? page[^1].Id : (long?)null;
        return new Page(page.Select(MapToApi).ToList(), next);
    }

    /// <summary>The mentions of any of <paramref name="entityIds"/> in one document, in text order. One statement.</summary>
    public async Task<IReadOnlyList<ApiMention>> ListInDocumentAsync(Guid documentId, string[] entityIds, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync(ReadStatements.MentionsInDocument, reader => ReadRowsAsync(reader, 16, cancellationToken),
            cancellationToken, documentId, entityIds);
        return rows.Select(MapToApi).ToList();
    }

    private static async Task<List<MentionRow>> ReadRowsAsync(NpgsqlDataReader reader, int capacity, CancellationToken cancellationToken)
    {
        var read = new List<MentionRow>(capacity);
        while (await reader.ReadAsync(cancellationToken))
        {
            read.Add(new MentionRow
            {
                Id = reader.GetInt64(0),
                DocumentId = reader.GetGuid(1),
                EntityId = reader.GetString(2),
                Start = reader.GetInt32(3),
                End = reader.GetInt32(4),
                Text = reader.GetString(5),
                Snippet = reader.GetString(6),
                Confidence = reader.GetDouble(7),
                DocumentTitle = reader.GetString(8),
            });
        }
        return read;
    }

    /// <summary>
    /// Every matching mention, read page by page through <see cref="ListAsync"/>: one definition of what matches and in
    /// which order, and memory bounded by a page however many there are.
    /// </summary>
    public async IAsyncEnumerable<ApiMention> StreamAsync(
        string entityId, Guid? documentId, DateTimeOffset? from, DateTimeOffset? to,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (long? afterId = 0; afterId is { } after;)
        {
            var page = await ListAsync(entityId, documentId, from, to, PageLimits.MaxMentionPageSize, after, cancellationToken);
            foreach (var mention in page.Mentions)
            {
                yield return mention;
            }
            afterId = page.NextAfterId;
        }
    }

    private static ApiMention MapToApi(MentionRow row) => new()
    {
        DocumentId = row.DocumentId.ToString(),
        EntityId = row.EntityId,
        Start = row.Start,
        End = row.End,
        Text = row.Text,
        Snippet = row.Snippet,
        Confidence = row.Confidence,
        DocumentTitle = row.DocumentTitle,
    };

    private sealed class MentionRow
    {
        public long Id { get; init; }
        public Guid DocumentId { get; init; }
        public required string EntityId { get; init; }
        public int Start { get; init; }
        public int End { get; init; }
        public required string Text { get; init; }
        public required string Snippet { get; init; }
        public double Confidence { get; init; }
        public required string DocumentTitle { get; init; }
    }
}
