namespace Platform.Storage.Entities;

public sealed class EntityAlias
{
    public string EntityId { get; set; } = "";
    /// <summary>The alias as written.</summary>
    public string Alias { get; set; } = "";
    /// <summary><see cref="NameKey.Normalize"/> of the alias: the look-up key (B-tree and trigram indexed).</summary>
    public string NormalizedAlias { get; set; } = "";
}
