using System.Globalization;
using Contract = Platform.Query.V1.QueryService;
using Grpc.Core;
using Platform.Contracts.Rpc;
using Platform.Query.Caching;
using Platform.Query.Queries;
using Platform.Query.Search;
using Platform.Query.V1;
using Platform.Query.Watching;
using Platform.Storage;
using static Platform.Contracts.Rpc.Paging;
using static Platform.Query.Services.RequestValidation;

namespace Platform.Query.Services;

[RequiresScope(AccessScope.Read)]
internal sealed class QueryService(
    EntityLookup lookup,
    EntitySearch search,
    MentionQueries mentions,
    DocumentEntitiesQuery documentEntities,
    RelatedEntitiesQuery relatedEntities,
    EntityTimelineQuery timeline,
    PathQuery paths,
    NeighbourhoodQuery neighbourhoods,
    ReadCache cache,
    EntityWatchHub watches,
    ILogger<QueryService> logger) : Contract.QueryServiceBase
{
    public override async Task<GetEntityResponse> GetEntity(GetEntityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        if (request.KeyCase == GetEntityRequest.KeyOneofCase.EntityId && !string.IsNullOrWhiteSpace(request.EntityId))
        {
            var entityId = RequireEntityId(request.EntityId);
            var byId = await cache.GetOrLoadAsync($"entity|{entityId}", () => lookup.FindByIdAsync(entityId, ct), ct)
                ?? throw RpcErrors.EntityNotFound(request.EntityId);
            return new GetEntityResponse { Entity = byId };
        }
        if (request.KeyCase != GetEntityRequest.KeyOneofCase.Name || string.IsNullOrWhiteSpace(request.Name))
        {
            throw RpcErrors.InvalidArgument("Give the entity's name (any alias, any language) or its entity_id; both are empty.");
        }

        RequireShortText(request.Name, "name");
        var key = NameKey.Normalize(request.Name);
        var byName = await cache.GetOrLoadAsync($"name|{key}", async () =>
            await lookup.FindByNameKeyAsync(key, ct) is { } entity
                ? new NameLookup(entity, [])
                : new NameLookup(null, await search.SuggestNamesAsync(key, PageLimits.SuggestionCount, ct)), ct);
        if (byName.Entity is null)
        {
            logger.LogInformation("No entity named {Name}; suggesting {Suggestions}", request.Name, byName.Suggestions);
            throw QueryErrors.UnknownName(request.Name, byName.Suggestions);
        }
        return new GetEntityResponse { Entity = byName.Entity };
    }

    public override async Task<SearchEntitiesResponse> SearchEntities(SearchEntitiesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        RequireShortText(request.Query, "query");
        RequireKnownType(request.Type);
        var pageSize = RequirePageSize(request.PageSize, PageLimits.DefaultSearchPageSize, PageLimits.MaxSearchPageSize);
        var scope = EntitySearch.TokenScope(request.Query, request.Type);
        var offset = RequirePageToken(request.PageToken, scope);

        return await cache.GetOrLoadAsync($"{scope}|{pageSize}|{offset}", async () =>
        {
            var page = await search.SearchAsync(request.Query, request.Type, pageSize, offset, ct);
            var response = new SearchEntitiesResponse { NextPageToken = NextToken(scope, page.NextOffset) };
            response.Results.AddRange(page.Results);
            return response;
        }, ct);
    }

    public override async Task<ListMentionsResponse> ListMentions(ListMentionsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var documentId = DocumentIds.ParseOptional(request.DocumentId);
        if (documentId is null && string.IsNullOrWhiteSpace(request.EntityId))
        {
            throw RpcErrors.InvalidArgument("Give entity_id (its mentions), document_id (the document's mentions of every entity) or both.");
        }
        var entityId = string.IsNullOrEmpty(request.EntityId) ? null : RequireEntityId(request.EntityId);
        var pageSize = RequirePageSize(request.PageSize, PageLimits.DefaultMentionPageSize, PageLimits.MaxMentionPageSize);
        var (from, to) = RequirePeriod(request.From, request.To);
        var scope = MentionQueries.TokenScope(entityId, documentId, from, to);
        var afterId = RequirePageToken(request.PageToken, scope);

        return await cache.GetOrLoadAsync($"{scope}|{pageSize}|{afterId}", async () =>
        {
            var page = await mentions.ListAsync(entityId, documentId, from, to, pageSize, afterId, ct);
            if (page.Mentions.Count == 0)
            {
                // Nothing to list, or nothing of that id: only then is it worth a second round trip to tell which.
                await RequireTargetsAsync(entityId, documentId, ct);
            }
            var response = new ListMentionsResponse { NextPageToken = NextToken(scope, page.NextAfterId) };
            response.Mentions.AddRange(page.Mentions);
            return response;
        }, ct);
    }

    public override async Task StreamMentions(StreamMentionsRequest request, IServerStreamWriter<Mention> responseStream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = RequireEntityId(request.EntityId);
        var documentId = DocumentIds.ParseOptional(request.DocumentId);
        var (from, to) = RequirePeriod(request.From, request.To);
        await RequireTargetsAsync(entityId, documentId, ct);

        await foreach (var mention in mentions.StreamAsync(entityId, documentId, from, to, ct))
        {
            await responseStream.WriteAsync(mention);
        }
    }

    public override async Task<ListDocumentEntitiesResponse> ListDocumentEntities(ListDocumentEntitiesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var documentId = DocumentIds.Parse(request.DocumentId);
        return await cache.GetOrLoadAsync($"document-entities|{documentId}", async () =>
        {
            var entities = await documentEntities.ListAsync(documentId, ct)
                ?? throw RpcErrors.DocumentNotFound(documentId);
            var response = new ListDocumentEntitiesResponse { DocumentId = documentId.ToString() };
            response.Entities.AddRange(entities);
            return response;
        }, ct);
    }

    public override async Task<GetRelatedEntitiesResponse> GetRelatedEntities(GetRelatedEntitiesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = RequireEntityId(request.EntityId);
        var limit = RequirePageSize(request.Limit, PageLimits.DefaultRelatedLimit, PageLimits.MaxRelatedLimit, "limit");

        return await cache.GetOrLoadAsync($"related|{entityId}|{limit}", async () =>
        {
            var entity = await lookup.FindByIdAsync(entityId, ct) ?? throw RpcErrors.EntityNotFound(entityId);
            var response = new GetRelatedEntitiesResponse { Entity = entity };
            response.Related.AddRange(await relatedEntities.ListAsync(entityId, limit, ct));
            return response;
        }, ct);
    }

    public override async Task<GetEntityTimelineResponse> GetEntityTimeline(GetEntityTimelineRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = RequireEntityId(request.EntityId);
        var (from, to) = RequirePeriod(request.From, request.To);

        return await cache.GetOrLoadAsync($"timeline|{entityId}|{from:O}|{to:O}", async () =>
        {
            var response = await timeline.ReadAsync(entityId, from, to, ct);
            if (response.Days.Count == 0 && !await mentions.EntityExistsAsync(entityId, ct))
            {
                throw RpcErrors.EntityNotFound(entityId);
            }
            return response;
        }, ct);
    }

    public override async Task<FindPathResponse> FindPath(FindPathRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var from = RequireEntityId(request.FromEntityId, "from_entity_id");
        var to = RequireEntityId(request.ToEntityId, "to_entity_id");
        if (from == to)
        {
            throw RpcErrors.InvalidArgument("from_entity_id and to_entity_id are the same entity; a path needs two.");
        }
        var maxHops = RequirePageSize(request.MaxHops, PathQuery.MaxHops, PathQuery.MaxHops, "max_hops");

        return await cache.GetOrLoadAsync($"path|{from}|{to}|{maxHops}", async () =>
        {
            foreach (var end in new[] { from, to })
            {
                await RequireTargetsAsync(end, documentId: null, ct);
            }
            var response = new FindPathResponse();
            if (await paths.FindAsync(from, to, maxHops, ct) is { } path)
            {
                foreach (var id in path)
                {
                    response.Entities.Add(await lookup.FindByIdAsync(id, ct));
                }
                response.Hops.AddRange(await paths.HopsAsync(path, ct));
            }
            return response;
        }, ct);
    }

    public override async Task<GetNeighbourhoodResponse> GetNeighbourhood(GetNeighbourhoodRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = RequireEntityId(request.EntityId);
        var depth = RequirePageSize(request.Depth, NeighbourhoodQuery.MaxDepth, NeighbourhoodQuery.MaxDepth, "depth");
        var limit = RequirePageSize(request.Limit, PageLimits.DefaultNeighbourhoodLimit, PageLimits.MaxNeighbourhoodLimit, "limit");
        var (from, to) = RequirePeriod(request.From, request.To);
        var filter = new RelationFilter(DocumentIds.ParseOptional(request.DocumentId), from, to);

        return await cache.GetOrLoadAsync(
            $"neighbourhood|{entityId}|{depth}|{limit}|{request.IncludeCoOccurrence}|{filter.DocumentId}|{from:O}|{to:O}", async () =>
        {
            await RequireTargetsAsync(entityId, filter.DocumentId, ct);
            return await neighbourhoods.ReadAsync(entityId, depth, limit, request.IncludeCoOccurrence, filter, ct);
        }, ct);
    }

    public override async Task WatchEntity(WatchEntityRequest request, IServerStreamWriter<EntityNotice> responseStream, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var entityId = RequireEntityId(request.EntityId);
        var openedAt = await mentions.EntityFoundAtAsync(entityId, ct) ?? throw RpcErrors.EntityNotFound(entityId);

        using var watch = watches.Subscribe(entityId, openedAt);
        // Tells the client the watch is in place: a document extracted from now on will be sent.
        await context.WriteResponseHeadersAsync(new Metadata());
        await foreach (var notice in watch.ReadAllAsync(ct))
        {
            await responseStream.WriteAsync(notice, ct);
        }
    }

    /// <summary>NOT_FOUND unless the entity and the document a request names (either may be absent) exist.</summary>
    private async Task RequireTargetsAsync(string? entityId, Guid? documentId, CancellationToken cancellationToken)
    {
        if (entityId is not null && !await mentions.EntityExistsAsync(entityId, cancellationToken))
        {
            throw RpcErrors.EntityNotFound(entityId);
        }
        if (documentId is { } id && !await mentions.DocumentExistsAsync(id, cancellationToken))
        {
            throw RpcErrors.DocumentNotFound(id);
        }
    }

    /// <summary>A name resolves to an entity, or to the closest names when none has it.</summary>
    private sealed record NameLookup(Entity? Entity, IReadOnlyList<string> Suggestions);

    private static string NextToken(string scope, long? position) =>
        position is { } p ? PageTokens.Encode(scope, p.ToString(CultureInfo.InvariantCulture)) : "";
}
