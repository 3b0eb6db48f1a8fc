using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A post names people and firms by their handles ("@IndexVentures", "@fernloop_ai", "@sjoerd_rennick"): a handle spelled
/// as a name the text gives in full, its spaces and case aside and perhaps a firm's "ai", "hq" or "labs" after it, is a
/// mention of that name. Handles no name in the text spells stay unread.
/// </summary>
internal static partial class SocialHandles
{
    /// <summary>
    /// Adds a candidate for each handle that spells a name another candidate has, of that candidate's type; a handle read as
    /// a place ("@IndexVentures") is an account, a firm's.
    /// </summary>
    public static void Apply(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Location, Entry: null } place && IsAHandle(text, place.Start))
            {
                candidates[i] = place with { Type = EntityType.Organization };
            }
        }
        candidates.AddRange(Find(text, candidates).ToList());
    }

    private static IEnumerable<Candidate> Find(string text, IReadOnlyList<Candidate> candidates)
    {
        var names = candidates.Where(c => c.Type is EntityType.Person or EntityType.Organization && c.Text.Any(char.IsAsciiLetter) && !c.Text.StartsWith('@'))
            .GroupBy(c => Compact(c.Text)).Where(g => g.Key.Length >= 4).ToDictionary(g => g.Key, g => g.First());
        foreach (Match handle in Handle().Matches(text))
        {
            var name = handle.Groups["name"];
            if (Spelled(name.Value, names) is { } named)
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, named.Type, 0.85, CandidateSource.LatinRecognizer,
                    Cue: $"the handle of \"{named.Text}\"");
            }
        }
    }

    /// <summary>The name a handle spells, among the compacted names given.</summary>
    public static T? Spelled<T>(string handle, IReadOnlyDictionary<string, T> names) where T : class
    {
        var compact = Compact(handle);
        if (names.TryGetValue(compact, out var named))
        {
            return named;
        }
        return FirmSuffix().Match(compact) is { Success: true } suffix && names.TryGetValue(compact[..suffix.Index], out var firm) ? firm : null;
    }

    public static string Compact(string name) => new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    /// <summary>Whether the mention at [start, end) is a handle (after an "@").</summary>
    public static bool IsAHandle(string text, int start) => start > 0 && text[start - 1] == '@';

    [GeneratedRegex(@"(?<![\w@.])@(?<name>[A-Za-z][A-Za-z0-9_]{2,30})\b")]
    private static partial Regex Handle();

    [GeneratedRegex("(?:ai|hq|inc|labs|app|official|team)$")]
    private static partial Regex FirmSuffix();
}
