using System.Text.Json.Serialization;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>One entity of one document in the prediction format the corpus's score.py reads.</summary>
public sealed record PredictedEntity(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("surface_forms")] IReadOnlyList<string> SurfaceForms);
