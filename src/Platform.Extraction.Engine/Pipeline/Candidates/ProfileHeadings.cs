using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A ranking's or a directory's entry heads a firm's profile with its name, then gives its facts as labelled fields:
/// <code>
/// **No.1　叠岭智算**
/// 成立时间：2023年｜总部：北京
/// </code>
/// The name under the rank, on a line of its own above a founding date, a head office or founders, is an organisation.
/// </summary>
internal static partial class ProfileHeadings
{
    public static IEnumerable<Candidate> Find(string text)
    {
        foreach (Match heading in Heading().Matches(text))
        {
            var name = heading.Groups["name"];
            yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.8,
                CandidateSource.BookTitle, Cue: "a ranked entry's name above the firm's facts");
        }
    }

    // The rank (No.1, TOP 3, 第2名, 1.), the name, then on the next line a firm's fact.
    [GeneratedRegex(@"(?<=^|\n)[ \t#*_]*(?:No\.?[ \t]*\d{1,3}|NO\.?[ \t]*\d{1,3}|TOP[ \t]*\d{1,3}|第\d{1,3}名)[ \t　]+(?<name>[^\s*_#｜|：:][^\n*_#｜|：:]{1,24}?)[ \t*_]*\n(?=[ \t*_]*(?:成立时间|成立于|成立|总部|创始人|联合创始人|Founded|Headquarters|Founders?)[ \t*_]*[:：/])")]
    private static partial Regex Heading();
}
