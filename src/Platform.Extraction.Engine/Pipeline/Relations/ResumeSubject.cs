using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A résumé paragraph (a listed company's 简历 of a new executive, a speaker's bio) names its person once and leaves
/// them out of every sentence after: "宋予衡先生，1985年出生，中国国籍，博士研究生学历。毕业于清华大学…；2015年至2019年任微软
/// 亚洲研究院研究员；…". Each later sentence of the paragraph, and each clause after a "；", that names no person and opens
/// with what a career says (毕业于, 曾任, 现任, 任职于, 2013年至2015年在…, 北京大学计算机博士) is about that person: a
/// zero-width mention of them is placed where the clause starts, so the cue patterns read it. An encyclopedia entry's person
/// (the one its infobox's 中文名 names) holds to the entry's end, through its sections.
/// </summary>
internal sealed partial class ResumeSubject
{
    private RelationArgument? _person;
    private int _paragraphEnd;

    /// <summary>Takes the person a sentence opens a résumé with; a new paragraph ends the résumé.</summary>
    public void Remember(string text, int sentenceStart, List<RelationArgument> inSentence)
    {
        if (_person is not null && sentenceStart >= _paragraphEnd)
        {
            _person = null;
        }
        if (inSentence.FirstOrDefault() is { Type: EntityType.Person } first
            && CardLabel().IsMatch(text.AsSpan(sentenceStart, first.Start - sentenceStart))
            && ResumeOpening().IsMatch(text.AsSpan(first.End)))
        {
            _person = first;
            var paragraphBreak = text.IndexOf("\n\n", first.End, StringComparison.Ordinal);
            _paragraphEnd = paragraphBreak < 0 || IsTheEntrysSubject(text, first) ? text.Length : paragraphBreak;
        }
    }

    public IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> window)
    {
        if (_person is not { } person || start >= _paragraphEnd || end <= person.End)
        {
            yield break;
        }
        // The sentence that names the person goes on with their career after its commas ("陶云舒女士，1983年出生，中国国籍，
        // 浙江大学软件工程硕士。"); the sentences after open with it too.
        var namesThePerson = start <= person.Start;
        for (var clause = namesThePerson ? person.End : start; clause < end; clause = NextClause(text, clause, end))
        {
            var opening = CareerOpening().Match(text, clause, end - clause);
            var clauseEnd = NextClause(text, clause, end);
            if (!namesThePerson && opening.Success && !window.Any(m => m.Type == EntityType.Person && m.Start >= clause && m.Start < clauseEnd))
            {
                var at = opening.Index + opening.Length;
                yield return new RelationArgument(at, at, person.EntityId, EntityType.Person);
            }
            // "本科毕业于…，博士毕业于…，先后任职于…": each comma's clause that opens a career step is the person's too.
            for (var comma = text.IndexOfAny(['，', ','], clause, clauseEnd - clause); comma >= 0; comma = text.IndexOfAny(['，', ','], comma + 1, clauseEnd - comma - 1))
            {
                if (CareerStepAfterAComma().Match(text, comma + 1, clauseEnd - comma - 1) is { Success: true } step
                    && !window.Any(m => m.Type == EntityType.Person && m.Start > comma && m.Start < clauseEnd))
                {
                    yield return new RelationArgument(step.Index + step.Length, step.Index + step.Length, person.EntityId, EntityType.Person);
                }
            }
        }
    }

    /// <summary>An encyclopedia entry's person, its infobox's "| 中文名 | 祁衡之 |": its career sections ("2010年，获…博士学位") are
    /// about them to the entry's end.</summary>
    private static bool IsTheEntrysSubject(string text, RelationArgument person) =>
        CareerLines.NameField().Match(text) is { Success: true } field
        && text.AsSpan(field.Index + field.Length).StartsWith(text.AsSpan(person.Start, person.End - person.Start), StringComparison.Ordinal);

    private static int NextClause(string text, int from, int end)
    {
        var semicolon = text.IndexOfAny(['；', ';'], from, end - from);
        return semicolon < 0 ? end : semicolon + 1;
    }

    // "浙江大学软件工程硕士，", "北京大学计算机博士。", "获…博士学位，": a school, perhaps a field, and a degree, to the clause's end.
    private const string SchoolAndDegree = @"[^，,。；;、\n]{2,24}?(?:" + PatternPieces.ChineseDegrees + @")(?:学位|学历)?[，,。；;]";

    // A career step a comma opens, without the years and bare prepositions a clause may start with for other reasons.
    // A school and degree ("浙江大学软件工程硕士，") or a dated step ("2015年加入公司", "2025年3月起任公司财务总监") is one too.
    [GeneratedRegex(@"\G\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:起(?=任)|至今)?[，,]?\s*(?=加入|任|担任|出任|离开)|(?=(?:本科|硕士|博士)?毕业于|先后|曾任|曾在|历任|现任|任职于|就职于|" + SchoolAndDegree + @"))")]
    private static partial Regex CareerStepAfterAComma();

    // What may stand before the person's name: nothing, a profile card's label (【人物名片】, 个人简介：), emphasis.
    [GeneratedRegex(@"^[\s*_]*(?:【[^】\n]{1,8}】|(?:个人|嘉宾|报告人|讲者|作者|人物)?简介[：:])?[\s*_]*$")]
    private static partial Regex CardLabel();

    private const string CardTitles = "创始人|首席执行官|CEO|总裁|董事长|总经理|教授|研究员|院长|主任|合伙人";

    // 先生，1985年出生 / 女士，1979年出生 / ，男，汉族 / ，中国国籍 / a profile card's "，深圳拓界机器人有限公司联合创始人兼首席执行官。"
    // or a speaker's bio "，成都锦岚智能计算研究院院长，" or "，北京大学计算机博士，" /
    // a team page's heading "**周砚秋｜创始合伙人**" over the bio.
    [GeneratedRegex(@"^(?:(?:先生|女士)?[，,]\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:出生|生)|[男女][，,]|中国国籍|[^，,。；\n]{2,40}?(?:" + CardTitles + @")[。；;，,]|" + SchoolAndDegree + @")|[ \t*_]*[｜|][^\n]{0,20}?(?:" + CardTitles + @")[ \t*_]*\n)")]
    private static partial Regex ResumeOpening();

    // What a career clause opens with, after the years it covers (2013年至2015年, 2019年至今, 2020年起), where the person is
    // placed: the patterns read a closed period before them as a post left (see EmploymentPatterns).
    [GeneratedRegex(@"\G\s*(?:(?:19|20)\d\d年(?:\d{1,2}月)?(?:(?:至|到|-|—|－)(?:今|(?:19|20)\d\d年(?:\d{1,2}月)?)|起)?[，,]?\s*)?(?=(?:本科|硕士|博士)?毕业于|曾任|曾在|曾于|现任|历任|任职于|就职于|先后|担任|加入|离开|考入|就读于|任|在|于|" + SchoolAndDegree + @")")]
    private static partial Regex CareerOpening();
}
