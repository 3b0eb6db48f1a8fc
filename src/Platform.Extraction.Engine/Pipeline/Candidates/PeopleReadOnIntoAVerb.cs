namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// 首席技术官苏衍任副主任: a tagger reads the verb 任 ("serves as") before a post into the name a role prefix gives
/// without it. The longer span is no name where the role-prefixed one starts with it and the verb is all it adds.
/// </summary>
internal static class PeopleReadOnIntoAVerb
{
    public static void Remove(List<Candidate> candidates)
    {
        var prefixed = candidates.Where(c => c is { Type: EntityType.Person, Source: CandidateSource.ChineseTagger } && c.Cue.StartsWith(BylineCandidates.RolePrefixCue, StringComparison.Ordinal))
            .Select(c => (c.Start, c.End)).ToHashSet();
        if (prefixed.Count > 0)
        {
            candidates.RemoveAll(c => c is { Type: EntityType.Person, Entry: null } && c.Text.EndsWith('任') && prefixed.Contains((c.Start, c.End - 1)));
        }
    }
}
