using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Person, organisation, place and work names that LAC-small tags in the Chinese sentences. Latin-script
/// runs are left to the Latin recognizer: LAC splits Latin words. Everyday words and person spans that
/// cannot be names are dropped.
/// </summary>
internal static partial class ChineseCandidates
{
    /// <summary>The cue of a name LAC tagged; its tag follows ("LAC nw", "LAC ORG").</summary>
    public const string LacCue = "LAC";

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<LacChunk> chunks, ChineseCommonWords commonWords)
    {
        var found = new List<Candidate>();
        foreach (var chunk in chunks)
        {
            foreach (var span in chunk.Words.Spans)
            {
                if (TypeOf(span.Label) is not { } type)
                {
                    continue;
                }
                var (start, end) = TrimToName(text, chunk.Start + span.Start, chunk.Start + span.End);
                if (type.Type == EntityType.Person)
                {
                    end = ChineseNameShape.WithoutTrailingVerb(text, start, end);
                }
                if (type.Type == EntityType.Organization)
                {
                    (start, end) = OrganizationBounds(text, start, end, commonWords);
                }
                if (type.Type == EntityType.Work && PeopleListedAsOne(text, start, end, commonWords) is { } people)
                {
                    found.AddRange(people.Select(p => new Candidate(p.Start, p.End, text[p.Start..p.End], EntityType.Person, LacPersonConfidence,
                        CandidateSource.ChineseTagger, Cue: "a name of a list LAC read as one title")));
                    continue;
                }
                var parts = type.Type == EntityType.Organization ? OrganizationsJoined(text, start, end) : [(start, end)];
                foreach (var (partStart, partEnd) in parts)
                {
                    // A part of a joined pair is an institution's name even where the dictionary lists it as a word (总政治部).
                    var surface = text[partStart..partEnd];
                    if (IsNameShaped(surface, type.Type) && !(type.Type == EntityType.Location && (commonWords.IsEverydayPlaceWord(surface) || PairOfCountries().IsMatch(surface) || KnowledgeBaseCandidates.NamesAClock(text, partEnd))) && ((parts.Count > 1 && InstitutionAtEnd().IsMatch(surface)) || (!commonWords.Contains(surface) && !commonWords.Contains(HanOnly(surface))))
                        && (type.Type != EntityType.Person || (ChineseNameShape.IsPlausiblePersonName(surface, commonWords.Contains) && !commonWords.StartsInsideAWord(text, partStart)))
                        && (type.Type != EntityType.Organization || (!IsDescription(HanOnly(surface), commonWords) && !ChineseRecognizerCandidates.SettingUp().IsMatch(surface)
                            && !TwoNamesJoinedByAVerb().IsMatch(surface))))
                    {
                        found.Add(new Candidate(partStart, partEnd, surface, type.Type, type.Confidence, CandidateSource.ChineseTagger, Cue: LacCue + " " + span.Label));
                    }
                }
            }
        }
        return WholePersonNames(text, found);
    }

    /// <summary>"上海市浦东新区张江路665号": a street address, whose places are its city and district, not the whole.</summary>
    internal static bool IsStreetAddress(ReadOnlySpan<char> name) => StreetAddress().IsMatch(name);

    [GeneratedRegex(@"^(?:\p{IsCJKUnifiedIdeographs}{1,8}?(?:自治区|新区|省|市|区|县|镇))+\p{IsCJKUnifiedIdeographs}{1,10}(?:路|街|大道|道|巷)\d+号$")]
    private static partial Regex StreetAddress();

    /// <summary>"何砚秋、林栖梧": LAC reads a list of people's names (an inventors' field) as one title; each is a person.</summary>
    private static List<(int Start, int End)>? PeopleListedAsOne(string text, int start, int end, ChineseCommonWords commonWords)
    {
        var names = new List<(int Start, int End)>();
        for (var at = start; at < end;)
        {
            var next = text.IndexOf('、', at, end - at) is var comma and >= 0 ? comma : end;
            if (!ChineseNameShape.IsPlausiblePersonName(text[at..next], commonWords.Contains))
            {
                return null;
            }
            names.Add((at, next));
            at = next + 1;
        }
        return names.Count > 1 ? names : null;
    }

    // 中英日韩四语, 中美关系: two countries' one-character names together are a pair, no place.
    [GeneratedRegex("^[中美英日韩法德俄欧印澳加]{2}$")]
    private static partial Regex PairOfCountries();

    /// <summary>
    /// 上海澄观数据服务有限公司（下称“澄观数据”）: the short name a text declares for the organisation just named is a name of
    /// it where it is declared, whatever a tagger made of it, so that it is found wherever the text uses it.
    /// </summary>
    internal static IEnumerable<Candidate> DeclaredShortNames(string text, IReadOnlyList<Candidate> candidates)
    {
        var organizationsEndingAt = candidates.Where(c => c.Type == EntityType.Organization).Select(c => c.End).ToHashSet();
        foreach (Match declared in Resolution.EntityResolver.DeclaredShortName().Matches(text))
        {
            var name = declared.Groups["short"];
            if (declared.Groups["keyword"].Success && organizationsEndingAt.Contains(declared.Index) && name.Value.Trim().Length >= 2
                && !GenericShortName().IsMatch(name.Value))
            {
                yield return new Candidate(name.Index, name.Index + name.Length, name.Value, EntityType.Organization, 0.8,
                    CandidateSource.ChineseTagger, Cue: "the short name the text declares");
            }
        }
    }

    /// <summary>
    /// 苏州临湖智造产业投资基金（有限合伙）: a partnership's registered name ends in its legal form in brackets, which is part of
    /// the name, as 有限公司 is of a company's.
    /// </summary>
    internal static void ExtendByBracketedLegalForm(string text, List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Organization } c && c.Text.Length >= 4 && Text.CharClass.IsHan(c.Text[^1])
                && BracketedLegalForm().Match(text, c.End) is { Success: true } form)
            {
                candidates[i] = c with { End = c.End + form.Length, Text = text[c.Start..(c.End + form.Length)] };
            }
        }
    }

    // （以下简称“公司”）, (the "Company"): a word for any firm, which the text uses for this one (see CompanyAnaphora), is no name.
    [GeneratedRegex(@"^\s*(?:本|该)?(?:公司|集团|企业|发行人|标的公司|上市公司|基金|银行|[Tt]he\s+(?:Company|Group|Issuer)|Company|Group|Issuer)\s*$")]
    private static partial Regex GenericShortName();

    [GeneratedRegex(@"\G[（(](?:有限合伙|普通合伙|特殊普通合伙)[）)]")]
    internal static partial Regex BracketedLegalForm();

    /// <summary>
    /// 宿州市灵璧县: a city and a county in it, read as one place, are two; the text may name either on its own.
    /// </summary>
    internal static void SplitCityAndCounty(List<Candidate> candidates)
    {
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (candidates[i] is { Type: EntityType.Location, Entry: null } place && CityThenCounty().Match(place.Text) is { Success: true } pair)
            {
                var cityEnd = place.Start + pair.Groups["city"].Length;
                candidates[i] = place with { End = cityEnd, Text = pair.Groups["city"].Value, Cue = place.Cue + ", the city before its county" };
                candidates.Insert(i + 1, place with { Start = cityEnd, Text = pair.Groups["county"].Value, Cue = place.Cue + ", the county after its city" });
            }
        }
    }

    [GeneratedRegex(@"^(?<city>\p{IsCJKUnifiedIdeographs}{2,4}?[省市])(?<county>\p{IsCJKUnifiedIdeographs}{1,4}[市县区])$")]
    private static partial Regex CityThenCounty();

    /// <summary>
    /// LAC reads a name short where its last character could open the next word (孟知|远于2018年创立): a person cut one
    /// character short of a name the document gives a person elsewhere (孟知远现任…) is that name, and so is a
    /// two-character name whose next character is no adverb or particle but stands before a verb of founding or
    /// speaking (贺明|远创办, not 李明|曾表示; 和 too, which joins no second name when a verb follows: 许清|和出任) or, after a
    /// post, ends the clause (硬件总监顾衡|远。).
    /// </summary>
    internal static List<Candidate> WholePersonNames(string text, List<Candidate> found)
    {
        var names = found.Where(c => c.Type == EntityType.Person).Select(c => c.Text).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            if (c.Type != EntityType.Person || c.End >= text.Length || !CharClass.IsHan(text[c.End]))
            {
                continue;
            }
            var whole = c.Text + text[c.End];
            if (names.Contains(whole))
            {
                found[i] = c with { End = c.End + 1, Text = whole, Cue = c.Cue + ", whole as the document names the person elsewhere" };
            }
            else if (c.Length == 2 && (!NotANameCharacter.Contains(text[c.End]) || text[c.End] == '和') && VerbAfterAName().IsMatch(text.AsSpan(c.End + 1)))
            {
                found[i] = c with { End = c.End + 1, Text = whole, Cue = c.Cue + ", whole before the verb" };
            }
            else if (c.Length == 2 && !NotANameCharacter.Contains(text[c.End]) && TitleBeforeAName().IsMatch(text.AsSpan(Math.Max(0, c.Start - 3), Math.Min(3, c.Start)))
                && (c.End + 1 == text.Length || "。，；！？".Contains(text[c.End + 1])))
            {
                found[i] = c with { End = c.End + 1, Text = whole, Cue = c.Cue + ", whole after a title to the clause's end" };
            }
        }
        return found;
    }

    // Adverbs, particles and prepositions that stand between a name and its verb (李明曾表示, 王芳笑称).
    private const string NotANameCharacter = "曾也都将已还又再就才便则即并均皆亦仍正刚早今昨终遂却只先后另笑直坦特对向在于和与及是为被把从给等的了着过这那此其所要会能可亲自称说";

    // 硬件总监顾衡|远。: a name after a post that ends its clause one character later takes that character.
    [GeneratedRegex("(?:总监|总裁|经理|主任|教授|创始人|董事长|工程师|研究员|科学家|CEO|CTO)$")]
    private static partial Regex TitleBeforeAName();

    [GeneratedRegex("^(?:创办|创立|创建|表示|介绍|指出|认为|透露|担任|出任|加入|毕业|主持|领导|带领|出席|参加|致辞)")]
    private static partial Regex VerbAfterAName();

    /// <summary>
    /// LAC (and CLUENER) take a headquarters with its organisation (远帆科技总部); the graph's entity is the organisation,
    /// whose headquarters the sentence then places (远帆科技总部位于成都: 远帆科技 is located in 成都). A title ends it too.
    /// </summary>
    private static int WithoutHeadquarters(string text, int start, int end) =>
        end - start >= 4 && text.AsSpan(start, end - start).EndsWith("总部", StringComparison.Ordinal) ? WithoutTitle(text, start, end - 2) : WithoutTitle(text, start, end);

    /// <summary>
    /// 解放军总参谋部和总政治部: a conjunction right after an institution's head joins two names; each part is one. So does a
    /// deal's verb after a head (北辰银行收购青禾信托公司), which is no part of either name, nor of the one it follows alone
    /// (远帆银行重组).
    /// </summary>
    private static List<(int Start, int End)> OrganizationsJoined(string text, int start, int end)
    {
        var join = TwoInstitutions().Match(text, start, end - start);
        if (join.Success)
        {
            var conjunction = join.Index + join.Length - 2;
            return [(start, conjunction), .. OrganizationsJoined(text, conjunction + 1, end)];
        }
        var verb = VerbJoiningNames().Match(text, start, end - start);
        if (!verb.Success)
        {
            return [(start, end)];
        }
        var after = verb.Index + verb.Length;
        return after < end ? [(start, verb.Index), .. OrganizationsJoined(text, after, end)] : [(start, verb.Index)];
    }

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs}" + InstitutionHead + ")(?:收购|并购|重组|入股|控股|联合|合并|落户|起诉)")]
    private static partial Regex VerbJoiningNames();

    private const string InstitutionHead = "(?:部|局|院|委|会|司|行|所|厅|处|办|集团|大学)";

    [GeneratedRegex(InstitutionHead + @"(?:和|与|及|、)\p{IsCJKUnifiedIdeographs}")]
    internal static partial Regex TwoInstitutions();

    [GeneratedRegex(InstitutionHead + "$")]
    private static partial Regex InstitutionAtEnd();

    /// <summary>
    /// An organisation's name without what a reader of the text puts before or after it: a description (人工智能公司|星河科技),
    /// "former" (前|海康威视), a title (星河智能|首席…), headquarters (…|总部), a dateline's 讯. LAC's spans and the character
    /// tagger's are read the same way.
    /// </summary>
    internal static (int Start, int End) OrganizationBounds(string text, int start, int end, ChineseCommonWords commonWords)
    {
        end = WithoutHeldBy(text, start, WithoutDateline(text, start, WithoutHeadquarters(text, start, end)));
        start = AfterASpace(text, start, end);
        return (WithoutCopula(text, WithoutDescription(text, WithoutFormer(text, start, end), end, commonWords), end), end);
    }

    /// <summary>岫川公司系上海瀚湄投资管理有限公司全资子公司: 系 after a firm ("is") is no part of the name after it.</summary>
    private static int WithoutCopula(string text, int start, int end) =>
        end - start >= 5 && text[start] == '系' && start >= 2 && text.AsSpan(start - 2, 2) is "公司" or "集团" or "企业" ? start + 1 : start;

    /// <summary>拟受让北极光创投、穗禾创投所持部分股权: 所 before 持 ("held by") is no head of the name (…研究所, …事务所).</summary>
    private static int WithoutHeldBy(string text, int start, int end) =>
        end - start >= 4 && text[end - 1] == '所' && end < text.Length && text[end] == '持' ? end - 1 : end;

    /// <summary>
    /// A space parts a Chinese headline's phrases and a dateline from its story (AI配音 中国配音艺术家协会, 本报合肥12月2日电
    /// 皖垦农业集团): LAC reads across it, but a Chinese name has none, so the name starts after the last one.
    /// </summary>
    private static int AfterASpace(string text, int start, int end)
    {
        var space = text.AsSpan(start, end - start).LastIndexOfAny(' ', '\u3000');
        return space > 0 && end - (start + space + 1) >= 2 && CharClass.IsHan(text[start + space + 1]) ? start + space + 1 : start;
    }

    /// <summary>
    /// 前 ("former") before a firm and the post held there is no part of its name: LAC reads 前海康威视 in 前海康威视算法总监
    /// (前海 is also a district of Shenzhen).
    /// </summary>
    private static int WithoutFormer(string text, int start, int end) =>
        end - start >= 4 && text[start] == '前' && PostAfterAFirm().IsMatch(text.AsSpan(end)) ? start + 1 : start;

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{0,4}?(?:总监|总裁|副总裁|工程师|研究员|科学家|高管|员工|董事长|总经理|首席|CEO|CTO)")]
    private static partial Regex PostAfterAFirm();

    // 丰穗种业联手省农科院: a headline's verb joins two names LAC reads as one.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{2}(?:联手|携手|牵手)\p{IsCJKUnifiedIdeographs}{2}")]
    private static partial Regex TwoNamesJoinedByAVerb();

    /// <summary>A dateline's agency (新浪科技讯 6月30日…, 本报讯): 讯 ("reports") is no part of the organisation's name.</summary>
    private static int WithoutDateline(string text, int start, int end) =>
        end - start >= 3 && text[end - 1] == '讯' && (end == text.Length || char.IsWhiteSpace(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '（' or '(')
            ? end - 1
            : end;

    /// <summary>
    /// LAC sometimes takes the description before a name with it (投资机构|蓝湖资本, 人工智能公司|星河科技): the name starts
    /// after a description's generic head when a name of two characters or more follows.
    /// </summary>
    internal static int WithoutDescription(string text, int start, int end, ChineseCommonWords commonWords)
    {
        var description = DescriptionHead().Match(text, start, end - start);
        var nameStart = description.Index + description.Length;
        return description.Success && end - nameStart >= 2
            && (IsDescription(HanOnly(text[start..nameStart]), commonWords) || IsPlaceAndTrade(text[start..description.Index], commonWords)
                || IsFirmNamedByItsTrade(text[nameStart..end]))
            ? description.Index + description.Length
            : start;
    }

    [GeneratedRegex("机构|公司|企业")]
    private static partial Regex DescriptionHead();

    /// <summary>
    /// 杭州芯片|公司云栖芯科: a place and an everyday word before the head say where and in what trade, when a name follows (杭州钢铁公司
    /// alone is a firm's name).
    /// </summary>
    private static bool IsPlaceAndTrade(string modifier, ChineseCommonWords commonWords) =>
        Enumerable.Range(2, 2).Any(k => modifier.Length - k >= 2 && commonWords.IsListedPlace(modifier[..k]) && commonWords.Contains(modifier[k..]));

    /// <summary>深圳具身智能企业|云鹤科技: what follows the description is a firm's name of its own, ending in its trade or head.</summary>
    private static bool IsFirmNamedByItsTrade(string name) =>
        name.Length >= 4 && (Trades.Any(t => name.EndsWith(t, StringComparison.Ordinal)) || OrganizationHeads.Any(h => name.EndsWith(h, StringComparison.Ordinal)));

    /// <summary>
    /// LAC sometimes runs an organisation into the title after it (星河智能首席AI科学家), or into its first characters
    /// (澜舟智能联合|创始人): the name ends where the title starts.
    /// </summary>
    private static int WithoutTitle(string text, int start, int end)
    {
        var title = TitleInside().Match(text, start, Math.Min(text.Length, end + 4) - start);
        return title.Success && title.Index < end && title.Index - start >= 2 ? title.Index : end;
    }

    [GeneratedRegex("首席|联合创始人|创始人|董事长|总裁|总经理|院士|教授|CEO|CTO")]
    private static partial Regex TitleInside();

    private const double LacPersonConfidence = 0.75;

    private static (EntityType Type, double Confidence)? TypeOf(string label) => label switch
    {
        LacLabels.Person or LacLabels.PersonNoun => (EntityType.Person, LacPersonConfidence),
        LacLabels.Organization or LacLabels.OrganizationNoun => (EntityType.Organization, 0.7),
        LacLabels.Location or LacLabels.PlaceNoun => (EntityType.Location, 0.7),
        LacLabels.WorkTitle => (EntityType.Work, 0.55),
        _ => null,
    };

    /// <summary>
    /// LAC's words can carry the spaces and separators before them (" | 张华", "出品丨AI 未来评论"); a name
    /// starts after the last separator and starts and ends with a letter.
    /// </summary>
    private static (int Start, int End) TrimToName(string text, int start, int end)
    {
        var separator = text.AsSpan(start, end - start).LastIndexOfAny('|', '丨', '｜');
        if (separator >= 0)
        {
            start += separator + 1;
        }
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Only CJK names (with the transliteration dot) of two characters or more.</summary>
    private static bool IsNameShaped(string surface, EntityType type)
    {
        var cjk = 0;
        foreach (var c in surface)
        {
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (c is not ('·' or ' ') && !AllowsLatin(type, c))
            {
                return false;
            }
        }
        // Two-character organisations outside the KB are mostly tagging noise ("从一开始" → 从一).
        return cjk >= (type == EntityType.Organization ? 3 : 2);
    }

    // Organisations and works may carry Latin letters and digits ("AI 未来评论"); people and places do not.
    private static bool AllowsLatin(EntityType type, char c) =>
        type is EntityType.Organization or EntityType.Work && (char.IsAsciiLetterOrDigit(c) || (type == EntityType.Work && !char.IsControl(c)));

    private static readonly string[] OrganizationHeads =
        ["公司", "集团", "企业", "机构", "团队", "部门", "实验室", "研究院", "研究所", "大学", "学院", "基金会", "基金", "协会", "联盟", "组织", "中心", "委员会"];

    private static readonly string[] Trades = ["科技", "技术", "信息", "资本", "数据", "智能", "网络", "软件", "传媒", "电子", "半导体", "机器人"];

    /// <summary>
    /// "初创公司" (a start-up) describes an organisation: nothing but everyday words before the head noun. So does a
    /// sector before a trade, with or without a head (金融科技, 金融科技公司); a rarer word before it is a brand (赤焰科技).
    /// </summary>
    internal static bool IsDescription(string han, ChineseCommonWords commonWords)
    {
        // A head noun opens no name: 公司估值 is a company's valuation.
        if (OrganizationHeads.FirstOrDefault(h => han.StartsWith(h, StringComparison.Ordinal)) is { } opening
            && (han.Length == opening.Length || commonWords.Contains(han[opening.Length..])))
        {
            return true;
        }
        // 北京人工智能初创公司: what a start-up is, never its name.
        if (han.EndsWith("初创公司", StringComparison.Ordinal) || han.EndsWith("初创企业", StringComparison.Ordinal) || han.EndsWith("创业公司", StringComparison.Ordinal))
        {
            return true;
        }
        var head = OrganizationHeads.FirstOrDefault(h => han.EndsWith(h, StringComparison.Ordinal));
        var modifier = head is null ? han : han[..^head.Length];
        if (head is not null && (modifier.Length == 0 || commonWords.Contains(modifier)))
        {
            return true;
        }
        // A university is named by its region and field (南方科技大学, 电子科技大学): no description.
        var trade = head is "大学" or "学院" ? null : Trades.FirstOrDefault(t => modifier.Length > t.Length && modifier.EndsWith(t, StringComparison.Ordinal));
        return trade is not null && commonWords.IsFrequent(modifier[..^trade.Length]);
    }

    // "AI 初创公司" is an AI start-up, not a name: judge the Chinese part on its own too.
    internal static string HanOnly(string surface) => string.Concat(surface.Where(CharClass.IsCjk));
}
