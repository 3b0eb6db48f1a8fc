namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Who "I"/"我" is in a speech or interview (its most salient person) and, when known, the organisation
/// "we"/"our"/"我们" speak for. Where the text gives turns ("刘思远：…", "DANA WHITFIELD: …"), each turn's speaker speaks
/// for the organisation <see cref="Organizations"/> holds for them (what the text says they head or work at).
/// A firm's own text (a blog post, a letter to its investors) has no person speaking: only its "we", and only outside
/// the quotes it gives of others (<see cref="IsTheAuthor"/>).
/// </summary>
public sealed record Speaker(string? PersonId, string? OrganizationId, IReadOnlyDictionary<string, string>? Organizations = null)
{
    /// <summary>The organisation that wrote the text, speaking as "we" where it quotes nobody.</summary>
    public static Speaker Author(string organizationId) => new(null, organizationId);

    public bool IsTheAuthor => PersonId is null;

    /// <summary>The speaker of a turn the text labels with a person's name.</summary>
    public Speaker ForTurn(string personId) =>
        personId == PersonId ? this : new Speaker(personId, Organizations?.GetValueOrDefault(personId), Organizations);
}
