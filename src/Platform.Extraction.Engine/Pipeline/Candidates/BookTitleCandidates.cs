using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Chinese title marks name works: 《浪潮将至》 is a book, film, report or show. A game in title marks (游戏《…》, 手游《…》)
/// is a product, as games are, wherever the text names it.
/// </summary>
internal static partial class BookTitleCandidates
{
    public static IEnumerable<Candidate> Find(string text)
    {
        var matches = TitleMarks().Matches(text);
        var games = matches.Where(m => GameBefore().IsMatch(text.AsSpan(0, m.Index))).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in matches)
        {
            var title = match.Groups[1];
            if (title.Value.Trim().Length > 0)
            {
                var game = games.Contains(title.Value);
                yield return new Candidate(title.Index, title.Index + title.Length, title.Value, game ? EntityType.Product : EntityType.Work, 0.85,
                    CandidateSource.BookTitle, Cue: game ? "a game in title marks 《》" : "title marks 《》");
            }
        }
    }

    [GeneratedRegex(@"(?:游戏|手游|端游|网游)$")]
    private static partial Regex GameBefore();

    [GeneratedRegex(@"《([^《》\n]{1,60})》")]
    private static partial Regex TitleMarks();
}
