using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Chinese news writes a foreign firm's or university's country before its name (美国斯坦福大学, 日本哈默纳科, 美国英伟达),
/// and taggers read the two as one name. Where the name after the country stands on its own, because the KB lists it or
/// the document also writes it without the country, the text names two things: the country and the organisation.
/// A government body keeps its country (美国国务院, 日本经济产业省), and China's own names keep theirs (中国移动).
/// </summary>
internal static partial class CountryPrefixes
{
    public static void SplitFromForeignNames(string text, List<Candidate> candidates, IReadOnlyList<Candidate> curated, ChineseCommonWords commonWords)
    {
        foreach (var country in curated.Where(IsForeignCountry))
        {
            var joined = candidates.Where(c => c.Start == country.Start && c.End > country.End + 1 && c.Entry is null
                && c.Type is EntityType.Organization or EntityType.Location).ToList();
            if (joined.Count == 0 || joined.MaxBy(c => c.Length) is not { } longest)
            {
                continue;
            }
            var rest = text[country.End..longest.End];
            var curatedRest = curated.FirstOrDefault(c => c.Start == country.End && c.End == longest.End && c.Type != EntityType.Person);
            if (GovernmentBody().IsMatch(rest)
                || (curatedRest is null && (commonWords.Contains(rest) || !IsWrittenWithoutTheCountry(text, rest, country.Text))))
            {
                continue;
            }
            candidates.RemoveAll(c => c.Start == country.Start && c.End == longest.End && c.Entry is null);
            candidates.RemoveAll(c => c.Start == country.End && c.End == longest.End);
            if (!candidates.Contains(country))
            {
                candidates.Add(country);
            }
            candidates.Add(curatedRest ?? longest with
            {
                Start = country.End,
                Text = rest,
                Type = PlaceEnding().IsMatch(rest) ? EntityType.Location : EntityType.Organization,
                Cue = longest.Cue + ", the name after its country",
            });
        }
    }

    /// <summary>Whether a foreign country the KB lists is written right before <paramref name="start"/> (美国|斯坦福大学).</summary>
    public static bool FollowsAForeignCountry(IEnumerable<Candidate> curated, int start) => curated.Any(c => c.End == start && IsForeignCountry(c));

    private static bool IsForeignCountry(Candidate place) =>
        place is { Type: EntityType.Location, Entry: { Id: not "china", Description: { } description } }
        && description.StartsWith("Country", StringComparison.Ordinal) && place.Text.All(CharClass.IsHan);

    private static bool IsWrittenWithoutTheCountry(string text, string name, string country)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!text.AsSpan(0, at).EndsWith(country, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex("(?:部|省|署|局|厅|委员会|国会|议会|政府|央行|使馆|领事馆|法院|国务院|参议院|众议院|检察院|军)$")]
    private static partial Regex GovernmentBody();

    [GeneratedRegex("(?:州|省|市|县|区|岛|湾|港|山|湖)$")]
    private static partial Regex PlaceEnding();
}
