using Grpc.Core;
using Platform.Contracts.Rpc;
using Platform.Extraction.Engine;
using Platform.Extraction.Mapping;
using Platform.Extraction.Persistence;
using Platform.Extraction.V1;
using Platform.Extraction.Validation;

namespace Platform.Extraction.Services;

[RequiresScope(AccessScope.Read)]
internal sealed partial class ExtractionService(
    IEntityExtractor extractor,
    ExtractionResultWriter writer,
    StoredEntityLinker linker,
    ILogger<ExtractionService> logger) : V1.ExtractionService.ExtractionServiceBase
{
    public override Task<ExtractResponse> Extract(ExtractRequest request, ServerCallContext context)
    {
        var options = ExtractRequestValidator.Validate(request);
        var result = extractor.Extract(request.Text, options, context.CancellationToken);
        return Task.FromResult(ResponseMapper.MapToResponse(result, new TextOffsets(request.Text)));
    }

    public override async Task StreamMentions(ExtractRequest request, IServerStreamWriter<Mention> responseStream, ServerCallContext context)
    {
        var options = ExtractRequestValidator.Validate(request);
        var result = extractor.Extract(request.Text, options, context.CancellationToken);
        var offsets = new TextOffsets(request.Text);
        foreach (var mention in ResponseMapper.OrderedMentions(result))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            await responseStream.WriteAsync(ResponseMapper.MapToMention(mention, offsets));
        }
    }

    [InternalRpc]
    public override async Task<ExtractDocumentResponse> ExtractDocument(ExtractDocumentRequest request, ServerCallContext context)
    {
        var documentId = DocumentIds.Parse(request.DocumentId);
        var document = await writer.LoadAsync(documentId, context.CancellationToken) ?? throw RpcErrors.DocumentNotFound(documentId);
        // The engine runs outside the transaction: no locks are held while it computes.
        var result = await linker.LinkAsync(
            extractor.Extract(document.Content, new ExtractionOptions(MediaType: document.MediaType), context.CancellationToken), context.CancellationToken);
        var stored = await writer.ReplaceAsync(documentId, document.Content, result, context.CancellationToken) ?? throw RpcErrors.DocumentNotFound(documentId);
        LogExtracted(documentId, stored.Mentions, stored.Entities, stored.Relations);
        return new ExtractDocumentResponse
        {
            DocumentId = documentId.ToString(),
            MentionCount = stored.Mentions,
            EntityCount = stored.Entities,
            RelationCount = stored.Relations,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored extraction of document {DocumentId}: {MentionCount} mentions, {EntityCount} entities, {RelationCount} relations")]
    private partial void LogExtracted(Guid documentId, int mentionCount, int entityCount, int relationCount);
}
