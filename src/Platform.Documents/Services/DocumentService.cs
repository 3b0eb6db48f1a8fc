using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Options;
using Platform.Documents.Dispatch;
using Platform.Documents.Persistence;
using Platform.Documents.V1;
using Platform.Documents.Validation;
using Platform.Contracts.Rpc;
using StoredDocument = Platform.Storage.Entities.Document;
using StoredStatus = Platform.Storage.Entities.ExtractionStatus;

namespace Platform.Documents.Services;

[RequiresScope(AccessScope.Read)]
internal sealed partial class DocumentService(
    DocumentWriter writer,
    DocumentReader reader,
    DispatchSignal dispatchSignal,
    ExtractionReachability reachability,
    ExtractionBacklog backlog,
    IOptionsMonitor<IngestionOptions> ingestion,
    ILogger<DocumentService> logger) : V1.DocumentService.DocumentServiceBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;
    private static readonly TimeSpan WatchPollInterval = TimeSpan.FromMilliseconds(200);

    [RequiresScope(AccessScope.Write)]
    public override async Task<IngestDocumentResponse> IngestDocument(IngestDocumentRequest request, ServerCallContext context)
    {
        var document = IngestRequestValidator.Validate(request);
        await backlog.RequireRoomAsync(context.CancellationToken);
        return await IngestAsync(document, context.CancellationToken);
    }

    /// <summary>
    /// Each document is validated and stored in its own transaction as it arrives; a refused one is listed with its
    /// position and the stream goes on, so every document the client sent has a result.
    /// </summary>
    [RequiresScope(AccessScope.Write)]
    public override async Task<IngestDocumentsResponse> IngestDocuments(IAsyncStreamReader<IngestDocumentRequest> requestStream, ServerCallContext context)
    {
        var response = new IngestDocumentsResponse();
        var maxDocuments = ingestion.CurrentValue.MaxDocumentsPerStream;
        for (var index = 0; await requestStream.MoveNext(context.CancellationToken); index++)
        {
            NewDocument document;
            try
            {
                if (index >= maxDocuments)
                {
                    throw RpcErrors.ResourceExhausted($"a stream carries at most {maxDocuments:N0} documents; send the rest in another stream.");
                }
                document = IngestRequestValidator.Validate(requestStream.Current);
                await backlog.RequireRoomAsync(context.CancellationToken);
            }
            catch (RpcException ex)
            {
                response.Rejected.Add(new IngestRejection { Index = index, Code = ex.StatusCode.ToString(), Message = ex.Status.Detail });
                continue;
            }
            var outcome = await IngestAsync(document, context.CancellationToken);
            response.Documents.Add(outcome);
            if (outcome.Created)
            {
                response.CreatedCount++;
            }
            else
            {
                response.ExistingCount++;
            }
        }
        return response;
    }

    public override async Task<GetDocumentResponse> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var id = DocumentIds.Parse(request.DocumentId);
        var document = await reader.GetAsync(id, request.IncludeContent, context.CancellationToken) ?? throw RpcErrors.DocumentNotFound(id);
        return new GetDocumentResponse { Document = MapToDocument(document, request.IncludeContent) };
    }

    /// <summary>page_size 0 means 20; above 100 is rejected (INVALID_ARGUMENT) rather than silently clamped.</summary>
    public override async Task<ListDocumentsResponse> ListDocuments(ListDocumentsRequest request, ServerCallContext context)
    {
        var pageSize = request.PageSize switch
        {
            0 => DefaultPageSize,
            < 0 or > MaxPageSize => throw RpcErrors.InvalidArgument(
                $"page_size {request.PageSize} is out of range; use 1..{MaxPageSize}, or 0 for {DefaultPageSize}."),
            var size => size,
        };
        var after = DocumentListPosition.Decode(request.PageToken);
        var page = await reader.ListAsync(pageSize, after, context.CancellationToken);
        var response = new ListDocumentsResponse { NextPageToken = page.Next?.Encode() ?? "" };
        response.Documents.AddRange(page.Documents.Select(d => MapToDocument(d, includeContent: false)));
        return response;
    }

    [RequiresScope(AccessScope.Write)]
    public override async Task<DeleteDocumentResponse> DeleteDocument(DeleteDocumentRequest request, ServerCallContext context)
    {
        var id = DocumentIds.Parse(request.DocumentId);
        if (!await writer.DeleteAsync(id, context.CancellationToken))
        {
            throw RpcErrors.DocumentNotFound(id);
        }
        LogDeleted(id);
        return new DeleteDocumentResponse();
    }

    public override async Task WatchExtraction(WatchExtractionRequest request, IServerStreamWriter<WatchExtractionResponse> responseStream, ServerCallContext context)
    {
        var id = DocumentIds.Parse(request.DocumentId);
        DocumentReader.Status? last = null;
        while (true)
        {
            var status = await reader.GetStatusAsync(id, context.CancellationToken) ?? throw RpcErrors.DocumentNotFound(id);
            if (status != last)
            {
                await responseStream.WriteAsync(new WatchExtractionResponse
                {
                    DocumentId = id.ToString(),
                    ExtractionStatus = MapToStatus(status.ExtractionStatus),
                    ExtractionError = WaitReason(status.ExtractionStatus) ?? status.ExtractionError ?? "",
                });
                last = status;
            }
            if (status.ExtractionStatus is StoredStatus.Succeeded or StoredStatus.Failed)
            {
                return;
            }
            await Task.Delay(WatchPollInterval, context.CancellationToken);
        }
    }

    private async Task<IngestDocumentResponse> IngestAsync(NewDocument document, CancellationToken cancellationToken)
    {
        var outcome = await writer.IngestAsync(document, cancellationToken);
        if (outcome.Created)
        {
            backlog.Queued();
            dispatchSignal.Notify();
            LogIngested(outcome.DocumentId, document.SizeChars);
        }
        return new IngestDocumentResponse { DocumentId = outcome.DocumentId.ToString(), Created = outcome.Created };
    }

    private Document MapToDocument(StoredDocument document, bool includeContent)
    {
        var mapped = new Document
        {
            DocumentId = document.Id.ToString(),
            SourceUri = document.SourceUri,
            Title = document.Title,
            Language = document.Language,
            ContentSha256 = document.ContentSha256,
            SizeChars = document.SizeChars,
            ExtractionStatus = MapToStatus(document.ExtractionStatus),
            ExtractionError = WaitReason(document.ExtractionStatus) ?? document.ExtractionError ?? "",
            CreatedAt = Timestamp.FromDateTimeOffset(document.CreatedAt),
            MediaType = document.MediaType,
            Content = includeContent ? document.Content : "",
        };
        if (document.PublishedAt is { } publishedAt)
        {
            mapped.PublishedAt = Timestamp.FromDateTimeOffset(publishedAt);
        }
        mapped.Metadata.Add(document.Metadata);
        return mapped;
    }

    /// <summary>Why a document not yet extracted waits, when it is the extraction service's outage.</summary>
    private string? WaitReason(StoredStatus status) =>
        status is StoredStatus.Pending or StoredStatus.Running ? reachability.WaitReason : null;

    private static ExtractionStatus MapToStatus(StoredStatus status) => status switch
    {
        StoredStatus.Pending => ExtractionStatus.Pending,
        StoredStatus.Running => ExtractionStatus.Running,
        StoredStatus.Succeeded => ExtractionStatus.Succeeded,
        StoredStatus.Failed => ExtractionStatus.Failed,
        _ => ExtractionStatus.Unspecified,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested document {DocumentId} ({SizeChars} code points)")]
    private partial void LogIngested(Guid documentId, int sizeChars);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted document {DocumentId}")]
    private partial void LogDeleted(Guid documentId);
}
