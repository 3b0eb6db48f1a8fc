using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// The byline lines of Chinese articles name people and organisations by role: "作者 | 李明",
/// "责编 | 张华" (people), "出品丨未来科技评论", "来源：新华社" (organisations).
/// </summary>
internal static partial class BylineCandidates
{
    public static IEnumerable<Candidate> Find(string text)
    {
        foreach (Match match in Byline().Matches(text))
        {
            var name = match.Groups["name"];
            var value = name.Value.TrimEnd();
            var type = match.Groups["person"].Success ? EntityType.Person : EntityType.Organization;
            yield return new Candidate(name.Index, name.Index + value.Length, value, type, 0.8, CandidateSource.ChineseTagger,
                Cue: $"byline \"{match.Groups["role"].Value}\"");
        }
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?<role>(?<person>作者|责编|责任编辑|编辑|记者|撰文|翻译|译者|校对)|出品方?|来源|主办方?|承办方?|发布方?)[ \t]*[丨|｜:：][ \t]*(?<name>[^\s（()（，,。；;|丨｜]{2,24}(?:[ \t][^\s（()（，,。；;|丨｜]{1,24})?)")]
    private static partial Regex Byline();
}
