using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>A gold annotation file as described by the corpus's GOLD-FORMAT.md.</summary>
public sealed record GoldDocument(
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("entities")] IReadOnlyList<GoldEntity> Entities,
    [property: JsonPropertyName("relations")] IReadOnlyList<GoldRelation> Relations)
{
    public static GoldDocument Load(string path) =>
        JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} is not a gold annotation file.");
}

public sealed record GoldEntity(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("name_zh")] string? NameZh,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("surface_forms")] IReadOnlyList<string> SurfaceForms,
    [property: JsonPropertyName("salience")] string Salience);

public sealed record GoldRelation(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] string Object,
    [property: JsonPropertyName("evidence")] string? Evidence = null);
