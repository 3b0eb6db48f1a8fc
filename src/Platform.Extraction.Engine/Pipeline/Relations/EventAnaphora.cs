using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// "大会" / "本届峰会" / "圆桌讨论" / "the conference" as a mention of the event the text last named, in the same sentence or
/// before it: a report on a conference names it once and then speaks of "the conference" ("浙江大学教授熊蓉在大会开幕式上作了
/// 主题报告"). A session of it (its roundtable, its opening) is read as the event too, since who takes part in one takes
/// part in the event.
/// </summary>
internal static partial class EventAnaphora
{
    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence, string? lastEvent)
    {
        foreach (var match in ReferringWords.Within(Event(), text, start, end))
        {
            var named = inSentence.LastOrDefault(m => m.Type == EntityType.Event && m.End <= match.Index)?.EntityId ?? lastEvent;
            if (named is not null && !ReferringWords.IsInsideAName(match, inSentence))
            {
                yield return new RelationArgument(match.Index, match.Index + match.Length, named, EntityType.Event);
            }
        }
    }

    // Not inside a longer noun: 大会 of 股东大会 is no mention (a longer name is a mention already, and is skipped above).
    [GeneratedRegex(@"(?<=^|[^\p{IsCJKUnifiedIdeographs}]|[在的了于由和与及从到对向将是])(?:本届|这届|此次|本次|该)?(?:大会|峰会|论坛|博览会|圆桌讨论|圆桌对话|圆桌)|\b[Tt]he\s+(?:conference|summit|event|forum|expo)\b")]
    private static partial Regex Event();
}
