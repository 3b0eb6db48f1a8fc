using Microsoft.EntityFrameworkCore;
using Platform.Documents.Validation;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Documents.Persistence;

internal sealed class DocumentReader(PlatformDbContext db)
{
    public sealed record Page(IReadOnlyList<Document> Documents, DocumentListPosition? Next);

    public sealed record Status(ExtractionStatus ExtractionStatus, string? ExtractionError);

    public Task<Document?> GetAsync(Guid documentId, bool includeContent, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking().Where(d => d.Id == documentId);
        return includeContent
            ? query.SingleOrDefaultAsync(cancellationToken)
            : WithoutContent(query).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Newest first; keyset pagination on (created_at, id), so pages stay stable while documents are added.</summary>
    public async Task<Page> ListAsync(int pageSize, DocumentListPosition? after, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking();
        if (after is { } token)
        {
            query = query.Where(d => EF.Functions.LessThan(
                ValueTuple.Create(d.CreatedAt, d.Id),
                ValueTuple.Create(token.CreatedAt, token.Id)));
        }
        var rows = await WithoutContent(query.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id))
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        if (rows.Count <= pageSize)
        {
            return new Page(rows, Next: null);
        }
        rows.RemoveAt(pageSize);
        var last = rows[^1];
        return new Page(rows, new DocumentListPosition(last.CreatedAt, last.Id));
    }

    public Task<Status?> GetStatusAsync(Guid documentId, CancellationToken cancellationToken) =>
        db.Documents.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new Status(d.ExtractionStatus, d.ExtractionError))
            .SingleOrDefaultAsync(cancellationToken);

    // Content can be a million characters: only GetDocument with include_content reads it.
    private static IQueryable<Document> WithoutContent(IQueryable<Document> query) =>
        query.Select(d => new Document
        {
            Id = d.Id,
            SourceUri = d.SourceUri,
            Title = d.Title,
            MediaType = d.MediaType,
            Language = d.Language,
            PublishedAt = d.PublishedAt,
            ContentSha256 = d.ContentSha256,
            SizeChars = d.SizeChars,
            Metadata = d.Metadata,
            ExtractionStatus = d.ExtractionStatus,
            ExtractionError = d.ExtractionError,
            CreatedAt = d.CreatedAt,
            UpdatedAt = d.UpdatedAt,
        });
}
