using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>Chinese title marks name works: 《浪潮将至》 is a book, film, report or show.</summary>
internal static partial class BookTitleCandidates
{
    public static IEnumerable<Candidate> Find(string text)
    {
        foreach (Match match in TitleMarks().Matches(text))
        {
            var title = match.Groups[1];
            if (title.Value.Trim().Length > 0)
            {
                yield return new Candidate(title.Index, title.Index + title.Length, title.Value, EntityType.Work, 0.85,
                    CandidateSource.BookTitle, Cue: "title marks 《》");
            }
        }
    }

    [GeneratedRegex(@"《([^《》\n]{1,60})》")]
    private static partial Regex TitleMarks();
}
