using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// A filing's share register names its firm once and each holder in a clause of its own, the clauses split by "；":
/// "标的公司股权结构如下：邱昀持股31.20%；北极光创投持股21.00%；员工持股平台上海枫弈企业管理合伙企业（有限合伙）持股14.30%",
/// "股权结构上，…。机构股东中，大基金二期持股8.5%；深创投持股5.1%". Until the paragraph ends, each holding (持股8.5%) in a clause
/// that names an organisation is in the register's firm: a zero-width mention of it is placed before 持股, so the cue
/// patterns read the holder's stake (see <see cref="OrganizationPatterns"/>). The firm is the one named right before
/// 股权结构, else, where the register names none (股权结构上, 机构股东中), the one the text names most.
/// </summary>
internal sealed partial class ShareRegister
{
    private string? _firm;
    private int _paragraphEnd;

    /// <summary>Takes the firm a sentence opens a register of; a new paragraph ends it.</summary>
    public void Remember(string text, int sentenceStart, int sentenceEnd, List<RelationArgument> inSentence,
        IReadOnlyDictionary<string, string> definedTerms, string? mostNamedOrganization)
    {
        if (_firm is not null && sentenceStart >= _paragraphEnd)
        {
            _firm = null;
        }
        if (RegisterOpening().Match(text, sentenceStart, sentenceEnd - sentenceStart) is not { Success: true } opening)
        {
            return;
        }
        var owner = inSentence.LastOrDefault(m => m.Type == EntityType.Organization && m.End <= opening.Index
            && OwnerBefore().IsMatch(text.AsSpan(m.End, opening.Index - m.End)))?.EntityId
            ?? definedTerms.OrderByDescending(t => t.Key.Length).FirstOrDefault(t => text.AsSpan(sentenceStart, opening.Index - sentenceStart).TrimEnd("的 ").EndsWith(t.Key, StringComparison.Ordinal)).Value;
        if ((owner ?? (opening.Groups["unnamed"].Success ? mostNamedOrganization : null)) is not { } firm)
        {
            return;
        }
        _firm = firm;
        var paragraphBreak = text.IndexOf("\n\n", opening.Index, StringComparison.Ordinal);
        _paragraphEnd = paragraphBreak < 0 ? text.Length : paragraphBreak;
    }

    public IEnumerable<RelationArgument> Find(string text, int start, int end, List<RelationArgument> window)
    {
        if (_firm is not { } firm || start >= _paragraphEnd)
        {
            yield break;
        }
        for (var holding = Holding().Match(text, start, end - start); holding.Success; holding = holding.NextMatch())
        {
            if (window.Any(m => m.Type == EntityType.Organization && m.EntityId != firm && m.End <= holding.Index && m.End > holding.Index - 60))
            {
                yield return new RelationArgument(holding.Index, holding.Index, firm, EntityType.Organization);
            }
        }
    }

    // "标的公司股权结构如下：", "公司的股东结构为：", and a register with its firm unsaid: "股权结构上，", "机构股东中，", "机构股东方面，".
    [GeneratedRegex(@"(?:股权结构|股东结构|股本结构)(?:如下|为)?[：:]|(?<unnamed>(?<=(?:^|[。；;\n])\s*)(?:股权结构上|(?:机构)?股东(?:中|方面))[，,])")]
    private static partial Regex RegisterOpening();

    [GeneratedRegex(@"^\s*的?\s*$")]
    private static partial Regex OwnerBefore();

    // A stake, with how it is held: 持股21.00%, 直接持股17.4%, 合计持股4.3%.
    [GeneratedRegex(@"(?:直接|间接|合计|共同)?持股\s*\d+(?:\.\d+)?\s*%")]
    private static partial Regex Holding();
}
