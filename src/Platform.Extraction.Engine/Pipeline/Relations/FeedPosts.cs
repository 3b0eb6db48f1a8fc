using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A social feed heads each post and each comment with its author's line: a person's name and the connection's degree or
/// their headline ("**Teodora Vrabie** · 1st" over "Head of Foundation Models at Sablewing Robotics", "**Callum Dearing** ·
/// Staff Research Scientist at Google DeepMind"), or a company page's name over its followers ("Robotics · 214 followers").
/// Under it, "I" is that person and "we"/"our" the firm their headline names, or the company itself.
/// </summary>
internal static partial class FeedPosts
{
    /// <summary>Each post's or comment's start and the speaker of its text, in the text's order.</summary>
    public static List<(int Start, Speaker Speaker)> Find(string text, IReadOnlyList<RelationArgument> mentions, IReadOnlyDictionary<int, RelationArgument> organizationAt)
    {
        var posts = new List<(int Start, Speaker Speaker)>();
        foreach (Match header in Header().Matches(text))
        {
            var name = header.Groups["name"];
            var author = mentions.FirstOrDefault(m => m.Start == name.Index && m.End == name.Index + name.Length);
            var next = TextLines.EndOf(text, header.Index) + 1;
            if (author?.Type == EntityType.Person && header.Groups["dot"].Success)
            {
                // The headline after the dot, or on the line below: "… at Sablewing Robotics".
                var headlineEnd = next < text.Length ? TextLines.EndOf(text, next) : text.Length;
                var firm = organizationAt.Values.Where(o => o.Start > author.End && o.Start < headlineEnd).OrderBy(o => o.Start)
                    .FirstOrDefault(o => AtBefore().IsMatch(text.AsSpan(Math.Max(0, o.Start - 4), Math.Min(4, o.Start))));
                posts.Add((header.Index, new Speaker(author.EntityId, firm?.EntityId)));
            }
            else if (author?.Type == EntityType.Organization && next < text.Length && Followers().IsMatch(text.AsSpan(next, TextLines.EndOf(text, next) - next)))
            {
                posts.Add((header.Index, Speaker.Author(author.EntityId)));
            }
        }
        return posts;
    }

    /// <summary>The speaker of the post or comment that <paramref name="at"/> is in, if any.</summary>
    public static Speaker? SpeakerAt(List<(int Start, Speaker Speaker)> posts, int at)
    {
        Speaker? speaker = null;
        foreach (var (start, postSpeaker) in posts)
        {
            if (start > at)
            {
                break;
            }
            speaker = postSpeaker;
        }
        return speaker;
    }

    // A name opening its line (its emphasis perhaps blanked), then "· 1st" or "· Staff Research Scientist at …" (a person),
    // or nothing (a company page, whose followers the next line counts).
    [GeneratedRegex(@"(?<=^|\n)[ \t*_]*(?<name>\p{Lu}[^\n·*_]{1,60}?)[ \t*_]*(?<dot>·[ \t]*(?:1st|2nd|3rd\+?|Following|\p{Lu}[^\n]{2,120})[ \t]*)?(?=\n)")]
    private static partial Regex Header();

    [GeneratedRegex(@"·[ \t]*[\d,.]+[KkMm]?[ \t]+followers\b")]
    private static partial Regex Followers();

    [GeneratedRegex(@"\bat[ \t]+$")]
    private static partial Regex AtBefore();
}
