using Platform.Query.V1;

namespace Platform.Cli.Output;

/// <summary>Entity types as people type them on the command line: person, organization, ...</summary>
internal static class EntityTypeNames
{
    private static readonly Dictionary<string, EntityType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["person"] = EntityType.Person,
        ["organization"] = EntityType.Organization,
        ["product"] = EntityType.Product,
        ["location"] = EntityType.Location,
        ["event"] = EntityType.Event,
        ["work"] = EntityType.Work,
        ["concept"] = EntityType.Concept,
    };

    public static string[] All { get; } = [.. ByName.Keys];

    public static EntityType Parse(string? name) =>
        string.IsNullOrEmpty(name) ? EntityType.Unspecified
        : ByName.TryGetValue(name, out var type) ? type
        : throw new ArgumentException($"Unknown entity type \"{name}\"; use one of: {string.Join(", ", All)}.", nameof(name));

    public static string Format(EntityType type) =>
        ByName.FirstOrDefault(pair => pair.Value == type).Key ?? "unspecified";
}
