namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Who "I"/"我" is in a speech or interview (its most salient person) and, when known, the organisation
/// "we"/"our"/"我们" speak for. Where the text gives turns ("刘思远：…", "DANA WHITFIELD: …"), each turn's speaker speaks
/// for the organisation <see cref="Organizations"/> holds for them (what the text says they head or work at).
/// </summary>
public sealed record Speaker(string PersonId, string? OrganizationId, IReadOnlyDictionary<string, string>? Organizations = null)
{
    /// <summary>The speaker of a turn the text labels with a person's name.</summary>
    public Speaker ForTurn(string personId) =>
        personId == PersonId ? this : new Speaker(personId, Organizations?.GetValueOrDefault(personId), Organizations);
}
