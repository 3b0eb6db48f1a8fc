using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>One pair of names in a sentence (<see cref="PairOfNames"/>) with the label the gold annotation gives it.</summary>
internal sealed record RelationExample(PairOfNames Pair, string Label);

/// <summary>
/// Learns <see cref="RelationClassifierModel"/> as a multiclass averaged perceptron over hashed features: on a wrong
/// label, add the features to the right label's weights and take them from the predicted one's (averaged as the taggers'
/// <see cref="PerceptronTrainer"/> does). Each label keeps the types of the pairs it was seen with (a person and a firm for
/// works_at), and is never given to a pair of other types. Written here rather than taken from ML.NET because it shares
/// the taggers' feature hashing and keeps the engine free of a trainer runtime; examples are shuffled with a fixed seed,
/// so training is deterministic.
/// </summary>
internal sealed class RelationClassifierTrainer
{
    public int Epochs { get; init; } = 12;

    public int MinFeatureCount { get; init; } = 2;

    public int Seed { get; init; } = 17;

    public RelationClassifierModel Train(IReadOnlyList<RelationExample> examples, float threshold)
    {
        var labels = examples.Select(e => e.Label).Append(RelationClassifierModel.None).Distinct().Order(StringComparer.Ordinal).ToList();
        var labelIndex = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i);
        var index = Index(examples);
        var rows = examples.Select(e => e.Pair.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray()).ToArray();
        var gold = examples.Select(e => labelIndex[e.Label]).ToArray();
        var t = labels.Count;
        var weights = new float[index.Count * t];
        var sums = new double[index.Count * t];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(Seed);
        var step = 1L;
        var scores = new float[t];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                Array.Clear(scores);
                foreach (var f in rows[e])
                {
                    for (var y = 0; y < t; y++)
                    {
                        scores[y] += weights[f * t + y];
                    }
                }
                var predicted = 0;
                for (var y = 1; y < t; y++)
                {
                    predicted = scores[y] > scores[predicted] ? y : predicted;
                }
                if (predicted != gold[e])
                {
                    foreach (var f in rows[e])
                    {
                        PerceptronTrainer.Update(weights, sums, f * t + gold[e], 1, step);
                        PerceptronTrainer.Update(weights, sums, f * t + predicted, -1, step);
                    }
                }
                step++;
            }
        }
        PerceptronTrainer.Average(weights, sums, step);
        var signatures = examples.Where(e => e.Label != RelationClassifierModel.None).GroupBy(e => e.Label)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(e => e.Pair.Types).ToHashSet(StringComparer.Ordinal));
        return new RelationClassifierModel(labels, index, weights, threshold, signatures);
    }

    private Dictionary<ulong, int> Index(IReadOnlyList<RelationExample> examples)
    {
        var counts = examples.SelectMany(e => e.Pair.Features.Distinct()).CountBy(f => f);
        var index = new Dictionary<ulong, int>();
        foreach (var (feature, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= MinFeatureCount)
            {
                index.Add(feature, index.Count);
            }
        }
        return index;
    }
}
