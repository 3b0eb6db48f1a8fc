namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Who "I"/"我" is in a speech or interview (its most salient person) and, when known, the organisation
/// "we"/"our"/"我们" speak for.
/// </summary>
public sealed record Speaker(string PersonId, string? OrganizationId);
