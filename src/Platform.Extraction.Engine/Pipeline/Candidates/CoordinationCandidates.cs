using System.Text.RegularExpressions;
using Platform.Extraction.Engine.Latin;
using Platform.Extraction.Engine.Pipeline.Relations;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Names listed beside an organisation are organisations too: "Acme Labs, Borealis AI and Quantix attended …",
/// "星河智能、蓝鲸科技和云帆集团参加了…". Where another source found one member of a list, the members no source found
/// become candidates of its type. English members are runs of capitalised words; Chinese members are what stands
/// between two separators (or between the clause's start and the first one), or after the last separator up to an
/// organisation's head noun, since nothing else marks where a Chinese name starts or ends.
/// </summary>
internal static partial class CoordinationCandidates
{
    /// <summary>Below every source that found a name by itself.</summary>
    public const double Confidence = 0.6;

    private const int MaxChineseMember = 8;

    // Four capitalised words of a Latin member, or a separator, fit in this many characters.
    private const int LookBehind = 64;

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<Candidate> candidates, ChineseCommonWords commonWords)
    {
        var found = new List<Candidate>();
        // The characters some candidate covers, so that a long document's thousands of list members are each checked
        // against their own span, not against every candidate.
        var covered = new bool[text.Length];
        foreach (var candidate in candidates)
        {
            covered.AsSpan(candidate.Start, candidate.End - candidate.Start).Fill(true);
        }
        foreach (var anchor in Anchors(candidates))
        {
            foreach (var (start, member) in Members(text, anchor))
            {
                var end = WithoutTrailingAdverb(text, start, member);
                // 与杭州机器人|公司云踪科技: a member short of its generic head is a description; a member across a line's end
                // ("Denver, CO\nAmount: …") is two lines' words; a title before its firm ("Senior Editor, Rack & Silicon", "Managing
                // General Partner, AI Fund") is none, nor is a title's field ("Head of Research, Sablegate Compute").
                if (covered.AsSpan(start, end - start).Contains(true) || OrganizationHeadCandidates.GenericHeadAt(text, end) || text.AsSpan(start, end - start).Contains('\n')
                    || LatinCandidates.IsPartOfACapitalisedTitle(text, start, end) || LatinTitle().IsMatch(text.AsSpan(start, end - start))
                    || LatinCandidates.FollowsATitleOfAField(text, start))
                {
                    continue;
                }

                var surface = text[start..end];
                if (IsName(surface, commonWords, StartsSentence(text, start)))
                {
                    found.Add(new Candidate(start, end, surface, EntityType.Organization, Confidence, CandidateSource.Coordination,
                        Cue: $"listed with \"{anchor.Text}\""));
                    covered.AsSpan(start, end - start).Fill(true);
                }
            }
        }
        foreach (var (start, end) in MembersOfAListOfFirms(text))
        {
            var surface = text[start..end];
            if (!covered.AsSpan(start, end - start).Contains(true) && IsName(surface, commonWords, startsSentence: false))
            {
                found.Add(new Candidate(start, end, surface, EntityType.Organization, Confidence, CandidateSource.Coordination,
                    Cue: "listed before 等 and the kind of firm"));
                covered.AsSpan(start, end - start).Fill(true);
            }
        }

        return found;
    }

    /// <summary>
    /// The members of a Chinese list that 等 closes before the kind of firm they are (和芒果TV、华策影视等内容公司): no
    /// member needs to be known. The list runs back to the clause's start or the conjunction that opens it, and has at
    /// least two members, so that a single word before 等 is not taken for a name.
    /// </summary>
    private static IEnumerable<(int Start, int End)> MembersOfAListOfFirms(string text)
    {
        foreach (Match closing in ListOfFirmsClosing().Matches(text))
        {
            var clauseStart = closing.Index;
            while (clauseStart > 0 && closing.Index - clauseStart < LookBehind && !IsClauseBoundary(text[clauseStart - 1]))
            {
                clauseStart--;
            }
            var list = text[clauseStart..closing.Index];
            // The opener stands before the first 、; a conjunction after it joins the last member (优必选、逐际动力和星尘智能等).
            var firstSeparator = list.IndexOf('、');
            var opener = ListOpener().Match(firstSeparator < 0 ? list : list[..firstSeparator]);
            var first = opener.Success ? opener.Index + opener.Length : 0;
            var members = new List<(int Start, int End)>();
            foreach (Match piece in ListPiece().Matches(list, first))
            {
                var last = LastConjunction().Match(piece.Value);
                members.AddRange(last.Success && firstSeparator >= 0
                    ? [(piece.Index, piece.Index + last.Index), (piece.Index + last.Index + last.Length, piece.Index + piece.Length)]
                    : [(piece.Index, piece.Index + piece.Length)]);
            }
            var trimmed = members.Select(m => TextSpan.Trim(list, m.Start, m.End)).ToList();
            if (trimmed.Count < 2 || trimmed.Any(m => m.End - m.Start is < 2 or > MaxChineseMember))
            {
                continue;
            }
            foreach (var (start, end) in trimmed)
            {
                yield return (clauseStart + start, clauseStart + end);
            }
        }
    }

    [GeneratedRegex(@"^(?i:" + RoleNouns.Chain + ")$")]
    private static partial Regex LatinTitle();

    [GeneratedRegex("[^、]+")]
    private static partial Regex ListPiece();

    // The conjunction before a list's last member, with two characters or more on each side.
    [GeneratedRegex(@"(?<=^[^和与及]{2,})(?:以及|和|与|及)(?=[^和与及]{2,}$)")]
    private static partial Regex LastConjunction();

    [GeneratedRegex(@"等[\p{IsCJKUnifiedIdeographs}]{0,4}?(?:公司|企业|机构|厂商|平台|媒体)")]
    private static partial Regex ListOfFirmsClosing();

    // The last conjunction or verb that opens the list inside its clause: 已经和|芒果TV、…, 包括|小米、….
    [GeneratedRegex(@"(?:和|与|同|跟|包括|如|以及|联合)(?!.*(?:和|与|同|跟|包括|如|以及|联合))")]
    private static partial Regex ListOpener();

    /// <summary>
    /// A member the English recognizer read as a place, in a list with an organisation, is an organisation unless a
    /// gazetteer lists it as a place ("Acme Labs, Borealis AI and Quantix attended …"; "Acme Labs and Lisbon" keeps Lisbon).
    /// </summary>
    public static void RetypeUnlistedPlaces(string text, List<Candidate> candidates)
    {
        // By span, so that long documents (thousands of lists) cost a look-up per member, not a scan of every candidate.
        var unlisted = new Dictionary<(int Start, int End), int>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i] is { Type: EntityType.Location, Entry: null, Source: CandidateSource.LatinRecognizer } place)
            {
                unlisted.TryAdd((place.Start, place.End), i);
            }
        }
        if (unlisted.Count == 0)
        {
            return;
        }
        foreach (var anchor in Anchors(candidates).ToList())
        {
            foreach (var member in Members(text, anchor))
            {
                if (unlisted.TryGetValue(member, out var i) && candidates[i].Type == EntityType.Location && !LatinLexicon.Default.Places.Contains(candidates[i].Text))
                {
                    candidates[i] = candidates[i] with { Type = EntityType.Organization, Cue = $"listed with \"{anchor.Text}\"" };
                }
            }
        }
    }

    /// <summary>
    /// An adverb, a time or a verb of announcing between a Chinese member and the conjunction is not part of it: 青穹智能已经和小米…,
    /// 灵犀智能宣布与荣耀… and 澄明智能去年已与华为… name 青穹智能, 灵犀智能 and 澄明智能.
    /// </summary>
    private static int WithoutTrailingAdverb(string text, int start, int end)
    {
        var adverb = TrailingAdverb().Match(text, start, end - start);
        return adverb.Success && adverb.Index - start >= 2 ? adverb.Index : end;
    }

    [GeneratedRegex("(?:(?:去年|今年|明年|此前|昨天|今天)(?:已经|曾经|也已|已|曾|将|还|也)?|(?:已经|曾经|正在|目前|也已|已|曾|将|正|宣布|表示|计划|决定|同意|正式|还|也|则|近日|日前|怎么|怎样|如何|为什么|为何|到底|究竟|是否|都|又|就|却|再))$")]
    private static partial Regex TrailingAdverb();

    private static IEnumerable<Candidate> Anchors(IReadOnlyList<Candidate> candidates) =>
        candidates.Where(c => c.Type == EntityType.Organization && c.Entry is not { Generic: true }).OrderBy(c => c.Start);

    /// <summary>The spans of the other members of a list the anchor belongs to, walking out from it both ways.</summary>
    private static IEnumerable<(int Start, int End)> Members(string text, Candidate anchor)
    {
        // A list 包括 opens is an enumeration even of two (竞争对手包括商汤科技和第四范式。).
        var enumerated = text.AsSpan(0, anchor.Start).TrimEnd().EndsWith(Including, StringComparison.Ordinal);
        for (var end = anchor.Start; SeparatorBefore(text, end) is { } separator;)
        {
            var member = MemberBefore(text, separator.Index);
            if (member is null)
            {
                break;
            }

            enumerated |= separator.Value == "、";
            yield return member.Value;
            end = member.Value.Start;
        }

        for (var start = anchor.End; SeparatorAfter(text, start) is { } separator;)
        {
            enumerated |= separator.Value == "、";
            var member = MemberAfter(text, separator.Index + separator.Length, enumerated);
            if (member is null)
            {
                break;
            }

            yield return member.Value;
            start = member.Value.End;
        }
    }

    private static Match? SeparatorBefore(string text, int end)
    {
        var match = SeparatorEndingHere().Match(text, LookBehindStart(end), end - LookBehindStart(end));
        return match.Success ? match : null;
    }

    /// <summary>Where a backwards look from <paramref name="end"/> starts: a member and its separator are short.</summary>
    private static int LookBehindStart(int end) => Math.Max(0, end - LookBehind);

    private static Match? SeparatorAfter(string text, int start)
    {
        var match = SeparatorStartingHere().Match(text, start);
        return match.Success && match.Index == start ? match : null;
    }

    private static (int Start, int End)? MemberBefore(string text, int end)
    {
        if (end == 0)
        {
            return null;
        }

        if (CharClass.IsLatinLetter(text[end - 1]) || char.IsAsciiDigit(text[end - 1]))
        {
            // 谷歌DeepMind的GraphCast和华为的盘古: what a firm owns, listed with what another owns, is no firm of the list.
            var latin = LatinNameEndingHere().Match(text, LookBehindStart(end), end - LookBehindStart(end));
            return latin.Success && (latin.Index == 0 || text[latin.Index - 1] != '的') ? (latin.Index, end) : null;
        }

        var start = end;
        while (start > 0 && end - start <= MaxChineseMember + Including.Length && IsChineseNameChar(text[start - 1]))
        {
            start--;
        }

        // A list that 包括 opens (投资方包括东风资产、小米产投和深创投): its first member starts after it.
        var opener = text.LastIndexOf(Including, end - 1, end - start, StringComparison.Ordinal);
        if (opener >= 0 && end - (opener + Including.Length) >= 2)
        {
            start = opener + Including.Length;
            return end - start <= MaxChineseMember ? (start, end) : null;
        }

        // The first member runs back to a clause boundary or another separator; anything longer is not one name. A
        // preposition that opens the clause (据星河智能、…) is not part of it.
        var bounded = start == 0 || IsClauseBoundary(text[start - 1]) || text[start - 1] == '、';
        if (bounded && text[start - 1 < 0 ? 0 : start - 1] != '、' && end - start > 2 && ClauseOpeners.Contains(text[start]))
        {
            start++;
        }
        // The agent after what it made (该模型由|风语气象与…联合研发): the name starts after 由 or 被; so does what 将 or 把
        // takes (招股书将|寒武纪和…列为竞争对手).
        if (bounded && AgentMarker().Match(text, start, end - start) is { Success: true } agent && end - (agent.Index + 1) >= 2)
        {
            start = agent.Index + 1;
        }
        // A verb that introduces the name is not part of it (同时领导|澜舟数智与…, 将直面|优必选、…); a run too long for one name stays none.
        start = bounded && end - start <= MaxChineseMember ? OrganizationHeadCandidates.AfterLastIntroducer(text, start, end) : start;
        // What something is built on (“明鉴”构建于|智片医疗与…): the name starts after the verb's 于.
        if (bounded && VerbWithYu().Match(text, start, end - start) is { Success: true } verb && end - (verb.Index + verb.Length) >= 2)
        {
            start = verb.Index + verb.Length;
        }

        return bounded && end - start is >= 2 and <= MaxChineseMember ? (start, end) : null;
    }

    /// <param name="enumerated">Whether the list has a 、 so far: only then may its last Chinese member end where the clause does.</param>
    private static (int Start, int End)? MemberAfter(string text, int start, bool enumerated)
    {
        if (start >= text.Length)
        {
            return null;
        }

        var latin = LatinNameStartingHere().Match(text, start);
        if (latin.Success && latin.Index == start)
        {
            return (start, start + latin.Length);
        }

        // A Chinese member ends where another separator follows; the last one of a list, where an organisation's head
        // ends it (…和白鹭智能参加了…): without either there is no right edge to read.
        var end = start;
        while (end < text.Length && end - start <= MaxChineseMember && IsChineseNameChar(text[end]))
        {
            end++;
        }

        // The last member of a list may end where 等 ("and others") closes it (…、优必选等企业) or, in an enumeration, where
        // the clause ends (投资方包括高瓴资本、小米集团和苏州元禾控股。; not 星河智能和蓝鲸合作。, where a verb ends it).
        if (end - start is >= 2 and <= MaxChineseMember
            && (end < text.Length && text[end] is '、' or '等' || (enumerated && (end == text.Length || IsClauseEnd(text[end])))))
        {
            return (start, end);
        }

        for (var headed = start + 3; headed <= end && headed - start <= MaxChineseMember; headed++)
        {
            if (OrganizationHeadCandidates.EndsInHead(text.AsSpan(start, headed - start)))
            {
                return (start, headed);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a member reads as a name. A capitalised everyday English word is one inside a sentence (Glint, Prism in a
    /// list of firms), not at its start (Today, Separately).
    /// </summary>
    private static bool IsName(string surface, ChineseCommonWords commonWords, bool startsSentence)
    {
        if (surface.Any(CharClass.IsCjk))
        {
            return !commonWords.Contains(surface) && surface.Count(CharClass.IsCjk) >= 2 && !ChineseCandidates.IsDescription(ChineseCandidates.HanOnly(surface), commonWords)
                && !NoMemberName().IsMatch(surface);
        }

        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lexicon = LatinLexicon.Default;
        return !(words.Length == 1 && ((startsSentence && lexicon.IsCommon(words[0])) || lexicon.FirstNames.Contains(words[0])))
            && !words.Any(w => lexicon.Stopwords.Contains(w) || lexicon.RoleWords.Contains(w) || lexicon.CalendarWords.Contains(w));
    }

    private static bool StartsSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]) && text[i] != '\n')
        {
            i--;
        }

        return i < 0 || ".!?。！？\n:：\"“”'".IndexOf(text[i]) >= 0;
    }

    // A title (项目负责人、复旦大学教授X), what a person is (机器人专家、中国工程院院士X), a clause (其中一部分来自与…合作) or
    // an example's opening (比如星澜和上汽的合作) stands where a list member would: none is a firm; nor is a field of business
    // (丝杠领域则与上银科技…竞争), nor a clause's next verb (…机器人，并已完成与华为…的适配).
    // Nor an investor's part in a round (岚山投资领投、腾讯继续加注).
    [GeneratedRegex("负责人|创始人|教授|总裁|董事长|首席|主任|经理|记者|专家|学者|院士|演员|代理人|审判长|审判员|法官|律师|来自|其中|部分|完成|^(?:比如|例如|譬如|已经|并[已将且在于])|(?:领域|方面|市场|行业|板块|赛道|环节)$|^(?:联合)?(?:领投|跟投|参投|加注|出资)$")]
    private static partial Regex NoMemberName();

    private const string ClauseOpeners = "据在由对向被把将从跟同让经";

    [GeneratedRegex(@"\G(?:构建|建立|基|源|来自|隶属|属|位)于")]
    private static partial Regex VerbWithYu();

    // 由 or 被 after at least two characters of what the clause is about; not 自由, 理由, 缘由 or 事由.
    [GeneratedRegex("(?<=[\\p{IsCJKUnifiedIdeographs}]{2})(?<![自理缘事即])[由被将把](?!.*[由被将把])")]
    private static partial Regex AgentMarker();

    private const string Including = "包括";

    // Particles, pronouns and adverbs never stand in a name: "媒体对这些企业" is a clause, not a member.
    private static bool IsChineseNameChar(char c) => CharClass.IsCjk(c) && "、和与及的是在了等对这那些们也都就还很不但".IndexOf(c) < 0;

    private static bool IsClauseEnd(char c) => "，,。；;！？!?\n".IndexOf(c) >= 0;

    private static bool IsClauseBoundary(char c) => "，,。；;：:！？!?\n“”\"「」（）() ".IndexOf(c) >= 0;

    [GeneratedRegex(@"(?:、|\s*(?:和|与|以及)\s*|,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")]
    private static partial Regex SeparatorEndingHere();

    [GeneratedRegex(@"\G(?:、|\s*(?:和|与|以及)\s*|,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")]
    private static partial Regex SeparatorStartingHere();

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*){0,3}$")]
    private static partial Regex LatinNameEndingHere();

    [GeneratedRegex(@"\G[A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*){0,3}(?![A-Za-z0-9-])")]
    private static partial Regex LatinNameStartingHere();
}
