using System.Text.RegularExpressions;
using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// A unit named after the organisation it belongs to: a curated organisation's name followed by the unit's own
/// name and a head noun — 清华大学智能产业研究院, 微软亚洲研究院, 阿里巴巴达摩院, 字节跳动AI Lab, Stanford Institute for Human-Centered AI,
/// MIT Computer Science and Artificial Intelligence Laboratory. The whole is the name (the curated name alone would
/// take the unit's mentions for the parent's), and the name itself says which organisation the unit is part of.
/// </summary>
internal static partial class UnitNameCandidates
{
    public const double Confidence = 0.85;

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<Candidate> curated)
    {
        foreach (var parent in curated.Where(c => c is { Source: CandidateSource.KnowledgeBase, Type: EntityType.Organization }))
        {
            var rest = text.AsSpan(parent.End);
            var unit = ChineseUnit().Match(text, parent.End, Math.Min(rest.Length, 24));
            if (IsChinese(parent.Text) && !unit.Success)
            {
                // 字节跳动AI Lab: a Chinese name, then the unit's Latin name with no space.
                unit = LatinUnitAfterChinese().Match(text, parent.End, Math.Min(rest.Length, 60));
            }
            if (!unit.Success || !IsChinese(parent.Text))
            {
                unit = LatinUnit().Match(text, parent.End, Math.Min(rest.Length, 120));
            }
            if (!unit.Success && OwnedUnit(text, parent) is { } owned)
            {
                yield return owned;
                continue;
            }
            var end = parent.End + unit.Length;
            // "东南大学教授黎一帆担任实验室主任": a title or a post taken runs past the unit's own name into a sentence.
            if (unit.Success && IsChinese(parent.Text) && PersonsTitleOrPost().IsMatch(unit.Value))
            {
                continue;
            }
            // A longer curated name stands for itself; another organisation inside makes it a list ("Microsoft and Google Research").
            if (!unit.Success || curated.Any(c => c.Start == parent.Start && c.End >= end)
                || curated.Any(c => c.Type == EntityType.Organization && c.Start > parent.Start && c.Start < end))
            {
                continue;
            }
            yield return new Candidate(parent.Start, end, text[parent.Start..end], EntityType.Organization, Confidence,
                CandidateSource.OrganizationUnit, Cue: $"unit of \"{parent.Text}\"");
        }
    }

    /// <summary>
    /// A unit after a university, academy or hospital no KB lists (华中科技大学轨道交通智能感知实验室, 康华医院病理科): the parent
    /// ends in its head noun, which says where the unit's own name starts.
    /// </summary>
    public static IEnumerable<Candidate> AfterUncuratedParents(string text, IReadOnlyList<Candidate> found)
    {
        // So is a lab after a school itself read as a unit (浙江大学计算机科学与技术学院多模态认知实验室).
        var parents = found.Where(c => c is { Entry: null, Type: EntityType.Organization } && UncuratedParentHead().IsMatch(c.Text)
                || c is { Source: CandidateSource.OrganizationUnit, Type: EntityType.Organization } && SchoolHead().IsMatch(c.Text))
            .DistinctBy(c => (c.Start, c.End)).ToList();
        if (parents.Count == 0)
        {
            yield break;
        }
        var longestFrom = found.GroupBy(c => c.Start).ToDictionary(g => g.Key, g => g.Max(c => c.End));
        var personStarts = found.Where(c => c.Type == EntityType.Person).Select(c => c.Start).ToHashSet();
        foreach (var parent in parents)
        {
            var unit = (parent.Text.EndsWith("医院", StringComparison.Ordinal) ? HospitalDepartment() : ChineseUnit())
                .Match(text, parent.End, Math.Min(text.Length - parent.End, 24));
            var end = parent.End + unit.Length;
            // Not across a person (东南大学|教授黎一帆担任实验室), nor where a longer name stands already (the same name, read by the
            // tagger, would lose to the school it starts with).
            if (unit.Success && unit.Length > 0 && longestFrom[parent.Start] <= end
                && !Enumerable.Range(parent.End, end - parent.End).Any(personStarts.Contains))
            {
                yield return new Candidate(parent.Start, end, text[parent.Start..end], EntityType.Organization, Confidence,
                    CandidateSource.OrganizationUnit, Cue: $"unit of \"{parent.Text}\"");
            }
        }
    }

    [GeneratedRegex(@"(?:学院|学部|研究院)$")]
    private static partial Regex SchoolHead();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,10}(?:大学|科学院|工程院|医院)$")]
    private static partial Regex UncuratedParentHead();

    // 康华医院病理科主任: a hospital's department, before its head's title, a verb or punctuation.
    [GeneratedRegex(@"\G\p{IsCJKUnifiedIdeographs}{1,4}?科(?=主任|副主任|医生|医师|护士|教授|专家|团队|[，,。、；的与和]|$)")]
    private static partial Regex HospitalDepartment();

    /// <summary>
    /// A unit named after its organisation's possessive ("UCL's Centre for Artificial Intelligence"): the unit's own name
    /// is what follows; <c>part_of</c> comes from the possessive.
    /// </summary>
    private static Candidate? OwnedUnit(string text, Candidate parent)
    {
        var possessive = Possessive().Match(text, parent.End);
        var unit = possessive.Success ? LatinUnit().Match(text, parent.End + possessive.Length, Math.Min(text.Length - parent.End - possessive.Length, 120)) : null;
        if (unit is not { Success: true })
        {
            return null;
        }
        var (start, end) = (unit.Index + unit.Length - unit.Value.TrimStart().Length, unit.Index + unit.Length);
        return new Candidate(start, end, text[start..end], EntityType.Organization, Confidence, CandidateSource.OrganizationUnit,
            Cue: $"unit named after \"{parent.Text}\"'s");
    }

    [GeneratedRegex("教授|研究员|博士|学生|主任|院长|所长|担任|出任|兼任|负责|带领|领衔|共建|签署")]
    private static partial Regex PersonsTitleOrPost();

    [GeneratedRegex(@"\G['’]s(?=\s)")]
    private static partial Regex Possessive();

    /// <summary>
    /// The curated organisation a unit's name starts with, when the name is that of a unit (<see cref="Find"/>), and how
    /// much of the name is the organisation's (清华大学 of 清华大学电子工程系).
    /// </summary>
    public static (KnowledgeBaseEntry Parent, int Length)? ParentNamed(string name, KnowledgeBaseMatcher matcher)
    {
        foreach (var match in matcher.Match(name))
        {
            if (match.Start != 0 || match.Entry.Type != EntityType.Organization || match.End >= name.Length)
            {
                continue;
            }
            var units = IsChinese(name[..match.End]) ? [ChineseUnit(), LatinUnitAfterChinese()] : new[] { LatinUnit() };
            if (units.Select(unit => unit.Match(name, match.End)).Any(unit => unit.Success && unit.Index + unit.Length == name.Length))
            {
                return (match.Entry, match.End);
            }
        }
        return null;
    }

    /// <summary>
    /// How much of a Chinese unit's name is an organisation outside the KB that the unit belongs to: the name up to an
    /// organisation's head noun, then the unit's own name and head (合肥工业大学 of 合肥工业大学汽车与交通工程学院, 合肥市公安局 of
    /// 合肥市公安局交通警察支队, 北大荒集团 of 北大荒集团数字农业部). Null when the name is not shaped so.
    /// </summary>
    public static int? UncuratedParentLength(string name) =>
        UncuratedParentAndUnit().Match(name) is { Success: true } match ? match.Groups["parent"].Length : null;

    /// <summary>Whether what follows an organisation's name inside a longer one is a unit's own name and head (智能座舱事业部).</summary>
    public static bool IsUnitOfTheNameBefore(string rest) => UnitAfterAName().IsMatch(rest);

    [GeneratedRegex("^" + UnitOwnName + "{1,12}?" + UnitHead + "$")]
    private static partial Regex UnitAfterAName();

    private static bool IsChinese(string name) => name.Any(ch => ch is >= '\u4e00' and <= '\u9fff');

    // Two to ten characters of the unit's own name, none a particle or verb that would make it a description, or its
    // foundation's (腾讯公益慈善基金会) or alumni association's (华中科技大学校友会, 华中科技大学深圳校友会); or the firm's cloud business, 云 right after its name (华为云, 百度智能云, 放在华为云上),
    // not 云计算 or 云服务; or its games or farming business named so and standing alone (腾讯游戏和网易游戏, not 腾讯游戏业务).
    // 车辆与运载学院: 与 joins two words of one school's name, when a school's head follows the second (系 not running on
    // into a word: 系统).
    [GeneratedRegex(@"\G(?:校友会|" + UnitOwnName + "{2,10}?(?:" + UnitHead + @"|基金会|校友会)|" + UnitOwnName + "{2,6}?与" + UnitOwnName + @"{2,6}?(?:(?:学院|学部|研究院|研究所|实验室)(?![院所室部系])|系(?![\p{IsCJKUnifiedIdeographs}-[的在是了也等将把被对从为有这那其各之已和与教副院]]))|(?:(?:智能)?云|游戏|农业)(?=[和与及的、，,。.；;：:\s将已在是也还均都宣布推出发布表示上]|总裁|副总裁|CEO|首席|负责人|工程师|研究员|员工|团队|高管|$))")]
    private static partial Regex ChineseUnit();

    // Inside a name already found, 与 and 和 join the unit's own name (汽车与交通工程学院) rather than two names.
    [GeneratedRegex(@"^(?<parent>\p{IsCJKUnifiedIdeographs}{2,16}?(?:大学|科学院|研究院|集团|公司|局|医院|银行|(?<=\p{IsCJKUnifiedIdeographs}{3})院))[\p{IsCJKUnifiedIdeographs}A-Za-z-[的在是了也等及将把被对从为有这那其各之已]]{1,12}?(?:" + UnitHead + @"|(?<=医院\p{IsCJKUnifiedIdeographs}{1,4})科)$")]
    private static partial Regex UncuratedParentAndUnit();

    // A unit's own name holds no particle or verb that would make it a description.
    private const string UnitOwnName = @"[\p{IsCJKUnifiedIdeographs}A-Za-z-[的在和与是了也等及将把被对从为有这那其各之已]]";

    // 部 alone heads a department (数字农业部, 金融科技部), not 总部, 全部, 内部, 头部 or 部署, 部分, 部门.
    private const string UnitHead = @"(?:研究院|研究所|实验室|学院|研究中心|院|学部|系|事业群|事业部|分公司|分行|支队|(?<![总全内外局东西南北中头底顶本干])部(?![署分门队件]))";

    // 字节跳动AI Lab, 腾讯Robotics X实验室, 字节跳动Seed团队: the unit's Latin name, with a Latin or a Chinese head.
    [GeneratedRegex(@"\G[ \t]?(?:(?:[A-Z][\w-]*\s+){0,3}(?:Laboratory|Lab|Institute|Research|Center|Centre)(?![A-Za-z])|(?:[A-Z][A-Za-z0-9-]*\s?){1,3}(?:实验室|研究院|研究所|事业部|事业群|团队))")]
    private static partial Regex LatinUnitAfterChinese();

    // Capitalised words (and "and", "&") around a head noun, perhaps two ("Toyota Research Institute"); "for"/"of"/"on" may
    // introduce the rest, twice ("Institute for Human-Centered AI", "Center for Research on Foundation Models"), but not a
    // date ("Lab on Monday").
    [GeneratedRegex(@"\G(?:\s+(?:[A-Z][\w-]*|and|&))*?\s+(?:Laboratory|Lab|Institute|School|Research|Center|Centre)(?:\s+(?:Laboratory|Lab|Institute|Center|Centre)(?![A-Za-z]))?(?:\s+(?:for|of|on)(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:\s+(?:[A-Z][\w-]*|(?:and|&)(?=\s+[A-Z])))+){0,2}")]
    private static partial Regex LatinUnit();
}
