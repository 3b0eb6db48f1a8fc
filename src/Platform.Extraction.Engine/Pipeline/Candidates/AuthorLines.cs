using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A paper listed with its authors on the line below its title, as a research digest or a programme lists it:
/// <code>
/// **2. Verifier-Guided Self-Play for Repository-Level Code Agents**
/// *Jia-Hui Lo, Benedikt Sauerwein (Carnegie Mellon University); Felix Okoye (Fernhollow Robotics)*
/// </code>
/// The author line is groups of names, each with its affiliation in brackets, split by ";". The line above is the
/// paper's title (a work), without its number and emphasis; each name is a person.
/// </summary>
internal static partial class AuthorLines
{
    public sealed record AuthorLine(int Start, int End, Capture Title, IReadOnlyList<AuthorGroup> Groups);

    /// <param name="Names">Where the group's names are, before its brackets.</param>
    /// <param name="Affiliation">What the brackets hold, without them.</param>
    public sealed record AuthorGroup(IReadOnlyList<Capture> Names, Capture Affiliation);

    public static IEnumerable<AuthorLine> Find(string text)
    {
        foreach (Match line in AuthorLinePattern().Matches(text))
        {
            if (TitleAbove(text, line.Index) is not { } title)
            {
                continue;
            }
            var names = line.Groups["name"].Captures;
            // "Dr. Matthias Oberholz, Associate Professor, ETH Zurich (in a personal capacity)": a signatory's titles, no authors.
            if (names.Any(n => TitleWord().IsMatch(n.Value)))
            {
                continue;
            }
            var groups = new List<AuthorGroup>();
            foreach (var affiliation in line.Groups["affiliation"].Captures.Cast<Capture>())
            {
                var before = groups.Count == 0 ? line.Index : groups[^1].Affiliation.Index + groups[^1].Affiliation.Length;
                groups.Add(new AuthorGroup(names.Where(n => n.Index > before && n.Index < affiliation.Index).ToList(), affiliation));
            }
            yield return new AuthorLine(line.Index, line.Index + line.Length, title, groups);
        }
    }

    /// <summary>Whether the line at <paramref name="line"/> lists authors under a title.</summary>
    public static bool IsAuthorLine(ReadOnlySpan<char> line) => AuthorLinePattern().IsMatch(line);

    public static IEnumerable<Candidate> Candidates(string text)
    {
        foreach (var line in Find(text))
        {
            yield return new Candidate(line.Title.Index, line.Title.Index + line.Title.Length, line.Title.Value, EntityType.Work, 0.9,
                CandidateSource.BookTitle, Cue: "a paper's title above its authors");
            foreach (var name in line.Groups.SelectMany(g => g.Names))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.8,
                    CandidateSource.LatinRecognizer, Cue: "an author under a paper's title");
            }
        }
    }

    private static Capture? TitleAbove(string text, int lineStart)
    {
        if (lineStart < 2 || text[lineStart - 1] != '\n')
        {
            return null;
        }
        var above = TextLines.StartOf(text, lineStart - 1);
        return Title().Match(text, above, lineStart - 1 - above) is { Success: true } title ? title.Groups["title"] : null;
    }

    private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){1,3})";

    private const string NamesAndAffiliation = Name + @"(?:[ \t]*,[ \t]*" + Name + @")*(?:,?[ \t]+and[ \t]+" + Name + @")?[ \t]*\((?<affiliation>[^()\n]{2,120})\)";

    // ", with collaborators from Alibaba's Qwen team": what follows the last group is no author.
    [GeneratedRegex(@"(?<=^|\n)[ \t]*[*_]*[ \t]*" + NamesAndAffiliation + @"(?:[ \t]*;[ \t]*" + NamesAndAffiliation + @")*(?:[ \t]*,[ \t]*with[ \t][^\n]{0,120}?)?[ \t]*[*_]*[ \t]*(?=\n|$)")]
    private static partial Regex AuthorLinePattern();

    [GeneratedRegex(@"\b(?:Professor|Director|Founder|Co-?founder|Partner|Lecturer|Engineer|Scientist|Researcher|CEO|CTO|CFO|COO|Chair|President|Officer|Manager|Candidate|Fellow|Analyst)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    // "**1. Sparse Recurrent Routers for Million-Token Inference**", "### How Small Can a Chemistry Model Be?"
    [GeneratedRegex(@"\G[ \t]*[#>*_]*[ \t]*(?:\d{1,2}[.)][ \t]+)?(?<title>\p{Lu}[^\n*_]{8,200}?[\p{L}\p{N}?)])[*_ \t]*$")]
    private static partial Regex Title();
}
