using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Who may call what, and how often, for every RPC of every service (gRPC and the JSON routes alike): the API key in
/// <c>authorization: Bearer …</c> and its scope against the method's <see cref="RequiresScopeAttribute"/>, the service
/// credential for <see cref="InternalRpcAttribute"/> methods, and each key's rate and stream limits. Methods without
/// either attribute (health, reflection) are open. An interceptor rather than ASP.NET Core's authorization middleware
/// so that every refusal is a gRPC status with a message a person can act on, not a bare HTTP 401.
/// </summary>
public sealed class AccessInterceptor : Interceptor, IDisposable
{
    public const string ServiceKeyHeader = "x-platform-service-key";

    private readonly ApiKeyGate _gate;
    private readonly AccessOptions _options;
    private readonly IApiKeyDirectory _directory;
    private readonly MemoryCache _keys = new(new MemoryCacheOptions { SizeLimit = 10_000 });
    private readonly PartitionedRateLimiter<long> _calls;
    private readonly PartitionedRateLimiter<long> _streams;
    private readonly TokenBucketRateLimiter _lookups;
    private readonly byte[]? _adminKeyHash;
    private readonly byte[]? _serviceKeyHash;

    public AccessInterceptor(ApiKeyGate gate, IOptions<AccessOptions> options, IApiKeyDirectory directory)
    {
        _gate = gate;
        _options = options.Value;
        _directory = directory;
        _adminKeyHash = string.IsNullOrEmpty(_options.AdminKey) ? null : ApiKeyFormat.Hash(_options.AdminKey);
        _serviceKeyHash = string.IsNullOrEmpty(_options.ServiceKey) ? null : ApiKeyFormat.Hash(_options.ServiceKey);
        _calls = PartitionedRateLimiter.Create<long, long>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.Burst,
            TokensPerPeriod = _options.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        }));
        _streams = PartitionedRateLimiter.Create<long, long>(key => RateLimitPartition.GetConcurrencyLimiter(key, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = _options.ConcurrentStreams,
            QueueLimit = 0,
        }));
        _lookups = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.KeyLookupsPerSecond * 2,
            TokensPerPeriod = _options.KeyLookupsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AdmitAsync(context, stream: false);
        return await continuation(request, context);
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AdmitAsync(context, stream: true);
        return await continuation(requestStream, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AdmitAsync(context, stream: true);
        await continuation(request, responseStream, context);
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        using var lease = await AdmitAsync(context, stream: true);
        await continuation(requestStream, responseStream, context);
    }

    /// <summary>Throws the status that says why the call may not go ahead; else the stream permit to hold (if any).</summary>
    private async Task<IDisposable?> AdmitAsync(ServerCallContext context, bool stream)
    {
        var metadata = context.GetHttpContext().GetEndpoint()?.Metadata;
        var method = MethodName(context.Method);
        if (metadata?.GetMetadata<InternalRpcAttribute>() is not null)
        {
            CheckServiceKey(context, method);
            return null;
        }
        if (metadata?.GetMetadata<RequiresScopeAttribute>() is not { } required || !_gate.Required)
        {
            return null;
        }
        var caller = await AuthenticateAsync(context);
        if (caller.Scope < required.Scope)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"The API key '{caller.Name}' has the {caller.Scope.Name()} scope; {method} needs {required.Scope.Name()}. " +
                $"Ask an admin for a key with the {required.Scope.Name()} scope (platform keys create --scope {required.Scope.Name()})."));
        }
        caller.AttachTo(context);
        var partition = caller.KeyId ?? 0;
        using (var call = _calls.AttemptAcquire(partition))
        {
            if (!call.IsAcquired)
            {
                var retryAfter = call.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                throw RetryLater.Exhausted(retryAfter,
                    $"The API key '{caller.Name}' is over its rate limit of {_options.RequestsPerSecond} calls per second " +
                    $"(bursts of {_options.Burst}); retry after {RetryLater.Seconds(retryAfter)} s.", context);
            }
        }
        if (!stream)
        {
            return null;
        }
        var permit = _streams.AttemptAcquire(partition);
        if (!permit.IsAcquired)
        {
            permit.Dispose();
            throw RetryLater.Exhausted(TimeSpan.FromSeconds(1),
                $"The API key '{caller.Name}' already has {_options.ConcurrentStreams} streams open, its limit; close one or retry when one ends.", context);
        }
        return permit;
    }

    private async Task<Caller> AuthenticateAsync(ServerCallContext context)
    {
        var header = context.RequestHeaders.GetValue("authorization");
        if (string.IsNullOrWhiteSpace(header))
        {
            throw Unauthenticated(
                "This service requires an API key: send the header 'authorization: Bearer <key>' (the CLI: --api-key or $PLATFORM_API_KEY). " +
                "An admin creates keys with 'platform keys create'.");
        }
        const string bearer = "Bearer ";
        var key = header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? header[bearer.Length..].Trim() : header.Trim();
        if (_adminKeyHash is not null && CryptographicOperations.FixedTimeEquals(ApiKeyFormat.Hash(key), _adminKeyHash))
        {
            return new Caller(0, "admin key from configuration", AccessScope.Admin);
        }
        if (!ApiKeyFormat.TryParse(key, out var id, out var secret))
        {
            throw Unauthenticated("The API key is malformed: keys look like pk_<number>_<secret>, as 'platform keys create' printed them.");
        }
        var stored = await FindAsync(id, context);
        if (stored is null || !ApiKeyFormat.Matches(secret, stored.SecretHash))
        {
            throw Unauthenticated($"The API key pk_{id}_… is not valid: no key has that id and secret. Check it was copied whole.");
        }
        if (stored.RevokedAt is { } revokedAt)
        {
            throw Unauthenticated($"The API key '{stored.Name}' (pk_{id}) was revoked at {revokedAt:u}; ask an admin for a new one.");
        }
        return new Caller(stored.Id, stored.Name, stored.Scope);
    }

    /// <summary>
    /// A stored key, from the cache or the database. Only keys that exist are cached, so made-up ids cannot crowd real
    /// keys out of it or hide a key created a moment later; database look-ups are themselves rate-limited for all
    /// callers together, so a flood of made-up keys costs the database little.
    /// </summary>
    private async Task<StoredApiKey?> FindAsync(long id, ServerCallContext context)
    {
        if (_keys.TryGetValue(id, out StoredApiKey? cached))
        {
            return cached;
        }
        using (var lookup = _lookups.AttemptAcquire())
        {
            if (!lookup.IsAcquired)
            {
                throw RetryLater.Exhausted(TimeSpan.FromSeconds(1),
                    "Too many API keys are being checked at once (most of them unknown); retry in a second.", context);
            }
        }
        var stored = await _directory.FindAsync(id, context.CancellationToken);
        if (stored is not null && _options.KeyCacheDuration > TimeSpan.Zero)
        {
            _keys.Set(id, stored, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.KeyCacheDuration });
        }
        return stored;
    }

    private void CheckServiceKey(ServerCallContext context, string method)
    {
        if (_serviceKeyHash is null)
        {
            if (_gate.Required)
            {
                throw new RpcException(new Status(StatusCode.PermissionDenied,
                    $"{method} is internal to the platform and no service credential is configured: set {AccessOptions.SectionName.Replace(":", "__")}__ServiceKey " +
                    "to the same secret on the document and extraction services."));
            }
            return;
        }
        var presented = context.RequestHeaders.GetValue(ServiceKeyHeader);
        if (presented is null || !CryptographicOperations.FixedTimeEquals(ApiKeyFormat.Hash(presented), _serviceKeyHash))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"{method} is internal to the platform: only the document service may call it (with the service credential). " +
                "To extract text, call Extract."));
        }
    }

    private static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));

    private static string MethodName(string fullMethod) => fullMethod[(fullMethod.LastIndexOf('/') + 1)..];

    public void Dispose()
    {
        _keys.Dispose();
        _calls.Dispose();
        _streams.Dispose();
        _lookups.Dispose();
    }
}
