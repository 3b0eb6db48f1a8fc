using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Access.V1;
using Platform.Contracts.Rpc;
using StoredApiKey = Platform.Storage.Entities.ApiKey;

namespace Platform.Documents.Access;

/// <summary>API keys, managed where the documents live: every service reads them from the shared database.</summary>
[RequiresScope(AccessScope.Admin)]
internal sealed class AccessService(ApiKeyStore store, ILogger<AccessService> logger) : Platform.Access.V1.AccessService.AccessServiceBase
{
    private const int MaxNameLength = 100;

    public override async Task<CreateApiKeyResponse> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > MaxNameLength)
        {
            throw RpcErrors.InvalidArgument($"name must be 1–{MaxNameLength} characters: say who or what will use the key (\"nightly ingest\").");
        }
        TextRules.RequireLine(request.Name, "name");
        if (!AccessScopes.TryParse(request.Scope, out var scope))
        {
            throw RpcErrors.InvalidArgument($"scope \"{TextRules.Echo(request.Scope)}\" is not one of read, write, admin.");
        }
        var actor = Actor(request.Actor, context);
        var (stored, key) = await store.CreateAsync(request.Name.Trim(), scope, actor, context.CancellationToken);
        logger.LogInformation("API key {KeyId} '{Name}' ({Scope}) created by {Actor}", stored.Id, stored.Name, stored.Scope, actor);
        return new CreateApiKeyResponse { ApiKey = ToApi(stored), Key = key };
    }

    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context) =>
        new() { ApiKeys = { (await store.ListAsync(request.IncludeRevoked, context.CancellationToken)).Select(ToApi) } };

    public override async Task<Platform.Access.V1.ApiKey> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context)
    {
        if (request.Id <= 0)
        {
            throw RpcErrors.InvalidArgument("id must be a key's id (the number after pk_; platform keys lists them).");
        }
        var actor = Actor(request.Actor, context);
        var revoked = await store.RevokeAsync(request.Id, actor, context.CancellationToken)
            ?? throw RpcErrors.NotFound($"No API key with id {request.Id}; platform keys lists them.");
        logger.LogInformation("API key {KeyId} '{Name}' revoked by {Actor}", revoked.Id, revoked.Name, revoked.RevokedBy);
        return ToApi(revoked);
    }

    /// <summary>The caller's key when keys are required; else who the request says it is.</summary>
    private static string Actor(string claimed, ServerCallContext context)
    {
        var caller = Caller.Of(context);
        if (caller.KeyId is not null)
        {
            return $"key:{caller.Name}";
        }
        TextRules.RequireLine(claimed, "actor");
        return string.IsNullOrWhiteSpace(claimed) ? "anonymous" : TextRules.Echo(claimed.Trim());
    }

    private static Platform.Access.V1.ApiKey ToApi(StoredApiKey key) => new()
    {
        Id = key.Id,
        Name = key.Name,
        Scope = key.Scope,
        CreatedBy = key.CreatedBy,
        CreatedAt = Timestamp.FromDateTimeOffset(key.CreatedAt),
        RevokedAt = key.RevokedAt is { } revokedAt ? Timestamp.FromDateTimeOffset(revokedAt) : null,
        RevokedBy = key.RevokedBy ?? "",
    };
}
