using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// The subject a clause leaves out, read as the sentence's subject. In English, a coordinated clause: in "Farouk spent
/// four years at Anthropic, where she …, and before that was a research scientist at Google Brain" the one who was a
/// research scientist is the person the sentence opens with. In Chinese, a topic chain: in "声湃科技成立于2016年，总部位于
/// 苏州，由…梁思齐和…顾北辰共同创办" every clause after a comma that opens with a verb or an adverb is about the
/// organisation or person the sentence opens with (perhaps after a time: "上市前，声湃科技…，投资方包括…"). A zero-width
/// mention of that subject is placed where the clause starts, so the cue patterns read it.
/// </summary>
internal static partial class ElidedSubjects
{
    // A time or a place the sentence may open with before its subject: "今年6月，", "上市前，".
    private const int MaxOpening = 10;

    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence)
    {
        // The first person or firm, perhaps after its description (北京大模型公司|智元星图宣布…).
        var named = WithoutTheTitlesFirm(text, end, inSentence);
        if (named.FirstOrDefault(m => m.Type is EntityType.Person or EntityType.Organization) is not { } subject)
        {
            yield break;
        }
        var opening = text.AsSpan(start, subject.Start - start);
        if (Description().Match(text, start, subject.Start - start) is { Success: true } description)
        {
            opening = opening[..(description.Index - start)];
        }
        else if (named[0] != subject)
        {
            yield break;
        }
        // 创始人袁克勤不再兼任CEO，将继续担任董事长: a person's title before them opens the sentence with them.
        else if (subject.Type == EntityType.Person && TitleBefore().Match(text, start, subject.Start - start) is { Success: true, Length: > 0 } title)
        {
            opening = opening[..(title.Index - start)];
        }
        var chinese = (subject.End > 0 && Text.CharClass.IsCjk(text[subject.End - 1])) || (subject.End < text.Length && Text.CharClass.IsCjk(text[subject.End]));
        var clause = chinese ? ChineseClause() : EnglishClause();
        if (chinese ? !OpensTheSentence(opening) : subject.Type != EntityType.Person || opening.IndexOfAny(",，;:") >= 0)
        {
            yield break;
        }
        // What a speaker says is about what they name ("宋嘉宁：我们完成了A轮融资，由启明创投领投", "宋嘉宁说，…"), not about them.
        if (chinese && subject.Type == EntityType.Person && SpeechAfter().IsMatch(text.AsSpan(subject.End, Math.Min(4, end - subject.End))))
        {
            yield break;
        }
        var clauseStart = subject.End;
        for (var match = clause.Match(text, subject.End, end - subject.End); match.Success; match = match.NextMatch())
        {
            var at = match.Index + match.Length;
            if (chinese)
            {
                subject = PersonOpeningAClause(text, clauseStart, match.Index, inSentence) ?? subject;
                clauseStart = at;
            }
            if (!inSentence.Any(m => m.Start <= at && at < m.End))
            {
                yield return new RelationArgument(at, at, subject.EntityId, subject.Type);
            }
        }
    }

    /// <summary>
    /// A title's unnamed firm before the person who holds it is not the subject when that person goes on to do something
    /// ("创始人孟岚本科…毕业于清华，曾在英伟达…" is about 孟岚); when the person speaks ("首席财务官蔡允中透露，公司计划…"), what
    /// they say is about the firm.
    /// </summary>
    private static List<RelationArgument> WithoutTheTitlesFirm(string text, int end, List<RelationArgument> inSentence)
    {
        if (inSentence.FirstOrDefault(m => m.Type is EntityType.Person or EntityType.Organization) is { Type: EntityType.Organization } firm
            && firm.Start == firm.End && TitleAt().IsMatch(text.AsSpan(firm.Start))
            && inSentence.FirstOrDefault(m => m != firm && m.Type is EntityType.Person or EntityType.Organization) is { Type: EntityType.Person } person
            && !SpeechAfter().IsMatch(text.AsSpan(person.End, Math.Min(4, end - person.End))))
        {
            return inSentence.Where(m => m != firm).ToList();
        }
        return inSentence;
    }

    /// <summary>
    /// A person who opens a clause of the chain, perhaps after their title, is what the clauses after it are about:
    /// "深言智能成立于2022年，创始人兼CEO杜若川毕业于…，曾在字节跳动担任…" — 杜若川 was at ByteDance, not the firm.
    /// </summary>
    private static RelationArgument? PersonOpeningAClause(string text, int from, int to, List<RelationArgument> inSentence)
    {
        var comma = text.LastIndexOfAny(['，', ','], to - 1, to - from);
        if (comma < 0)
        {
            return null;
        }
        var person = inSentence.FirstOrDefault(m => m.Start > comma && m.Start < to);
        return person is { Type: EntityType.Person } && TitleOnly().IsMatch(text.AsSpan(comma + 1, person.Start - comma - 1)) ? person : null;
    }

    [GeneratedRegex(@"^(?:(?:联合)?创始人|首席|CEO|CTO|CFO|COO|总裁|副总裁|董事长|总经理)")]
    private static partial Regex TitleAt();

    [GeneratedRegex(@"^\s*(?:[：:]|(?:说|表示|称|介绍|透露|指出)\s*[：:，,])")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"^\s*(?:" + RoleNouns.Chain + @")?\s*$")]
    private static partial Regex TitleOnly();

    [GeneratedRegex(@"(?:" + RoleNouns.Chain + @")\s*$")]
    private static partial Regex TitleBefore();

    /// <summary>Nothing before the Chinese subject but, perhaps, a short time or place clause ending in a comma ("今年6月，").</summary>
    private static bool OpensTheSentence(ReadOnlySpan<char> opening)
    {
        var trimmed = opening.Trim();
        var comma = trimmed.IndexOfAny("，,");
        var lead = comma < 0 ? trimmed : trimmed[(comma + 1)..].Trim();
        return (comma < 0 || comma <= MaxOpening) && lead.Length == 0 && trimmed.IndexOfAny("。；;：:") < 0;
    }

    // What a Chinese sentence may say its subject is before naming it: 北京大模型公司, 合肥车企, 深圳人形机器人企业.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,12}?(?:公司|企业|机构|车企|初创公司)\s*$")]
    private static partial Regex Description();

    [GeneratedRegex(@"[,;]\s*and(?:\s+(?:before that|after that|then|later|previously|earlier|now|also|since then|in \d{4})\s*,?)?(?=\s+(?:was|has been|had been|worked|ran|led|joined|served|spent|co-?founded|founded|started|became|left)\b)")]
    private static partial Regex EnglishClause();

    // After a comma, a clause that opens with what its subject did or is (总部位于, 由…创办, 曾在, 目前担任, 投资方包括),
    // perhaps after when (今年6月完成了…).
    // Not a clause that describes the next name (总部位于杭州的宇树科技).
    [GeneratedRegex(@"[，,]\s*(?!总部(?:位于|设在)[^，,。；]{1,10}?的)(?=(?:(?:今年|去年|前年|(?:19|20)\d\d年)[初底中]?)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:(?:辞职|离任|卸任)后仍?)?(?:总部|秘书处|由|曾|正式|首次|率先|此前|之前|随后|后来|目前|现任|现已|已经|已|将|于|任|担任|出任|获得|完成|推出|发布|位于|并|还|也|同时|旗下|投资方|投资者|股东|核心产品|主要产品|产品包括|是(?!因为|由于|为了|否))[^，,。；]*)")]
    private static partial Regex ChineseClause();
}
