using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// "大会" / "本届峰会" / "圆桌讨论" / "the conference" as a mention of the event the text last named, in the same sentence or
/// before it: a report on a conference names it once and then speaks of "the conference" ("浙江大学教授熊蓉在大会开幕式上作了
/// 主题报告"). A session of it (its roundtable, its opening) is read as the event too, since who takes part in one takes
/// part in the event. "论文" before its credits is likewise the work the text last named (<see cref="FindWork"/>).
/// </summary>
internal static partial class EventAnaphora
{
    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence, string? lastEvent) =>
        Referred(Event(), EntityType.Event, text, start, end, inSentence, lastEvent);

    /// <summary>
    /// "论文第一作者为唐一苇" / "该论文" / "the paper" as a mention of the work the text last named, in the same sentence or
    /// before it: a university's news of a paper names it once and then speaks of "the paper".
    /// </summary>
    public static IEnumerable<RelationArgument> FindWork(string text, int start, int end, List<RelationArgument> inSentence, string? lastWork) =>
        Referred(Paper(), EntityType.Work, text, start, end, inSentence, lastWork);

    /// <summary>Each of <paramref name="words"/> as a mention of the last <paramref name="type"/> named in the sentence before it, else of <paramref name="last"/>.</summary>
    private static IEnumerable<RelationArgument> Referred(Regex words, EntityType type, string text, int start, int end, List<RelationArgument> inSentence, string? last)
    {
        foreach (var match in ReferringWords.Within(words, text, start, end))
        {
            var named = inSentence.LastOrDefault(m => m.Type == type && m.End <= match.Index)?.EntityId ?? last;
            if (named is not null && !ReferringWords.IsInsideAName(match, inSentence))
            {
                yield return new RelationArgument(match.Index, match.Index + match.Length, named, type);
            }
        }
    }

    // Before who wrote it (论文第一作者为…, 报告署名分析师为…), not a paper of the kind named before it (一篇顶会论文); the research its
    // co-authors took part in (柯铭、郑可心共同参与了研究).
    [GeneratedRegex(@"(?<=^|[^\p{IsCJKUnifiedIdeographs}]|[，。；：的])(?:该|这篇|此篇)?(?:论文(?=的?(?:第一作者|通讯作者|共同第一作者|作者))|报告(?=署名))|(?<=参与了?)(?:该|这项|此项|本)?(?:研究|论文)(?=[。，,；;]|$)|\b[Tt]he\s+paper(?='s\s+(?:first|lead|corresponding)\s+author)")]
    private static partial Regex Paper();

    // Not inside a longer noun: 大会 of 股东大会 is no mention (a longer name is a mention already, and is skipped above). The
    // stage one takes at it is the event too, unnamed (俞知韫身穿灰色卫衣登台, 邢以诚上台助阵, 作为合作伙伴嘉宾上台): a zero-width
    // mention before the verb, not before 上台 alone, which also means coming to power.
    [GeneratedRegex(@"(?<=^|[^\p{IsCJKUnifiedIdeographs}]|[在的了于由和与及从到对向将是])(?:本届|这届|此次|本次|该)?(?:大会|峰会|论坛|博览会|圆桌讨论|圆桌对话|圆桌)|\b[Tt]he\s+(?:[Cc]onference|[Ss]ummit|event|[Ff]orum|[Ee]xpo)\b"
        + "|(?=登台|上台(?:助阵|演讲|致辞|发言|演示|介绍|分享|讲解))|(?<=嘉宾)(?=上台)")]
    private static partial Regex Event();
}
