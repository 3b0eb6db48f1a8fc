using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Pipeline.Relations;

/// <summary>
/// Finds the relations a text states, sentence by sentence: the cue patterns of
/// <see cref="RelationPatterns"/>, relations the knowledge base already knows when both ends are named
/// in one sentence, and sentence-level co-occurrence. Every relation carries the text that states it.
/// </summary>
public sealed partial class RelationExtractor
{
    public const string CoOccurrence = "co_occurrence";
    public const int MaxEvidenceChars = 240;
    private const double KnownConfidence = 0.6;
    private const int MaxMentionsPerWindow = 32;

    /// <param name="speaker">Who "I" and "we" are, if the text is someone's speech.</param>
    /// <param name="knownPredicate">The predicate the knowledge base holds from subject to object, if any.</param>
    public IReadOnlyList<ExtractedRelation> Extract(
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<RelationArgument> mentions,
        Speaker? speaker,
        Func<string, string, string?> knownPredicate)
    {
        var relations = new List<ExtractedRelation>();
        var sorted = mentions.OrderBy(m => m.Start).ToList();
        var next = 0;
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            var inSentence = new List<RelationArgument>();
            while (next < sorted.Count && sorted[next].Start < sentenceEnd)
            {
                if (sorted[next].Start >= sentenceStart && sorted[next].End <= sentenceEnd)
                {
                    inSentence.Add(sorted[next]);
                }
                next++;
            }
            foreach (var (start, end, window) in Windows(sentenceStart, sentenceEnd, inSentence))
            {
                var pronouns = speaker is null ? [] : SpeakerPronouns(text, start, end, window, speaker);
                var withSpeaker = window.Concat(pronouns).OrderBy(m => m.Start).ToList();
                if (withSpeaker.Select(m => m.EntityId).Distinct().Count() < 2)
                {
                    continue;
                }
                var template = SentenceTemplate.Build(text, start, end, withSpeaker);
                relations.AddRange(FindStated(template, text, pronouns.FirstOrDefault(p => p.Type == EntityType.Person)));
                relations.AddRange(FindKnown(template, text, start, end, knownPredicate));
                relations.AddRange(FindCoOccurrences(window, text, start, end));
            }
        }
        return PreferStated(PreferSpecific(relations))
            .DistinctBy(r => (r.SubjectId, r.Predicate, r.ObjectId, r.EvidenceStart, r.EvidenceEnd))
            .ToList();
    }

    /// <summary>
    /// A sentence naming more than <see cref="MaxMentionsPerWindow"/> things (a run-on list, text without full
    /// stops) is read in consecutive windows of that many mentions, so the work per sentence stays bounded.
    /// </summary>
    private static IEnumerable<(int Start, int End, List<RelationArgument> Mentions)> Windows(int start, int end, List<RelationArgument> mentions)
    {
        if (mentions.Count <= MaxMentionsPerWindow)
        {
            yield return (start, end, mentions);
            yield break;
        }
        for (var first = 0; first < mentions.Count; first += MaxMentionsPerWindow)
        {
            var windowStart = first == 0 ? start : mentions[first].Start;
            var last = Math.Min(first + MaxMentionsPerWindow, mentions.Count);
            var windowEnd = last < mentions.Count ? mentions[last].Start : end;
            yield return (windowStart, windowEnd, mentions.GetRange(first, last - first));
        }
    }

    private static List<ExtractedRelation> FindStated(SentenceTemplate template, string text, RelationArgument? speaker)
    {
        var found = new List<ExtractedRelation>();
        foreach (var pattern in RelationPatterns.All)
        {
            if (!pattern.HasSubject && speaker is null)
            {
                continue;
            }
            foreach (Match match in pattern.Regex.Matches(template.Text))
            {
                var subjects = pattern.HasSubject ? Arguments(template, match.Groups["s"], pattern.ExpandLists) : [speaker!];
                var objects = Arguments(template, match.Groups["o"], pattern.ExpandLists);
                var (evidenceStart, evidenceEnd) = template.ToOriginal(match.Index, match.Index + match.Length);
                foreach (var subject in subjects)
                {
                    foreach (var obj in objects)
                    {
                        if (subject.EntityId == obj.EntityId)
                        {
                            continue;
                        }
                        var spanStart = Math.Min(evidenceStart, Math.Min(subject.Start, obj.Start));
                        var spanEnd = Math.Max(evidenceEnd, Math.Max(subject.End, obj.End));
                        found.Add(new ExtractedRelation(subject.EntityId, pattern.Predicate, obj.EntityId,
                            Clip(text, spanStart, spanEnd), spanStart, spanEnd, pattern.Confidence));
                    }
                }
            }
        }
        return found;
    }

    private static IEnumerable<ExtractedRelation> FindKnown(SentenceTemplate template, string text, int start, int end,
        Func<string, string, string?> knownPredicate)
    {
        var ids = template.Arguments.Select(a => a.EntityId).Distinct().ToList();
        foreach (var subject in ids)
        {
            foreach (var obj in ids)
            {
                if (subject == obj || knownPredicate(subject, obj) is not { } predicate)
                {
                    continue;
                }
                var (evidenceStart, evidenceEnd) = Trim(text, start, end);
                yield return new ExtractedRelation(subject, predicate, obj, Clip(text, evidenceStart, evidenceEnd), evidenceStart, evidenceEnd, KnownConfidence);
            }
        }
    }

    /// <summary>Co-occurrence counts names only, not the pronouns standing for the speaker.</summary>
    private static IEnumerable<ExtractedRelation> FindCoOccurrences(List<RelationArgument> inSentence, string text, int start, int end)
    {
        var ids = inSentence.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (evidenceStart, evidenceEnd) = Trim(text, start, end);
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                yield return new ExtractedRelation(ids[i], CoOccurrence, ids[j], Clip(text, evidenceStart, evidenceEnd), evidenceStart, evidenceEnd, 0.3);
            }
        }
    }

    /// <summary>What the KB knows yields to what the text states about the same pair, anywhere in the text.</summary>
    private static List<ExtractedRelation> PreferStated(List<ExtractedRelation> relations)
    {
        var statedPairs = relations.Where(r => r.Predicate != CoOccurrence && r.Confidence > KnownConfidence)
            .SelectMany(r => new[] { (r.SubjectId, r.ObjectId), (r.ObjectId, r.SubjectId) }).ToHashSet();
        return relations.Where(r => r.Confidence != KnownConfidence || !statedPairs.Contains((r.SubjectId, r.ObjectId))).ToList();
    }

    /// <summary>
    /// Where the text says more precisely how a pair is related, the vaguer statement goes: a co-founder is not
    /// also listed as founder, and "works at" yields to CEO, founder, leader or former employee.
    /// </summary>
    private static List<ExtractedRelation> PreferSpecific(List<ExtractedRelation> relations)
    {
        var predicates = relations.GroupBy(r => (r.SubjectId, r.ObjectId)).ToDictionary(g => g.Key, g => g.Select(r => r.Predicate).ToHashSet());
        return relations.Where(r => !MorePreciseThan.TryGetValue(r.Predicate, out var precise)
            || !predicates[(r.SubjectId, r.ObjectId)].Overlaps(precise)).ToList();
    }

    private static readonly Dictionary<string, string[]> MorePreciseThan = new()
    {
        ["founder_of"] = ["cofounder_of"],
        ["works_at"] = ["ceo_of", "founder_of", "cofounder_of", "leads", "former_employee_of"],
    };

    private static IEnumerable<RelationArgument> Arguments(SentenceTemplate template, Group group, bool expandLists)
    {
        foreach (Capture capture in group.Captures)
        {
            var index = int.Parse(capture.Value, System.Globalization.CultureInfo.InvariantCulture);
            yield return template.Arguments[index];
            if (!expandLists)
            {
                continue;
            }
            // Follow "A、B和C" / "A, B and C": members of the same type joined by list separators.
            var type = template.Arguments[index].Type;
            var afterPlaceholder = template.Text.IndexOf('⟧', capture.Index) + 1;
            for (var k = index + 1; k < template.Arguments.Count; k++)
            {
                var placeholder = $"⟦{k}:";
                var at = template.Text.IndexOf(placeholder, afterPlaceholder, StringComparison.Ordinal);
                if (at < 0 || template.Arguments[k].Type != type || !ListSeparator().IsMatch(template.Text[afterPlaceholder..at]))
                {
                    break;
                }
                yield return template.Arguments[k];
                afterPlaceholder = template.Text.IndexOf('⟧', at) + 1;
            }
        }
    }

    /// <summary>"I"/"我" as mentions of the speaker and "we"/"our"/"我们" as mentions of the speaker's organisation.</summary>
    private static List<RelationArgument> SpeakerPronouns(string text, int start, int end, List<RelationArgument> inSentence, Speaker speaker)
    {
        var pronouns = new List<RelationArgument>();
        for (var match = FirstPerson().Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var isPlural = match.Groups["plural"].Success;
            if ((isPlural && speaker.OrganizationId is null) || inSentence.Any(m => m.Start < match.Index + match.Length && match.Index < m.End))
            {
                continue;
            }
            pronouns.Add(isPlural
                ? new RelationArgument(match.Index, match.Index + match.Length, speaker.OrganizationId!, EntityType.Organization)
                : new RelationArgument(match.Index, match.Index + match.Length, speaker.PersonId, EntityType.Person));
        }
        return pronouns;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    /// <summary>Evidence text: the span, cut at <see cref="MaxEvidenceChars"/>.</summary>
    public static string Clip(string text, int start, int end) =>
        end - start <= MaxEvidenceChars ? text[start..end] : text[start..(start + MaxEvidenceChars)];

    [GeneratedRegex(@"(?<plural>我们|\b(?:[Ww]e|[Oo]ur|[Uu]s)\b)|我|\bI\b(?!')")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"^\s*(?:、|,|，|和|与|及|以及|and|or|&|, and)\s*[\p{IsCJKUnifiedIdeographs}A-Za-z ]{0,8}?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();
}
