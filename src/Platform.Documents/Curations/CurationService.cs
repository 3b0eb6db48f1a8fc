using Grpc.Core;
using Platform.Contracts.Rpc;
using Platform.Curation.V1;
using Platform.Documents.Dispatch;
using Platform.Storage;
using static Platform.Documents.Curations.CurationRequests;
using ApiCuration = Platform.Curation.V1.Curation;
using StoredCuration = Platform.Storage.Entities.Curation;

namespace Platform.Documents.Curations;

/// <summary>
/// The operators' corrections. Served by the document service because what makes a correction reach stored documents
/// is their extraction queue; the extraction service applies the corrections in force as it stores each result.
/// </summary>
[RequiresScope(AccessScope.Write)]
internal sealed partial class CurationService(
    CurationStore store,
    CurationReader reader,
    DispatchSignal dispatchSignal,
    ILogger<CurationService> logger) : Curation.V1.CurationService.CurationServiceBase
{
    public override Task<ApiCuration> MergeEntities(MergeEntitiesRequest request, ServerCallContext context)
    {
        var source = RequireEntityId(request.SourceEntityId, "source_entity_id");
        var target = RequireEntityId(request.TargetEntityId, "target_entity_id");
        var author = RequireAuthor(request.Actor, request.Reason);
        return ChangeAsync(ct => store.MergeAsync(source, target, author, ct), context.CancellationToken);
    }

    public override Task<ApiCuration> SplitAlias(SplitAliasRequest request, ServerCallContext context)
    {
        var entity = RequireEntityId(request.EntityId, "entity_id");
        var alias = RequireName(request.Alias, "alias");
        var name = string.IsNullOrWhiteSpace(request.Name) ? null : RequireName(request.Name, "name");
        var author = RequireAuthor(request.Actor, request.Reason);
        return ChangeAsync(ct => store.SplitAsync(entity, alias, name, author, ct), context.CancellationToken);
    }

    public override Task<ApiCuration> RenameEntity(RenameEntityRequest request, ServerCallContext context)
    {
        var entity = RequireEntityId(request.EntityId, "entity_id");
        var name = RequireName(request.Name, "name");
        var author = RequireAuthor(request.Actor, request.Reason);
        return ChangeAsync(ct => store.RenameAsync(entity, name, author, ct), context.CancellationToken);
    }

    public override Task<ApiCuration> BlockAlias(BlockAliasRequest request, ServerCallContext context)
    {
        var entity = RequireEntityId(request.EntityId, "entity_id");
        var alias = RequireName(request.Alias, "alias");
        var author = RequireAuthor(request.Actor, request.Reason);
        return ChangeAsync(ct => store.BlockAsync(entity, alias, author, ct), context.CancellationToken);
    }

    public override Task<ApiCuration> UndoCuration(UndoCurationRequest request, ServerCallContext context)
    {
        var curationId = RequireCurationId(request.CurationId);
        var author = RequireAuthor(request.Actor, request.Reason);
        return ChangeAsync(ct => store.UndoAsync(curationId, author, ct), context.CancellationToken);
    }

    [RequiresScope(AccessScope.Read)]
    public override async Task<ApiCuration> GetCuration(GetCurationRequest request, ServerCallContext context)
    {
        var curationId = RequireCurationId(request.CurationId);
        var found = await reader.FindAsync(curationId, context.CancellationToken) ?? throw CurationStore.CurationNotFound(curationId);
        return CurationMapping.ToApi(found.Curation, found.DocumentsPending);
    }

    [RequiresScope(AccessScope.Read)]
    public override async Task<ListCurationsResponse> ListCurations(ListCurationsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = string.IsNullOrEmpty(request.EntityId) ? null : RequireEntityId(request.EntityId, "entity_id");
        var pageSize = Paging.RequirePageSize(request.PageSize, CurationReader.DefaultPageSize, CurationReader.MaxPageSize);
        var scope = $"curations|{entityId}|{request.IncludeUndone}";
        var beforeId = Paging.RequirePageToken(request.PageToken, scope, minimum: 1);
        if (entityId is not null && !await reader.EntityExistsAsync(entityId, ct))
        {
            throw RpcErrors.EntityNotFound(entityId);
        }

        var page = await reader.ListAsync(entityId, request.IncludeUndone, pageSize, beforeId, ct);
        var response = new ListCurationsResponse
        {
            NextPageToken = page.NextBeforeId is { } next ? PageTokens.Encode(scope, next.ToString(System.Globalization.CultureInfo.InvariantCulture)) : "",
        };
        response.Curations.AddRange(page.Curations.Select(p => CurationMapping.ToApi(p.Curation, p.DocumentsPending)));
        if (entityId is not null)
        {
            response.EngineMergeReasons.AddRange((await reader.EngineReasonsAsync(entityId, ct))
                .Select(r => new EngineMergeReason { Reason = r.Reason, DocumentCount = r.DocumentCount }));
        }
        return response;
    }

    private async Task<ApiCuration> ChangeAsync(Func<CancellationToken, Task<StoredCuration>> change, CancellationToken ct)
    {
        var curation = await change(ct);
        dispatchSignal.Notify();
        LogCurated(curation.Id, curation.Action, curation.EntityId, curation.Actor, curation.DocumentIds.Count, curation.UndoneAt is not null);
        return CurationMapping.ToApi(curation, curation.DocumentIds.Count);
    }

    private static long RequireCurationId(long curationId) => curationId > 0
        ? curationId
        : throw RpcErrors.InvalidArgument($"curation_id must be a positive id, as ListCurations gives it; got {curationId}.");

    [LoggerMessage(Level = LogLevel.Information, Message = "Curation {CurationId} ({Action} of {EntityId}) by {Actor}: {Documents} documents queued for extraction again (undo: {Undone})")]
    private partial void LogCurated(long curationId, Storage.Entities.CurationAction action, string entityId, string actor, int documents, bool undone);
}
