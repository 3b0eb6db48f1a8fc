using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.Storage.Access;

/// <summary>The api_keys table, as every service's access check reads it.</summary>
internal sealed class StoredApiKeys(IServiceScopeFactory scopes) : IApiKeyDirectory
{
    public async Task<StoredApiKey?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        return key is null || !AccessScopes.TryParse(key.Scope, out var scopeName)
            ? null
            : new StoredApiKey(key.Id, key.Name, scopeName, key.SecretHash, key.RevokedAt);
    }
}
