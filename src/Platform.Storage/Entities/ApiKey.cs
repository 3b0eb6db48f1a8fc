namespace Platform.Storage.Entities;

/// <summary>
/// A credential a client sends as <c>authorization: Bearer pk_&lt;id&gt;_&lt;secret&gt;</c>. Only the SHA-256 of the
/// secret is kept; the key itself is shown once, when it is created. Revoked keys stay, for the record.
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>read, write or admin; each includes the ones before it.</summary>
    public string Scope { get; set; } = "";
    public byte[] SecretHash { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
}
