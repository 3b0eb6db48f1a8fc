using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>
/// Reads relations the cue patterns miss with <see cref="RelationClassifierModel"/>: every two names of a sentence,
/// each pair by its nearest two mentions, labelled by the words around and between them. What it finds only counts for a
/// pair the patterns and the KB say nothing of (<see cref="ForUnstatedPairs"/>); its evidence is the whole sentence.
/// Two things the curated KB both knows are left alone: how they relate is the KB's to say and the text's to state in
/// the words the patterns know ("Bill Gates visited Microsoft's campus" states no employment), never a guess's.
/// </summary>
public sealed class RelationClassifier
{
    public const double Confidence = 0.55;

    private readonly RelationClassifierModel? _model;
    private readonly Func<string, bool> _isCurated = _ => false;
    private readonly Action<string, SentenceTemplate>? _observe;

    /// <param name="isCurated">Whether an entity id is one of the curated KB's.</param>
    public RelationClassifier(RelationClassifierModel model, Func<string, bool> isCurated) => (_model, _isCurated) = (model, isCurated);

    /// <summary>A reader that finds nothing and hands every sentence it is given to <paramref name="observe"/> (for training).</summary>
    internal RelationClassifier(Action<string, SentenceTemplate> observe) => _observe = observe;

    internal IEnumerable<ExtractedRelation> Find(string text, SentenceTemplate template)
    {
        _observe?.Invoke(text, template);
        if (_model is null)
        {
            yield break;
        }
        var features = new RelationFeatures(template);
        foreach (var (first, second) in Pairs(template, features))
        {
            if ((_isCurated(template.Arguments[first].EntityId) && _isCurated(template.Arguments[second].EntityId))
                || Features(template, features, first, second) is not { } pair)
            {
                continue;
            }
            var (label, margin) = _model.Classify(pair);
            if (label != _model.NoneLabel && margin >= _model.Threshold)
            {
                yield return Relation(text, template, first, second, _model.Labels[label]);
            }
        }
    }

    /// <summary>The relation a label gives the pair (first, second), with the sentence as its evidence.</summary>
    internal static ExtractedRelation Relation(string text, SentenceTemplate template, int first, int second, string label)
    {
        var (predicate, secondIsSubject) = RelationClassifierModel.Read(label);
        var (subject, obj) = secondIsSubject ? (template.Arguments[second], template.Arguments[first]) : (template.Arguments[first], template.Arguments[second]);
        var (sentenceStart, sentenceEnd) = template.ToOriginal(0, template.Text.Length);
        var (start, end) = TextSpan.Trim(text, sentenceStart, sentenceEnd);
        return new ExtractedRelation(subject.EntityId, predicate, obj.EntityId, RelationExtractor.Clip(text, start, end), start, end, Confidence);
    }

    /// <summary>Every two different things the sentence names, each by its two nearest mentions, the first in reading order first.</summary>
    internal static IEnumerable<(int First, int Second)> Pairs(SentenceTemplate template, RelationFeatures features)
    {
        var nearest = new Dictionary<(string, string), (int First, int Second, int Distance)>();
        var arguments = template.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            for (var j = i + 1; j < arguments.Count; j++)
            {
                if (arguments[i].EntityId == arguments[j].EntityId)
                {
                    continue;
                }
                var key = string.CompareOrdinal(arguments[i].EntityId, arguments[j].EntityId) < 0
                    ? (arguments[i].EntityId, arguments[j].EntityId)
                    : (arguments[j].EntityId, arguments[i].EntityId);
                var distance = features.WordIndexOf(j) - features.WordIndexOf(i);
                if (!nearest.TryGetValue(key, out var known) || distance < known.Distance)
                {
                    nearest[key] = (i, j, distance);
                }
            }
        }
        return nearest.Values.OrderBy(p => p.First).ThenBy(p => p.Second).Select(p => (p.First, p.Second));
    }

    internal static PairOfNames? Features(SentenceTemplate template, RelationFeatures features, int first, int second)
    {
        var (firstType, secondType) = (Letter(template.Arguments[first]), Letter(template.Arguments[second]));
        return features.Of(first, second, firstType, secondType) is { } hashes ? new PairOfNames($"{firstType}{secondType}", hashes) : null;
    }

    private static char Letter(RelationArgument argument) => argument.IsWe ? 'O' : SentenceTemplate.TypeLetter(argument.Type);

    /// <summary>
    /// What the classifier read, for the pairs none of <paramref name="stated"/> (patterns, the KB) relates in either
    /// direction; and no employer for someone, maker for a product or firm an investor backs, where the same sentence states
    /// one in words the patterns know ("问渠数据的代理律师、君合律师事务所合伙人赵文博": the lawyer is the firm's partner, and the
    /// client's counsel; "Stackwise, which was spun out of the University of Cambridge, raised … from Octopus Ventures"),
    /// nor an investor the sentence gives a post, nor an employer the sentence states is another's ("宋佳琪（36氪）：@林予舟 …":
    /// the chat's speaker works there, not whom she addresses).
    /// </summary>
    public static IEnumerable<ExtractedRelation> ForUnstatedPairs(IEnumerable<ExtractedRelation> learned, IEnumerable<ExtractedRelation> stated)
    {
        var statedList = stated.Where(r => r.Predicate != RelationExtractor.CoOccurrence).ToList();
        var related = statedList.SelectMany(r => new[] { (r.SubjectId, r.ObjectId), (r.ObjectId, r.SubjectId) }).ToHashSet();
        var onlyOnes = statedList.Where(r => OneObjectInASentence.Contains(r.Predicate)).ToList();
        return learned.Where(r => !related.Contains((r.SubjectId, r.ObjectId))
            && !(OneObjectInASentence.Contains(r.Predicate) && onlyOnes.Any(e => e.SubjectId == r.SubjectId && (e.Predicate == "invests_in") == (r.Predicate == "invests_in")
                && e.EvidenceStart >= r.EvidenceStart && e.EvidenceEnd <= r.EvidenceEnd))
            && !(r.Predicate == "invests_in" && statedList.Any(e => e.SubjectId == r.SubjectId && Posts.Contains(e.Predicate)
                && e.EvidenceStart >= r.EvidenceStart && e.EvidenceEnd <= r.EvidenceEnd))
            && !(r.Predicate == "works_at" && statedList.Any(e => e.ObjectId == r.ObjectId && e.SubjectId != r.SubjectId && Posts.Contains(e.Predicate)
                && e.EvidenceStart >= r.EvidenceStart && e.EvidenceEnd <= r.EvidenceEnd)));
    }

    private static readonly string[] OneObjectInASentence = ["works_at", "ceo_of", "product_of", "invests_in", "located_in"];

    // Someone the sentence gives a post ("led by Anjali Rao, director of the lab's …") is no investor there.
    private static readonly string[] Posts = ["works_at", "leads", "ceo_of"];
}
