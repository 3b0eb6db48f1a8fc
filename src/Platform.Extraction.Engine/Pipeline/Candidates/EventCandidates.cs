using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Chinese event names end in a head noun (大会, 峰会, 论坛, 盛会 …): 世界人工智能大会, 星火开发者大会. The name
/// starts after the verb or particle that introduces it (参加了, 在, 的), or where the run of characters starts
/// (中国共产党第十五次全国代表大会在北京召开). An everyday word before the head only says what kind of meeting it is
/// (新闻发布会, 学术研讨会), and so does a dictionary word (座谈会). An edition (第三届, 首届) is no part of the name: every
/// edition is the one event the text names without it; nor is the city a world event is held in (北京世界机器人大会).
/// </summary>
internal static partial class EventCandidates
{
    public static IEnumerable<Candidate> Find(string text, ChineseCommonWords commonWords)
    {
        foreach (Match match in EventName().Matches(text))
        {
            var name = match.Value;
            var introduced = Introducer().Match(name);
            var start = match.Index + (introduced.Success ? introduced.Length : 0);
            // 杭州办第一届翎渊开发者大会: the name starts after its edition, after the words of a clause too (a year before the
            // edition stays: 2026第二届鹭岛…论坛 is named so).
            var headStart = match.Groups["head"].Index;
            var edition = headStart > start ? Edition().Matches(text[start..headStart]).LastOrDefault(e => e.Index == 0 || text.Substring(start, e.Index).Any(Text.CharClass.IsHan)) : null;
            if (edition is not null)
            {
                start += edition.Index + edition.Length;
            }
            // 北京世界机器人大会: a world event named with the city it is held in is the world event, in that city.
            start += HostCity(text, start, commonWords);
            // "2026 岱朔开发者大会": the year before the name, a space between, is the edition's.
            if (start == match.Index && start >= 5 && YearAndSpaceBefore().IsMatch(text.AsSpan(start - 5, 5)) && (start == 5 || !char.IsLetterOrDigit(text[start - 6])))
            {
                start -= 5;
            }
            var length = match.Index + match.Length - start;
            // Without an introducer the name starts where the run of characters does; a match cut off inside a longer
            // run has no known start.
            var startKnown = introduced.Success || edition is not null || match.Index == 0 || !Text.CharClass.IsHan(text[match.Index - 1]);
            var modifier = text.Substring(start, length - match.Groups["head"].Length);
            // A launch event or a seminar is named only by a name of its own, not by an everyday word (秋季发布会, 学术研讨会).
            var generic = match.Groups["head"].Value is "发布会" or "研讨会" ? commonWords.Contains(modifier) : commonWords.IsFrequent(modifier);
            if (startKnown && modifier.Length >= 2 && !generic && !commonWords.Contains(modifier + match.Groups["head"].Value)
                && !PersonsTitle().IsMatch(modifier))
            {
                yield return new Candidate(start, start + length, text.Substring(start, length), EntityType.Event, 0.8,
                    CandidateSource.BookTitle, Cue: "event head noun " + match.Groups["head"].Value);
            }
        }
    }

    private static int HostCity(string text, int start, ChineseCommonWords commonWords)
    {
        foreach (var length in (ReadOnlySpan<int>)[3, 2])
        {
            if (start + length + 2 <= text.Length && commonWords.IsListedPlace(text.Substring(start, length)) && WorldAfterTheCity().IsMatch(text.AsSpan(start + length)))
            {
                return length;
            }
        }
        return 0;
    }

    [GeneratedRegex("^(?:世界|全球)")]
    private static partial Regex WorldAfterTheCity();

    // A firm's own meetings (股东大会, 职工大会) are no events of their own.
    [GeneratedRegex(@"^(?:19|20)\d\d $")]
    private static partial Regex YearAndSpaceBefore();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z0-9]{2,20}?(?<head>论坛年会|(?<!股东|职工)大会|峰会|盛会|论坛|讲坛|博览会|展览会|交易会|研讨会|发布会|(?<![明今去前后每])年会|车展|电影节|锦标赛|奥运会|世界杯|大赛|挑战赛|程序设计竞赛|竞赛)(?![堂场员长])")]
    private static partial Regex EventName();

    /// <summary>A prize in quotation marks (她荣获“吴文俊人工智能科学技术奖”): the graph takes prizes as events, their winners taking part.</summary>
    public static IEnumerable<Candidate> Prizes(string text, ChineseCommonWords commonWords)
    {
        foreach (Match match in QuotedPrize().Matches(text))
        {
            var name = match.Groups["name"];
            if (!commonWords.Contains(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Event, 0.8, CandidateSource.BookTitle, Cue: "a prize in quotation marks");
            }
        }
    }

    [GeneratedRegex(@"[“「](?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z0-9·]{3,24}?(?:奖|奖项|大奖))[”」]")]
    private static partial Regex QuotedPrize();

    /// <summary>
    /// A prize after the verb of winning it, unquoted (获ACL 2026杰出论文奖, 获2026年度吴文俊人工智能科学技术奖自然科学奖一等奖): the
    /// name runs to its first 奖 and is a name when a Latin name opens it or it is long (not 一等奖, 最佳论文奖).
    /// </summary>
    public static IEnumerable<Candidate> PrizesWon(string text, ChineseCommonWords commonWords)
    {
        foreach (Match match in PrizeWon().Matches(text))
        {
            var name = match.Groups["name"];
            if ((match.Groups["latin"].Success || name.Length >= 8) && !commonWords.Contains(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Event, 0.8, CandidateSource.BookTitle, Cue: "a prize won");
            }
        }
    }

    // 荣获第五届紫金山具身智能创新奖金奖: the edition before the prize and the tier after it (金奖, 一等奖) are no part of its name.
    [GeneratedRegex(@"(?<=" + Relations.PatternPieces.WinningAPrize + @"(?:第[一二三四五六七八九十百零0-9]{1,4}届|首届)?)(?<name>(?![度得了第])(?<latin>[A-Z][A-Za-z]+\s*(?:(?:19|20)\d{2}\s*)?)?[\p{IsCJKUnifiedIdeographs}]{3,14}?奖)(?=[金银铜]奖|(?![学金励项品杯状牌章]))")]
    private static partial Regex PrizeWon();

    // A person's title says the words before the head are a headline's (云岫科技高级副总裁宋知远大会主题演讲实录), not a name.
    [GeneratedRegex("总裁|董事长|首席|院长|所长|主任|经理|书记|部长|局长|市长|省长|教授")]
    private static partial Regex PersonsTitle();

    [GeneratedRegex(@"第[一二三四五六七八九十百零0-9]{1,4}届|首届")]
    private static partial Regex Edition();

    // Verbs and particles that introduce the name, and prepositions an event's name never holds ("…钱伟长为大会题词").
    [GeneratedRegex(@"^.*(?:参加了?|出席了?|举办了?|举行了?|召开了?|办了?|参展|亮相|荣获|获得|在|于|的|了|和|与|及|为|向|对|给|被|把|由|是|但|也|比)")]
    private static partial Regex Introducer();
}
