using Microsoft.EntityFrameworkCore;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Documents.Access;

/// <summary>Creating, listing and revoking the stored API keys.</summary>
internal sealed class ApiKeyStore(PlatformDbContext db, TimeProvider clock)
{
    /// <returns>The stored key and the key to give the client (its secret is not stored).</returns>
    public async Task<(ApiKey Stored, string Key)> CreateAsync(string name, AccessScope scope, string actor, CancellationToken ct)
    {
        var (secret, hash) = ApiKeyFormat.NewSecret();
        var key = new ApiKey { Name = name, Scope = scope.Name(), SecretHash = hash, CreatedBy = actor, CreatedAt = clock.GetUtcNow() };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return (key, ApiKeyFormat.Key(key.Id, secret));
    }

    public Task<List<ApiKey>> ListAsync(bool includeRevoked, CancellationToken ct) =>
        db.ApiKeys.AsNoTracking().Where(k => includeRevoked || k.RevokedAt == null).OrderBy(k => k.Id).ToListAsync(ct);

    /// <returns>The key as revoked, or null when there is no such key. Revoking twice keeps the first revocation.</returns>
    public async Task<ApiKey?> RevokeAsync(long id, string actor, CancellationToken ct)
    {
        // One conditional update: of two concurrent revocations, only the first is recorded.
        var now = clock.GetUtcNow();
        await db.ApiKeys.Where(k => k.Id == id && k.RevokedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(k => k.RevokedAt, now).SetProperty(k => k.RevokedBy, actor), ct);
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);
    }
}
