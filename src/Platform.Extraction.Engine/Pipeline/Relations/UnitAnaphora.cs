using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// "该实验室" / "实验室主任" / "协会会长" as a mention of the unit the text last named with that head (复旦大学自然语言处理实验室 … 通讯作者为
/// 实验室主任邱晓东): a report names a lab or institute once in full and then by its kind. Only a unit whose name ends in
/// the same word is meant; with none named, the word is no mention.
/// </summary>
internal static partial class UnitAnaphora
{
    public static IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> inSentence, IReadOnlyDictionary<string, string> lastUnitByKind)
    {
        foreach (var match in ReferringWords.Within(Unit(), text, start, end))
        {
            var kind = match.Groups["kind"].Value;
            var named = inSentence.LastOrDefault(m => m.Type == EntityType.Organization && m.End <= match.Index && NamesA(text, m, kind))?.EntityId
                ?? lastUnitByKind.GetValueOrDefault(kind);
            if (named is not null && !ReferringWords.IsInsideAName(match, inSentence))
            {
                yield return new RelationArgument(match.Index, match.Index + match.Length, named, EntityType.Organization);
            }
        }
    }

    /// <summary>Remembers, for each kind of unit, the last one a sentence names.</summary>
    public static void Remember(string text, IEnumerable<RelationArgument> inSentence, Dictionary<string, string> lastUnitByKind)
    {
        foreach (var mention in inSentence.Where(m => m.Type == EntityType.Organization))
        {
            foreach (var kind in Kinds.Where(k => NamesA(text, mention, k)))
            {
                lastUnitByKind[kind] = mention.EntityId;
            }
        }
    }

    private const string KindWords = "实验室|研究院|研究所|研究中心|基金会|协会|学会|学院";

    private static readonly string[] Kinds = KindWords.Split('|');

    private static bool NamesA(string text, RelationArgument mention, string kind) =>
        mention.End - mention.Start > kind.Length && text.AsSpan(mention.Start, mention.End - mention.Start).EndsWith(kind, StringComparison.Ordinal);

    // "该实验室" anywhere; the bare word before the title of its head or of its staff and students (实验室主任, 实验室副研究员,
    // 实验室2023级博士研究生, 担任实验室主任), not inside a longer noun (重点实验室); the bare word opening a clause as its
    // subject (研究院落户园区, 实验室成立于2015年，隶属…, 联合实验室依托…建设).
    [GeneratedRegex(@"(?:该|这个|这家|本)(?<kind>" + KindWords + @")|(?<=(?:^|[。！？；;，,：:\n])\s*(?:联合)?)(?<kind>" + KindWords + @")(?=落户|成立于|隶属|依托|位于|整体|目前|现有|共有|拥有|设有|今年|首期)|(?<=^|[^\p{IsCJKUnifiedIdeographs}]|[为是由和与及在]|担任|出任)(?<kind>" + KindWords + @")(?=主任|副主任|负责人|院长|副院长|所长|副所长|理事长|秘书长|会长|副会长|会员|(?:\d{4}级)?(?:(?:副|助理)?研究员|(?:副|助理)?教授|博士后|(?:博士|硕士)?研究生|博士生|硕士生|本科生|工程师))")]
    private static partial Regex Unit();
}
