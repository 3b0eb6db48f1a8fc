using Platform.Extraction.Engine.Chinese;
using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Candidates;

/// <summary>
/// Names the trained Chinese character tagger (<see cref="ChineseEntityTagger"/>, CLUENER2020) finds where no other
/// source has a candidate: the open-world organisations, people, products and works that the KB does not list and
/// LAC does not tag. It runs on the sentences with Chinese characters; its spans that overlap a candidate of
/// another source are dropped, and its confidence stays below LAC's, so KB and LAC candidates win, except that
/// a place inside an organisation's name (杭州 in 杭州某某科技有限公司) gives way to the organisation.
/// </summary>
internal static class ChineseRecognizerCandidates
{
    /// <summary>
    /// The tagger's confidence a span needs (its margin against the held-out median, see
    /// <see cref="Latin.LatinTaggerModel.Confidence"/>). At 0.6 generic nouns (航空航天) got through on the
    /// development documents; at 0.75 none did.
    /// </summary>
    public const double MinimumTaggerConfidence = 0.75;

    /// <summary>
    /// The confidence enough for an organisation whose name ends in an organisation head (…公司, …银行): the
    /// head makes the type safe, and the tagger's doubt is mostly about where the name starts.
    /// </summary>
    public const double MinimumHeadedOrganizationConfidence = 0.6;

    private static readonly string[] OrganizationHeads =
        ["公司", "集团", "银行", "大学", "学院", "研究院", "研究所", "实验室", "委员会", "基金会", "协会", "医院", "俱乐部", "工作室", "出版社", "电视台", "日报"];

    /// <summary>What the candidates are given: below LAC's 0.7, above the engine's 0.5 floor.</summary>
    public const double CandidateConfidence = 0.6;

    /// <summary>
    /// Types taken from the tagger. Places are left out: LAC and the KB already cover them, and the tagger's
    /// CLUENER addresses and scenes are its weakest type.
    /// </summary>
    public static readonly IReadOnlySet<EntityType> Types =
        new HashSet<EntityType> { EntityType.Person, EntityType.Organization, EntityType.Product, EntityType.Work };

    public static IEnumerable<Candidate> Find(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Candidate> others,
        ChineseEntityTagger? tagger, ChineseCommonWords commonWords)
    {
        if (tagger is null)
        {
            yield break;
        }

        foreach (var sentence in sentences)
        {
            if (!ContainsCjk(text.AsSpan(sentence.Start, sentence.Length)))
            {
                continue;
            }

            foreach (var chunk in ChineseSentenceSplitter.Split(text.Substring(sentence.Start, sentence.Length)))
            {
                var offset = sentence.Start + chunk.Start;
                foreach (var span in tagger.Tag(text.AsSpan(offset, chunk.Length)))
                {
                    var (start, end) = (offset + span.Start, offset + span.End);
                    if (span.Confidence < MinimumConfidenceFor(span.Type, text.AsSpan(start, end - start)) || !Types.Contains(span.Type)
                        || others.Any(o => o.Start < end && start < o.End && !IsPlaceInsideOrganization(o, span.Type, start, end) && !Agrees(o, span.Type, start, end)))
                    {
                        continue;
                    }

                    var surface = text[start..end];
                    if (IsNameShaped(surface, span.Type) && !SplitsAWord(text, start, end, commonWords) && !commonWords.Contains(surface)
                        && !commonWords.Contains(ChineseCandidates.HanOnly(surface))
                        && (span.Type != EntityType.Organization || !ChineseCandidates.IsDescription(ChineseCandidates.HanOnly(surface), commonWords))
                        && (span.Type != EntityType.Person || ChineseNameShape.IsPlausiblePersonName(surface, commonWords.Contains)))
                    {
                        yield return new Candidate(start, end, surface, span.Type, CandidateConfidence, CandidateSource.ChineseRecognizer,
                            Cue: "Chinese tagger " + Latin.BioTags.ShortName(span.Type));
                    }
                }
            }
        }
    }

    private static double MinimumConfidenceFor(EntityType type, ReadOnlySpan<char> surface)
    {
        if (type == EntityType.Organization)
        {
            foreach (var head in OrganizationHeads)
            {
                if (surface.Length > head.Length && surface.EndsWith(head, StringComparison.Ordinal))
                {
                    return MinimumHeadedOrganizationConfidence;
                }
            }
        }

        return MinimumTaggerConfidence;
    }

    /// <summary>
    /// A place or a generic term inside an organisation's name (杭州 and 科技 in 杭州某某科技有限公司) does not block the
    /// name: the caller drops such candidates in favour of the organisation (<see cref="IsCovered"/>).
    /// </summary>
    private static bool IsPlaceInsideOrganization(Candidate other, EntityType type, int start, int end) =>
        type == EntityType.Organization && other.Start >= start && other.End <= end
        && (other.Type is EntityType.Location or EntityType.Concept || other.Entry is { Generic: true });

    /// <summary>
    /// Another source's candidate with the same span and type: the tagger's copy adds nothing to the selection (the
    /// other source's higher confidence wins the tie) but, by agreeing, lets the organisation displace a place inside it.
    /// </summary>
    private static bool Agrees(Candidate other, EntityType type, int start, int end) =>
        other.Start == start && other.End == end && other.Type == type;

    /// <summary>True for a place or generic term that lies inside one of the tagger's organisations.</summary>
    public static bool IsCovered(Candidate candidate, IReadOnlyList<Candidate> found) =>
        found.Any(f => IsPlaceInsideOrganization(candidate, f.Type, f.Start, f.End));

    /// <summary>
    /// A span that starts or ends inside an everyday two-character word has a wrong boundary: 大型科技公司 tagged
    /// from 型 on (大型 is a word) is not a name.
    /// </summary>
    private static bool SplitsAWord(string text, int start, int end, ChineseCommonWords commonWords) =>
        (start > 0 && CharClass.IsCjk(text[start - 1]) && commonWords.Contains(text.Substring(start - 1, 2)))
        || (end < text.Length && CharClass.IsCjk(text[end]) && commonWords.Contains(text.Substring(end - 1, 2)));

    /// <summary>At least two Chinese characters; people are Chinese characters only (with the transliteration dot).</summary>
    private static bool IsNameShaped(string surface, EntityType type)
    {
        var cjk = 0;
        foreach (var c in surface)
        {
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (type == EntityType.Person && c != '·')
            {
                return false;
            }
        }

        return cjk >= 2 && char.IsLetterOrDigit(surface[0]) && char.IsLetterOrDigit(surface[^1]);
    }

    private static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (CharClass.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }
}
