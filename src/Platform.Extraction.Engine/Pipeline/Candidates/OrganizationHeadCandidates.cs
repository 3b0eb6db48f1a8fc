using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Chinese organisation, government and media names end in a head noun (…公司, …集团, …研究院, …大学, …银行, …政府,
/// …法院, …省委, …日报, …周刊):
/// the name runs from the head back to a clause boundary, a function word or an introducing verb
/// (据悉，蓝鲸星河科技有限公司…; 他加入了青柠数据集团). Taggers often misplace that left boundary; the head does not.
/// A head after a demonstrative, a number or a pronoun is a common noun (这家公司, 一所大学, 我们银行), and so is one
/// after nothing but everyday words (人工智能公司); a verb, adverb or numeral word on the way back (jieba's part-of-speech
/// tags: 大型, 开发, 顶级) leaves the start unclear, and the head yields no name. Media accounts are also named in quotes after 公众号 (公众号「晨读笔记」).
/// A firm's trade is a head too (赤焰科技, 远山资本; 墨舟数据 only where a title or a headquarters follows: 墨舟数据的创始人林晓).
/// One regular-expression pass finds the heads; each walks back at most <see cref="MaximumModifier"/> characters.
/// </summary>
internal static partial class OrganizationHeadCandidates
{
    /// <summary>The cue of an organisation found by its head noun (…资本, …有限公司); the head follows in quotes.</summary>
    public const string HeadNounCue = "organisation head noun";

    private const int MaximumModifier = 12;
    private const double Confidence = 0.75;

    // A clause starts after these: the name begins right after them.
    private static readonly string[] Introducers =
    [
        "据悉", "据了解", "对话", "专访", "叫做", "名为", "叫", "加入", "成立", "收购", "创办", "创立", "投资", "宣布", "联合", "来自", "离开", "携手", "任职", "就职",
        "入职", "入股", "控股", "隶属", "发布", "推出", "直面", "对标", "迎战", "表示", "报道", "透露", "介绍", "指出", "以及", "还有", "包括", "作为",
        "通过", "根据", "面向", "服务于", "领导", "带领", "负责", "同时", "设立", "设有", "开设", "建立", "日前", "近日", "此前", "目前", "今天", "昨天", "今年", "去年", "旗下", "毕业", "担任", "现任", "出任", "升任", "兼任", "创建", "曾任", "历任", "起任", "后任",
        "的", "在", "与", "和", "及", "是", "为", "被", "由", "据", "向", "对", "从", "于", "将", "把", "让", "给", "跟", "了", "称", "到", "即", "或",
        "也", "都", "还", "就", "又", "而", "但", "当", "后", "令", "判", "原", "称为", "成为", "认为", "部分", "有些", "有", "获得", "获",
        // What a filing's defined term means: “公司”均指|杭州瀚穹智能科技股份有限公司.
        "均指", "系指", "是指", "特指", "专指",
        // A judgment's parties (原告|杭州衡枢…有限公司) and what a firm is ("岫川公司系|上海瀚湄…有限公司全资子公司").
        "原告", "被告", "第三人", "公司系",
        // A description ending in a generic head comes before the name it describes: 深圳人形机器人企业|星衍机器人.
        "企业", "公司", "机构", "车企", "药企", "房企",
        // The end of a list before the kind of its members: 芒果TV、华策影视等|内容公司.
        "等",
        // Who an investor is to the firm: 老股东|峰瑞资本; what a firm is to an alliance: 联盟成员|常州衡钧智造科技有限公司.
        "股东", "成员", "会员",
        // A board's own committee is no name (董事会|战略委员会); nor is what a sum is a share of (约占|公司2025年度营业收入).
        "董事会", "占",
    ];

    // Before these the head is a common noun: 这家公司, 该银行, 一所大学, 我们公司, 其集团.
    private const string CommonNounMarkers = "这那该此本各每某其哪几两一多诸众我你他她它贵";

    // Generic words inside a name (蓝鲸星河科技有限公司): without something else before them there is no name.
    private static readonly string[] GenericParts =
        ["股份", "有限", "责任", "科技", "技术", "信息", "网络", "控股", "国际", "集团", "数据", "人工智能", "智能", "大模型", "模型", "投资", "发展", "实业", "文化", "传媒", "商业", "机器人", "初创", "创业"];

    /// <summary>
    /// 一家电商SaaS公司, 某家芯片企业, 多家老股东: a firm the text does not name, only says the kind of, which a tagger may still
    /// read as a name.
    /// </summary>
    public static bool IsAFirmOfAKind(string text, Candidate candidate) =>
        candidate is { Type: EntityType.Organization, Entry: null }
        && ((candidate.Start >= 2 && text.AsSpan(candidate.Start - 2, 2) is "一家" or "某家" or "一间"
                && (candidate.Text.EndsWith("公司", StringComparison.Ordinal) || candidate.Text.EndsWith("企业", StringComparison.Ordinal)))
            || CountedKind().IsMatch(candidate.Text));

    [GeneratedRegex(@"^(?:多|数|几|若干|众多)(?:家|位|名|个|所)\p{IsCJKUnifiedIdeographs}{1,6}$")]
    private static partial Regex CountedKind();

    /// <summary>
    /// 新加坡子公司, 北京分公司: a firm's branch the text calls by its place alone has no name of its own (after the firm's
    /// name, 杭州澜序智能科技有限公司深圳分公司, it is a piece of the branch's).
    /// </summary>
    public static HashSet<Candidate> BranchesCalledByTheirPlace(string text, IReadOnlyList<Candidate> candidates, Func<string, bool> isListedPlace)
    {
        var places = candidates.Where(c => c.Type == EntityType.Location).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        return candidates.Where(c => c is { Type: EntityType.Organization, Entry: null } && BranchWord().Match(c.Text) is { Success: true } word
            && (places.Contains(c.Text[..^word.Length]) || isListedPlace(c.Text[..^word.Length]))
            && !LegalFormAtEnd().IsMatch(text.AsSpan(Math.Max(0, c.Start - LongestLegalForm), Math.Min(LongestLegalForm, c.Start)))).ToHashSet();
    }

    // 有限责任公司, the longest form LegalFormAtEnd knows: only the characters right before a branch are read.
    private const int LongestLegalForm = 6;

    [GeneratedRegex("(?:子公司|分公司|办事处|分部)$")]
    private static partial Regex BranchWord();

    /// <summary>
    /// 深言智能科技股份有限公司, read as 深言智能科技 (by its trade) and 智能科技股份有限公司 (by LAC, which took 深言 for a word):
    /// two pieces of one registered name that overlap, the later ending in a legal form, are the name.
    /// </summary>
    public static IEnumerable<Candidate> JoinOverlappingPieces(string text, IReadOnlyList<Candidate> candidates)
    {
        var organizations = candidates.Where(c => c.Type == EntityType.Organization && c.Entry is null).ToList();
        var registered = organizations.Where(c => LegalFormAtEnd().IsMatch(c.Text)).DistinctBy(c => (c.Start, c.End)).ToList();
        if (registered.Count == 0)
        {
            yield break;
        }
        foreach (var first in organizations.Where(c => c.Source == CandidateSource.ChineseTagger).DistinctBy(c => (c.Start, c.End)))
        {
            foreach (var last in registered.Where(c => c.Start > first.Start && c.Start < first.End && c.End > first.End))
            {
                yield return new Candidate(first.Start, last.End, text[first.Start..last.End], EntityType.Organization, Confidence,
                    CandidateSource.ChineseTagger, Cue: "a registered name read in two overlapping pieces");
            }
        }
    }

    [GeneratedRegex("(?:有限公司|有限责任公司|股份公司)$")]
    private static partial Regex LegalFormAtEnd();

    private static int? BrandBeforeABracketedPlace(string text, int start, ChineseCommonWords commonWords)
    {
        if (start < 6 || text[start - 1] is not ('）' or ')'))
        {
            return null;
        }
        var open = text.LastIndexOfAny(['（', '('], start - 2, Math.Min(6, start - 1));
        if (open < 2 || !commonWords.IsListedPlace(text[(open + 1)..(start - 1)]))
        {
            return null;
        }
        return LeftBoundary(text, open, commonWords) is { } brand && open - brand is >= 2 and <= 6 ? brand : null;
    }

    /// <param name="others">The other sources' candidates: a place before the head alone is not a name (中国科技公司).</param>
    public static IEnumerable<Candidate> Find(string text, ChineseCommonWords commonWords, IReadOnlyList<Candidate> others)
    {
        // Known organisations by where they end, looked up per head rather than scanned (a long text has thousands).
        var knownEndingAt = others.Where(o => o.Entry is { Type: EntityType.Organization }).ToLookup(o => o.End);
        foreach (Match match in Head().Matches(text))
        {
            var (headStart, end) = (match.Index, match.Index + match.Length);
            // A known organisation before a trade is its arm, not a description (联想创投): the name starts with it.
            var owner = match.Value is "创投" or "风投" or "产投" or "资本" or "基金" ? knownEndingAt[headStart].FirstOrDefault() : null;
            // 四足机器人“踏云”: the kind of what the quote names next, not a firm's name.
            if (match.Value == "机器人" && end < text.Length && text[end] is '“' or '「')
            {
                continue;
            }
            // 杭州澜泓企业管理合伙企业（有限合伙）: a partnership's legal form in brackets says that the words before it are its
            // registered name, however everyday (企业管理, 创业投资).
            if (match.Value == "合伙企业" && ChineseCandidates.BracketedLegalForm().IsMatch(text, end)
                && PartnershipNameStart(text, headStart) is { } registered)
            {
                yield return new Candidate(registered, end, text[registered..end], EntityType.Organization, Confidence, CandidateSource.ChineseTagger,
                    Cue: "a partnership's registered name");
                continue;
            }
            // 共建“智能教育联合实验室”: a name in quotation marks is one, whatever everyday words it holds.
            if (QuotedNameStart(text, headStart, end) is { } quoted)
            {
                yield return new Candidate(quoted, end, text[quoted..end], EntityType.Organization, Confidence, CandidateSource.ChineseTagger,
                    Cue: $"{HeadNounCue} \"{match.Value}\" in quotation marks");
                continue;
            }
            if (ContinuesAsAWord(text, headStart, end, commonWords) || (owner?.Start ?? LeftBoundary(text, headStart, commonWords)) is not { } start)
            {
                continue;
            }
            // 瀚穹（上海）数据服务有限公司: a registered name with its place in brackets after the brand is one name.
            if (LegalFormAtEnd().IsMatch(match.Value) && BrandBeforeABracketedPlace(text, start, commonWords) is { } brand)
            {
                yield return new Candidate(brand, end, text[brand..end], EntityType.Organization, Confidence, CandidateSource.ChineseTagger,
                    Cue: "a registered name with its place in brackets");
                continue;
            }
            var modifier = text[start..headStart];
            var head = match.Value;
            // After 的 an everyday word says what kind (扩建苏州的自动化实验室): a description, whatever the head.
            var afterDe = start > 0 && text[start - 1] == '的';
            if (owner is null && (IsDescription(modifier, head, commonWords) || (afterDe && commonWords.Contains(modifier))
                || (head == "公司" && afterDe && IsTwoEverydayWords(modifier, commonWords))
                || (head == "机器人" && IsTwoEverydayWords(modifier, commonWords))))
            {
                continue;
            }
            if (IsPlaceDescription(start, modifier, head, others) || StartsBeforeATaggedName(start, end, others) || IsPlaceAndConcept(start, end, others))
            {
                continue;
            }
            yield return new Candidate(start, end, text[start..end], EntityType.Organization, Confidence, CandidateSource.ChineseTagger,
                Cue: $"{HeadNounCue} \"{head}\"");
        }
        foreach (Match match in Account().Matches(text))
        {
            var name = match.Groups["name"];
            if (!commonWords.Contains(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.8,
                    CandidateSource.ChineseTagger, Cue: "media account named after 公众号");
            }
        }
        foreach (Match gloss in AcronymGloss().Matches(text))
        {
            if (GlossedNameStart(text, gloss.Index, commonWords) is not { } start)
            {
                continue;
            }
            var acronym = gloss.Groups["acronym"];
            var cue = $"organisation name glossed by the acronym \"{acronym.Value}\"";
            yield return new Candidate(start, gloss.Index, text[start..gloss.Index], EntityType.Organization, Confidence, CandidateSource.ChineseTagger, Cue: cue);
            yield return new Candidate(acronym.Index, acronym.Index + acronym.Length, acronym.Value, EntityType.Organization, Confidence,
                CandidateSource.ChineseTagger, Cue: cue);
        }
    }

    /// <summary>
    /// Where a name glossed by an acronym starts (使用了|欧洲中期天气预报中心（ECMWF）): the acronym says the words before
    /// the head are a name, however everyday they are, so only a clause boundary or an introducer ends the walk back.
    /// </summary>
    private static int? GlossedNameStart(string text, int end, ChineseCommonWords commonWords)
    {
        for (var i = end; i > 0 && end - i <= MaximumGlossedName; i--)
        {
            if (!CharClass.IsHan(text[i - 1]) || (IntroducerEndsAt(text, i, from: 0, minimumLength: 1) && !EndsAWord(text, i, commonWords)))
            {
                return end - i >= MinimumGlossedName ? i : null;
            }
        }
        return null;
    }

    /// <summary>
    /// Where a partnership's registered name starts: the walk back stops only at a clause's boundary or at a word that
    /// introduces a name (员工持股平台|上海枫弈…), not at one of the everyday words such names hold (企业管理, 创业投资, 股权投资).
    /// </summary>
    private static int? PartnershipNameStart(string text, int end)
    {
        for (var i = end; i > 0 && end - i <= MaximumGlossedName; i--)
        {
            if (!CharClass.IsHan(text[i - 1]) || PartnershipIntroducers.Any(w => i >= w.Length && string.CompareOrdinal(text, i - w.Length, w, 0, w.Length) == 0))
            {
                return end - i >= MinimumGlossedName ? i : null;
            }
        }
        return null;
    }

    private static readonly string[] PartnershipIntroducers = ["包括", "股东", "成员", "通过", "平台", "的", "与", "和", "及", "由", "为", "是", "在", "向", "兼任", "现任", "担任", "出任"];

    private const int MinimumGlossedName = 4;
    private const int MaximumGlossedName = 16;

    /// <summary>
    /// A Chinese organisation "name" ending in a generic head right before another organisation's name describes that
    /// one: 法国人工智能初创公司 in 法国人工智能初创公司Mistral AI, 芯片公司 in 美国芯片公司英伟达 — also where that name
    /// is found only elsewhere in the document (上海人工智能公司|澄心智能在合肥…, 澄心智能的语音模型…), or in bold
    /// (深圳具身智能公司**衡川智能**). So is a trade read as a name's head short of the generic head (杭州机器人 in
    /// 杭州机器人公司云踪科技), and a span over a description and the name after it.
    /// </summary>
    /// <param name="otherNames">Candidates that are not to be removed but may be the names described.</param>
    public static void RemoveDescriptionsOfTheNamesAfterThem(string text, List<Candidate> candidates, IEnumerable<Candidate>? otherNames = null)
    {
        var names = candidates.Concat(otherNames ?? []).Where(c => c.Type == EntityType.Organization && c.Length > 1).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var longest = names.Count == 0 ? 0 : names.Max(n => n.Length);
        bool NameStartsAt(int at)
        {
            for (var length = 2; length <= longest && at + length <= text.Length; length++)
            {
                if (lookup.Contains(text.AsSpan(at, length)))
                {
                    return true;
                }
            }
            return false;
        }
        candidates.RemoveAll(c => c is { Type: EntityType.Organization, Entry: null }
            && ((DescriptiveHead().IsMatch(c.Text) && NameStartsAt(PastBold(text, c.End))) || (GenericHeadAt(text, c.End) && NameStartsAt(c.End + 2))
                || (DescriptionThenName().Match(c.Text) is { Success: true } described && names.Contains(described.Groups["name"].Value))));
    }

    /// <summary>Past the stars of a bold name, blanked or not (深圳具身智能公司**衡川智能**).</summary>
    private static int PastBold(string text, int at) =>
        at + 2 <= text.Length && text.AsSpan(at, 2) is "**" or "  " ? at + 2 : at;

    // A tagger's span over a description and the bold name after it: "AI编程智能体公司  Quillfern" (not 中金公司投资银行部, a unit).
    [GeneratedRegex(@"(?:公司|企业|机构)(?:\*\*|  )(?<name>[^*\s].*)$")]
    private static partial Regex DescriptionThenName();

    /// <summary>Whether a generic head (公司, 企业, 机构) follows: what ends there describes a firm rather than names it.</summary>
    public static bool GenericHeadAt(string text, int at) =>
        at + 2 <= text.Length && DescriptiveHead().IsMatch(text.AsSpan(at, 2));

    [GeneratedRegex(@"(?:公司|企业|机构)$")]
    private static partial Regex DescriptiveHead();

    /// <summary>Whether a name ends in an organisation's head noun or trade (…公司, …研究院, …科技, …智能).</summary>
    public static bool EndsInHead(ReadOnlySpan<char> name) => HeadAtEnd().IsMatch(name);

    /// <summary>The head noun or trade a name ends in, or null.</summary>
    public static string? HeadOf(string name) => HeadAtEnd().Match(name) is { Success: true } head ? head.Value : null;

    /// <summary>
    /// A place, concept or generic term at the start of a name found by its head (杭州 in 杭州青柠数据科技有限公司)
    /// gives way to the name, when what lies between it and the head is a name by itself (青柠数据科技, not 科技).
    /// </summary>
    public static bool IsPlaceStartingAName(Candidate other, IReadOnlyList<Candidate> found, ChineseCommonWords commonWords) =>
        other.Type is EntityType.Location or EntityType.Concept || other.Entry is { Generic: true }
            ? found.Any(name => name.Start == other.Start && other.End < name.End && HeadAtEnd().Match(name.Text) is { Success: true } head
                && name.Start + head.Index > other.End
                && !IsDescription(name.Text[(other.End - name.Start)..head.Index], head.Value, commonWords))
            : false;

    /// <summary>
    /// Where the name starts: after a clause boundary (punctuation, a line start, a space after Chinese) or an
    /// introducer. Null when the head is a common noun (after a demonstrative, number or pronoun), when Latin letters
    /// run into the name, or when no boundary comes within <see cref="MaximumModifier"/> characters.
    /// </summary>
    private static int? LeftBoundary(string text, int headStart, ChineseCommonWords commonWords)
    {
        for (var i = headStart; i > 0; i--)
        {
            var c = text[i - 1];
            if (!CharClass.IsHan(c))
            {
                return char.IsLetterOrDigit(c) || (char.IsWhiteSpace(c) && i >= 2 && char.IsAsciiLetterOrDigit(text[i - 2])) ? null : i;
            }
            if (IntroducerEndsAt(text, i, from: 0, minimumLength: 1)
                && !EndsAWord(text, i, commonWords))
            {
                return i;
            }
            // Any other verb, adverb or numeral word leaves the start unclear (首席执行官兼公司, 世界顶级实验室), and one
            // right before the head makes a description (开发公司).
            if (EndsADescriptor(text, i, commonWords))
            {
                return null;
            }
            if (CommonNounMarkers.Contains(c))
            {
                return null;
            }
            if (headStart - i >= MaximumModifier)
            {
                return null;
            }
        }
        return 0;
    }

    /// <summary>
    /// A verb, adverb, numeral or other descriptor word ends right before <paramref name="i"/> (来到, 开展, 开发).
    /// Generic parts of names (投资, 发展) do not count.
    /// </summary>
    private static bool EndsADescriptor(string text, int i, ChineseCommonWords commonWords)
    {
        for (var length = 2; length <= 4 && length <= i; length++)
        {
            var word = text.AsSpan(i - length, length);
            if (commonWords.IsDescriptor(word) && !IsGenericPart(word))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGenericPart(ReadOnlySpan<char> word)
    {
        foreach (var part in GenericParts)
        {
            if (word.SequenceEqual(part))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a name that runs back to <paramref name="start"/> begins once the last verb or adverb of two or more
    /// characters that introduces it is left out (同时领导|澜舟数智): at least two characters stay before <paramref name="end"/>.
    /// </summary>
    internal static int AfterLastIntroducer(string text, int start, int end)
    {
        for (var i = end - 2; i > start; i--)
        {
            if (IntroducerEndsAt(text, i, from: start, minimumLength: 2))
            {
                return i;
            }
        }
        return start;
    }

    /// <summary>A one-character function word that ends an everyday word is part of it: 据 in 数据, 和 in 温和.</summary>
    private static bool EndsAWord(string text, int i, ChineseCommonWords commonWords) =>
        i >= 2 && CharClass.IsHan(text[i - 2]) && commonWords.Contains(text.Substring(i - 2, 2))
        && !IntroducerEndsAt(text, i, from: 0, minimumLength: 2);

    /// <summary>Whether an introducer of <paramref name="minimumLength"/> characters or more ends at <paramref name="i"/>, starting at or after <paramref name="from"/>.</summary>
    private static bool IntroducerEndsAt(string text, int i, int from, int minimumLength) =>
        Introducers.Any(w => w.Length >= minimumLength && i - w.Length >= from && string.CompareOrdinal(text, i - w.Length, w, 0, w.Length) == 0);

    /// <summary>
    /// The head is part of a longer everyday word: 大学生 (学生), 公司法 (司法), 银行卡, 网络, 网站; or the head with the
    /// characters before it is one: 互联网, 联网, 官网.
    /// </summary>
    private static bool ContinuesAsAWord(string text, int headStart, int end, ChineseCommonWords commonWords) =>
        (end < text.Length && CharClass.IsHan(text[end]) && commonWords.Contains(text.Substring(end - 1, 2)) && !PartOrPostAfterAName().IsMatch(text.AsSpan(end)))
        || (headStart >= 1 && commonWords.Contains(text[(headStart - 1)..end]))
        || (headStart >= 2 && commonWords.Contains(text[(headStart - 2)..end]));

    /// <summary>
    /// A tagger read a shorter name ending at the same head (南京银行 in 假钞南京银行, 绿城集团 in 以绿城集团): the walk back
    /// went past the name's start. Not so when what the walk adds is a place (杭州 before 青柠数据科技有限公司).
    /// </summary>
    private static bool StartsBeforeATaggedName(int start, int end, IReadOnlyList<Candidate> others) =>
        others.Any(o => o is { Type: EntityType.Organization, Source: CandidateSource.ChineseTagger or CandidateSource.ChineseRecognizer }
            && o.End == end && o.Start > start
            && !others.Any(place => place.Type == EntityType.Location && place.Start == start && place.End <= o.Start));

    /// <summary>A place and a concept ending at the head describe a kind of thing: 深圳|人形机器人 is a Shenzhen humanoid robot.</summary>
    private static bool IsPlaceAndConcept(int start, int end, IReadOnlyList<Candidate> others) =>
        others.Any(concept => concept.Type == EntityType.Concept && concept.End == end && concept.Start > start
            && others.Any(place => place.Type == EntityType.Location && place.Start == start && place.End == concept.Start));

    /// <summary>
    /// A place and a head alone describe (中国科技公司 is a Chinese tech company, 美国公司 an American company) unless the
    /// head is one that cities and countries name institutions with (苏州大学, 杭州银行, 杭州日报).
    /// </summary>
    private static bool IsPlaceDescription(int start, string modifier, string head, IReadOnlyList<Candidate> others)
    {
        var core = Core(modifier, out var generic);
        return (generic || head is "公司" or "有限公司") && !Funds.Contains(head)
            && others.Any(o => o.Start == start && o.End == start + core.Length && o.Type == EntityType.Location);
    }

    /// <summary>
    /// Where a name in quotation marks that ends with the head starts (共建“智能教育联合实验室”): right after the opening
    /// mark, two to sixteen Chinese characters (or a dash between parties) before the head, the closing mark right after it.
    /// </summary>
    private static int? QuotedNameStart(string text, int headStart, int end)
    {
        if (end >= text.Length || text[end] is not ('”' or '」'))
        {
            return null;
        }
        for (var i = headStart; i > 0 && headStart - i <= 16; i--)
        {
            if (text[i - 1] is '“' or '「')
            {
                return headStart - i >= 2 ? i : null;
            }
            // “从不关门的实验室”: a phrase in quotation marks, not a name.
            if (text[i - 1] == '的')
            {
                return null;
            }
            // “西电—翊星…联合实验室”: a joint body's parties are joined by a dash.
            if (!CharClass.IsHan(text[i - 1]) && text[i - 1] is not ('—' or '－' or '-'))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// Nothing before the head but everyday or generic words (科技公司, 大型科技公司, 国内大学): a description, not a name.
    /// At least two characters must remain once generic parts are taken off the end. Before a specific head only a
    /// frequent word describes (金融科技, 医学研究院); a rarer one is the brand the institution is named with (赤焰科技,
    /// 星火研究院). Before the bare 公司 or 新闻 any everyday word describes (巨头公司, 初创公司, 财经新闻).
    /// </summary>
    private static bool IsDescription(string modifier, string head, ChineseCommonWords commonWords)
    {
        var core = Core(modifier, out _);
        // A committee named by its function (评审委员会, 审计委员会) is described, not named.
        bool Describes(string word) => head is "公司" or "有限公司" or "新闻" or "委员会" ? commonWords.Contains(word) : commonWords.IsFrequent(word);
        return core.Length < 2 || Describes(core) || Describes(modifier) || (head == "公司" && KindsOfFirm.Any(k => modifier.EndsWith(k, StringComparison.Ordinal)));
    }

    // 若标的公司经营不及预期: what a firm is to a deal or a group (标的公司, 上市公司, 关联公司) ends no name.
    private static readonly string[] KindsOfFirm = ["标的", "目标", "上市", "参股", "关联"];

    /// <summary>
    /// 工业视觉 in "总部位于无锡的工业视觉公司" is two everyday words after 的: what the firm does, not its name (首都钢铁公司,
    /// named in a list, is one). A trade or generic part at the end (平安科技) makes a brand. Before 机器人 two everyday words
    /// say what the robot does wherever they stand (应用于仓储物流机器人).
    /// </summary>
    private static bool IsTwoEverydayWords(string modifier, ChineseCommonWords commonWords) =>
        Core(modifier, out _) == modifier && commonWords.IsTwoEverydayWords(modifier);

    /// <summary>The modifier without the generic parts at its end (蓝鲸星河科技有限 → 蓝鲸星河); empty when it is all generic.</summary>
    private static string Core(string modifier, out bool generic)
    {
        var core = modifier;
        generic = false;
        for (var trimmed = true; trimmed;)
        {
            trimmed = false;
            foreach (var part in GenericParts)
            {
                if (core.EndsWith(part, StringComparison.Ordinal))
                {
                    core = core[..^part.Length];
                    (trimmed, generic) = (true, true);
                }
            }
        }
        return core;
    }

    // Firms are also named by their trade (赤焰科技, 远山资本, 启明创投); trades that are everyday nouns as well (数据, 智能) are
    // heads only where a title, a headquarters, a founding date, staff or a named product follow (墨舟数据的创始人, 澄明智能总部,
    // 青穹智能成立于2023年, 青穹智能的六十多名工程师, 岷山智能的客服助手“问川”), since only an organisation has those.
    internal const string Heads = "有限公司|公司|合伙企业|集团|研究院|科学院|工程院|研究所|大学|学部|实验室|委员会|银行|证券|日报|晚报|周刊|新闻|(?<!官)网|联盟|协会|校友会|基金会|" + FundHeads + "|基金|交易所|会计师事务所|律师事务所|事务所|医院|科技|资本|创投|风投|产投|传媒|影业|智库|合作社|微电子|机器人|半导体|汽车|重工|人民政府|政府|人民法院|法院|检察院|省委|市委|县委|区委|总工会";

    private const string EverydayTrades = "智能|数据|软件|网络|智算|智造";

    // A fund named for its place and sector (北京市人工智能产业投资基金) is a name, whatever everyday words it holds.
    private const string FundHeads = "产业投资基金|投资基金|产业基金";

    private static readonly string[] Funds = FundHeads.Split('|');

    [GeneratedRegex(Heads + "|(?:" + EverydayTrades + ")(?=的?(?:联合创始人|创始人|创办人|首席执行官|首席技术官|CEO|CTO|总裁|董事长|总部|旗下|最?新一轮|[A-E]轮|天使轮|融资|成立于|创立于|的[^，,。；;]{0,6}?(?:员工|工程师|研究员)|的[^，,。；;“]{0,6}?(?:助手|模型|产品|芯片|应用|平台|机器人|系统|智能体) ?“))")]
    private static partial Regex Head();

    [GeneratedRegex("(?:" + Heads + "|" + EverydayTrades + ")$")]
    private static partial Regex HeadAtEnd();

    // What follows a firm's name and may read as one word with its last character: an investor's part in a round (远帆资本|领投
    // is no 本领, skill; 由顺为资本|投资。), or a post held there (高瓴创投|合伙人, where 投合 is a word).
    [GeneratedRegex("^(?:(?:联合)?(?:领投|跟投|参投)|投资(?=[，,。；;\n]|$)|(?:创始|管理)?合伙人|董事长|总经理|副?总裁|首席)")]
    private static partial Regex PartOrPostAfterAName();

    // An organisation's Chinese name, its head (…中心, …组织, …署) and its acronym in brackets.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}(?:" + Heads + "|中心|组织|机构|署|局|部|委员会|理事会|学会|联合会|研究会|天文台|气象台|办公室))[（(](?<acronym>[A-Z][A-Z&]{1,9})[）)]")]
    private static partial Regex AcronymGloss();

    [GeneratedRegex(@"公众号\s*[「“""『‘]\s*(?<name>[^」”""』’\n]{2,20}?)\s*[」”""』’]")]
    private static partial Regex Account();
}
