namespace Microsoft.Extensions.Hosting;

/// <summary>A stored API key as the access check needs it.</summary>
public sealed record StoredApiKey(long Id, string Name, AccessScope Scope, byte[] SecretHash, DateTimeOffset? RevokedAt);

/// <summary>Where stored API keys are looked up (the platform database; see Platform.Storage).</summary>
public interface IApiKeyDirectory
{
    Task<StoredApiKey?> FindAsync(long id, CancellationToken cancellationToken);
}
