namespace Microsoft.Extensions.Hosting;

/// <summary>What an API key may do; each scope includes the ones before it.</summary>
public enum AccessScope
{
    /// <summary>Look-ups, searches, watches, extraction of text that is not stored.</summary>
    Read = 1,
    /// <summary>Ingest and delete documents, correct the graph.</summary>
    Write = 2,
    /// <summary>Create, list and revoke API keys.</summary>
    Admin = 3,
}

public static class AccessScopes
{
    public static string Name(this AccessScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>Exactly "read", "write" or "admin" (Enum.TryParse would also take "1" or "read,write").</summary>
    public static bool TryParse(string? name, out AccessScope scope)
    {
        scope = name switch { "read" => AccessScope.Read, "write" => AccessScope.Write, "admin" => AccessScope.Admin, _ => 0 };
        return scope != 0;
    }
}

/// <summary>The scope a gRPC method (or every method of a service) needs when API keys are required.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresScopeAttribute(AccessScope scope) : Attribute
{
    public AccessScope Scope { get; } = scope;
}

/// <summary>
/// A method only the platform's own services call (the document service's <c>ExtractDocument</c>): it needs the
/// service credential (<c>Platform:Access:ServiceKey</c>), never an API key.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InternalRpcAttribute : Attribute;
