using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// The byline lines of Chinese articles name people and organisations by role: "作者 | 李明",
/// "责编 | 张华" (people), "出品丨未来科技评论", "来源：新华社" (organisations). In running text a role word stands
/// right before a person's name: "记者王小明报道", "主持人林悦表示", "编译周航", and so does an official's title
/// ("副主任袁伟民在…"); the name must have a name's shape and be followed by punctuation or a reporting word, so that
/// "记者会" or "作者认为" name nobody.
/// </summary>
internal static partial class BylineCandidates
{
    public static IEnumerable<Candidate> Find(string text, ChineseCommonWords commonWords)
    {
        foreach (Match match in Byline().Matches(text))
        {
            var name = match.Groups["name"];
            var value = name.Value.TrimEnd();
            var type = match.Groups["person"].Success ? EntityType.Person : EntityType.Organization;
            if (type == EntityType.Person && value.Any(Text.CharClass.IsCjk))
            {
                // A Chinese name has no space: "作者｜李文 编辑｜赵倩" names 李文, then the next role.
                value = value.Split(' ', '\t')[0];
                // An interviewer's question is no byline: "**记者：你创业之前在做什么？**".
                if (!ChineseNameShape.IsPlausiblePersonName(value, commonWords.IsFrequent))
                {
                    continue;
                }
            }
            yield return new Candidate(name.Index, name.Index + value.Length, value, type, 0.8, CandidateSource.ChineseTagger,
                Cue: $"byline \"{match.Groups["role"].Value}\"");
        }
        // "极客前哨记者 温以宁 发自北京": a dateline's outlet, before its reporter.
        foreach (Match match in OutletBeforeItsReporter().Matches(text))
        {
            var outlet = match.Groups["outlet"];
            if (!commonWords.Contains(outlet.Value))
            {
                yield return new Candidate(outlet.Index, outlet.Index + outlet.Length, outlet.Value, EntityType.Organization, 0.8, CandidateSource.ChineseTagger,
                    Cue: "the outlet before its reporter");
            }
        }
        // "*Posted by Priya Raman and Tomasz Wielgosz, General Partners at …*", "By Ana Ruiz": who signs an English text.
        foreach (Match match in EnglishByline().Matches(text))
        {
            foreach (Capture name in match.Groups["name"].Captures)
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.8, CandidateSource.LatinRecognizer,
                    Cue: "English byline");
            }
        }
        // "演讲嘉宾：陈以衡　鹭芯智能首席科学家", "颁奖嘉宾：郑启航、林若晴", "对话嘉宾：" over "- 杜雨辰　…" one a line: a
        // programme's speakers, each name before a space, a stop or the line's end.
        foreach (Match label in SpeakerLabel().Matches(text))
        {
            var lineEnd = TextLines.EndOf(text, label.Index);
            var names = text.AsSpan(label.Index + label.Length, lineEnd - label.Index - label.Length).IsWhiteSpace()
                ? ListedSpeakers(text, lineEnd)
                : SpeakerNames().Match(text, label.Index + label.Length).Groups["name"].Captures.AsEnumerable();
            foreach (var name in names.Where(n => ChineseNameShape.IsPlausiblePersonName(n.Value, commonWords.IsFrequent)))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.8, CandidateSource.ChineseTagger,
                    Cue: $"a programme's \"{label.Groups["role"].Value}\"");
            }
        }
        // "段瑾瑜（复旦大学）、姚星澜（腾讯AI Lab）", "孟庭芳（清华大学）" over "柏晓川（电子科技大学）": a committee's members, each
        // with their unit in brackets; two such items one after the other make the list.
        var members = MemberWithUnit().Matches(text);
        for (var i = 0; i < members.Count; i++)
        {
            var name = members[i].Groups["name"];
            if ((NextInTheList(text, members, i - 1) || NextInTheList(text, members, i))
                && !commonWords.Contains(name.Value) && ChineseNameShape.IsPlausiblePersonName(name.Value, commonWords.IsFrequent))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Person, 0.8, CandidateSource.ChineseTagger,
                    Cue: "a member listed with their unit in brackets");
            }
        }
        foreach (Match match in RolePrefix().Matches(text))
        {
            var name = match.Groups["name"];
            // After a title, a given name that is also a rarer word (伟民, 建国) is still a given name; so is a rarer word
            // that starts with a common surname (教授高远担任).
            if ((!commonWords.Contains(name.Value) || (ChineseNameShape.IsCommonSurname(name.Value[0]) && !commonWords.IsFrequent(name.Value)))
                && ChineseNameShape.IsPlausiblePersonName(name.Value, commonWords.IsFrequent))
            {
                var end = ChineseNameShape.WithoutTrailingTimeOrSpeech(text, name.Index,
                    ChineseNameShape.WithoutTrailingVerb(text, name.Index, name.Index + name.Length));
                yield return new Candidate(name.Index, end, text[name.Index..end], EntityType.Person, 0.8, CandidateSource.ChineseTagger,
                    Cue: $"{RolePrefixCue} \"{match.Groups["role"].Value}\"");
            }
        }
    }

    private static bool NextInTheList(string text, MatchCollection items, int i) =>
        i >= 0 && i + 1 < items.Count && ListSeparator().IsMatch(text.AsSpan(items[i].Index + items[i].Length, items[i + 1].Index - items[i].Index - items[i].Length));

    [GeneratedRegex(@"(?<=^|[、：:\n \t\u3000])(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})[（(][^（）()\n]{2,30}[）)](?=[ \t]*(?:[、，,；;]|\n|$))")]
    private static partial Regex MemberWithUnit();

    [GeneratedRegex(@"^[ \t]*[、，,；;]?[ \t]*\n?[ \t]*(?:[-*•][ \t]+)?$")]
    private static partial Regex ListSeparator();

    /// <summary>The names opening each line of the list after <paramref name="lineEnd"/>, up to a blank line.</summary>
    private static IEnumerable<Capture> ListedSpeakers(string text, int lineEnd)
    {
        for (var at = lineEnd + 1; at < text.Length && ListedSpeaker().Match(text, at) is { Success: true } item; at = TextLines.EndOf(text, at) + 1)
        {
            yield return item.Groups["name"];
        }
    }

    // A standard's or a project's people listed the same way ("本文件主要起草人：林若晨、许明远"), and a judgment's party's
    // representative and lawyer ("法定代表人：邵景澜，董事长。").
    [GeneratedRegex(@"(?<role>" + Relations.PatternPieces.ChineseSpeakerRoles + @"|(?:主要)?起草人|(?:主要)?完成人|法定代表人|委托(?:诉讼)?代理人)[ \t]*[:：][ \t]*")]
    private static partial Regex SpeakerLabel();

    [GeneratedRegex(@"\G(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})(?:、(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4}))*(?=[ \t\u3000，,；;]|\n|$|(?<=、[\p{IsCJKUnifiedIdeographs}·]{2,4})。)")]
    private static partial Regex SpeakerNames();

    [GeneratedRegex(@"\G[ \t]*(?:[-*•][ \t]+)?(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,4})(?=[ \t\u3000，,])")]
    private static partial Regex ListedSpeaker();

    [GeneratedRegex(@"(?m)^[ \t]*(?<role>(?<person>作者|责编|责任编辑|编辑|记者|撰文|翻译|译者|校对)|出品方?|来源|主办方?|承办方?|发布方?)[ \t]*[丨|｜:：][ \t]*(?<name>[^\s（()（，,。；;|丨｜]{2,24}(?:[ \t][^\s（()（，,。；;|丨｜]{1,24})?)")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?m)^[ \t>*_]*(?!本报|本刊|本台|本网)(?<outlet>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,8}?)(?:特约|实习|见习|首席)?记者[ \t]*[\p{IsCJKUnifiedIdeographs}·]{2,4}(?=[ \t]|发自|报道|$)")]
    private static partial Regex OutletBeforeItsReporter();

    /// <summary>
    /// Whether the name at <paramref name="nameStart"/> signs the text in an English byline: who signs a letter ("*Posted by
    /// Priya Raman and Tomasz Wielgosz, General Partners at Harrow Street*") writes its "we".
    /// </summary>
    public static bool SignsTheText(string text, int nameStart)
    {
        var lineStart = TextLines.StartOf(text, nameStart);
        var byline = EnglishByline().Match(text, lineStart, TextLines.EndOf(text, nameStart) - lineStart);
        return byline.Success && byline.Groups["name"].Captures.Any(name => name.Index == nameStart);
    }

    /// <summary>The cue of a person named after a role (记者林拓, 首席技术官苏衍), with the role after it.</summary>
    public const string RolePrefixCue = "role prefix";

    /// <summary>The words an English byline opens with ("Posted by", "By").</summary>
    public const string EnglishBylineOpener = @"(?:Posted\s+by|Written\s+by|By)";

    // Another name after a comma, not a title ("By Adaora Nwachukwu, Senior Editor, Rack & Silicon").
    [GeneratedRegex(@"(?m)^[ \t>*_]*" + EnglishBylineOpener + @"\s+(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?!(?:Senior|Chief|Managing|Executive|Deputy|Associate|Assistant|Contributing|Staff|Vice|General|Founding)\s)(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}))*(?=\s*(?:,|\*|_|\||—|$))")]
    private static partial Regex EnglishByline();

    // Newsroom roles, and the titles news puts before an official's or an executive's name ("国家体委副主任袁伟民在…",
    // "外交部发言人沈国放说", "联合创始人兼CTO顾念安此前…"), and a lab's staff and students ("硕士研究生郑可心、").
    [GeneratedRegex(@"(?<role>责任编辑|责编|记者|编译|主持人|作者|通讯员|撰稿人|撰文|摄影|(?:副|常务副)?(?:主任|部长|书记|主席|总理|委员长|院长|局长|厅长|省长|市长|县长|行长|秘书长|总干事)|发言人|(?:副|执行|独立)?(?:总经理|经理|董事长|董事|总裁|总监|总编辑|主编)|教授|研究员|研究生|博士生|硕士生|博士后|工程师|分析师|大使|CEO|CTO|CFO|COO|首席[\p{IsCJKUnifiedIdeographs}]{1,4}?官|联合创始人|创始人)[ \t]?(?<name>[\p{IsCJKUnifiedIdeographs}·]{2,5}?)(?=[\s，,。、；;：:！!？?）)」”""]|先生|女士|报道|摄|发自|表示|说|称|指出|介绍|认为|透露|告诉|采访|在|出席|会见|访问|强调|宣布|发表|今天|今日|昨天|昨日|一行|等|主持|讲话|致辞|到场|到会|现身|亮相|为|向|和|此前|曾|目前|现任|担任|出任|兼任|接任|卸任|任(?=副|主任|主席|院长|组长|理事|董事|秘书|首席|总)|汇报|因|牵头|负责|也|还|将|则|却|就|又|已|$)")]
    private static partial Regex RolePrefix();
}
