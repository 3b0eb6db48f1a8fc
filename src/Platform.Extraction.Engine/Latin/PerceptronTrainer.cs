namespace Platform.Extraction.Engine.Latin;

/// <summary>
/// Trains the Latin tagger as a structured averaged perceptron (Collins 2002): Viterbi-decode each
/// sentence with the current weights, and on a wrong sequence add the gold features and subtract the
/// predicted ones. Sentence order is shuffled with a fixed seed, so training is deterministic.
/// The same trainer learns the Chinese character tagger from its own features (<see cref="TrainOnFeatures"/>).
/// </summary>
public sealed class PerceptronTrainer(LatinLexicon? lexicon = null)
{
    public int Epochs { get; init; } = 15;

    /// <summary>Features seen fewer times than this in the training data are dropped before training.</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Averaged weights smaller than this (in absolute value) are set to zero, to keep the model small.</summary>
    public float PruneThreshold { get; init; } = 0.05f;

    public int Seed { get; init; } = 17;

    public LatinTaggerModel Train(IReadOnlyList<TaggedSentence> sentences, TextWriter log)
    {
        var extractor = new TaggerFeatureExtractor(lexicon ?? LatinLexicon.Default);
        var hashed = sentences.Select(s => extractor.Extract(s.Words, sentenceInitial: true)).ToList();
        return TrainOnFeatures(hashed, sentences.Select(s => s.Tags).ToList(), log);
    }

    /// <summary>Trains on precomputed feature hashes: one array per token of each sentence, with its gold BIO tags.</summary>
    internal LatinTaggerModel TrainOnFeatures(List<ulong[][]> hashed, IReadOnlyList<int[]> goldTags, TextWriter log)
    {
        var t = BioTags.Count;
        var index = BuildIndex(hashed);
        log.WriteLine($"Training on {goldTags.Count} sentences, {index.Count} features (seen ≥ {MinFeatureCount} times).");

        var features = hashed.Select(sentence => sentence.Select(word => Indices(word, index)).ToArray()).ToList();
        hashed.Clear();

        var weights = new float[index.Count * t];
        var weightSums = new double[index.Count * t];
        var transitions = new float[(t + 1) * t];
        var transitionSums = new double[(t + 1) * t];
        var order = Enumerable.Range(0, goldTags.Count).ToArray();
        var random = new Random(Seed);
        var step = 1L;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            var wrongWords = 0;
            var words = 0;
            foreach (var s in order)
            {
                var gold = goldTags[s];
                var sentence = features[s];
                var predicted = Decode(sentence, weights, transitions);
                words += gold.Length;
                for (var i = 0; i < gold.Length; i++)
                {
                    var goldPrevious = i == 0 ? t : gold[i - 1];
                    var predictedPrevious = i == 0 ? t : predicted[i - 1];
                    if (gold[i] != predicted[i])
                    {
                        wrongWords++;
                        foreach (var f in sentence[i])
                        {
                            Update(weights, weightSums, f * t + gold[i], 1, step);
                            Update(weights, weightSums, f * t + predicted[i], -1, step);
                        }
                    }

                    if (gold[i] != predicted[i] || goldPrevious != predictedPrevious)
                    {
                        Update(transitions, transitionSums, goldPrevious * t + gold[i], 1, step);
                        Update(transitions, transitionSums, predictedPrevious * t + predicted[i], -1, step);
                    }
                }

                step++;
            }

            log.WriteLine($"  epoch {epoch}/{Epochs}: training word error {100.0 * wrongWords / Math.Max(1, words):F2}%");
        }

        Average(weights, weightSums, step);
        Average(transitions, transitionSums, step);
        return Compact(index, weights, transitions, log);
    }

    private Dictionary<ulong, int> BuildIndex(List<ulong[][]> hashed)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var word in hashed.SelectMany(s => s))
        {
            foreach (var f in word)
            {
                counts[f] = counts.GetValueOrDefault(f) + 1;
            }
        }

        var index = new Dictionary<ulong, int>();
        foreach (var (hash, count) in counts.OrderBy(p => p.Key))
        {
            if (count >= MinFeatureCount)
            {
                index.Add(hash, index.Count);
            }
        }

        return index;
    }

    private static int[] Indices(ulong[] word, Dictionary<ulong, int> index)
    {
        var result = new List<int>(word.Length);
        foreach (var f in word)
        {
            if (index.TryGetValue(f, out var i))
            {
                result.Add(i);
            }
        }

        return [.. result];
    }

    private static int[] Decode(int[][] sentence, float[] weights, float[] transitions)
    {
        var t = BioTags.Count;
        var emissions = new float[sentence.Length * t];
        for (var i = 0; i < sentence.Length; i++)
        {
            var scores = emissions.AsSpan(i * t, t);
            foreach (var f in sentence[i])
            {
                var row = weights.AsSpan(f * t, t);
                for (var y = 0; y < t; y++)
                {
                    scores[y] += row[y];
                }
            }
        }

        var tags = new int[sentence.Length];
        ViterbiDecoder.Decode(emissions, sentence.Length, transitions, tags);
        return tags;
    }

    // Averaging trick (Daumé III): keep w and Σ step·Δ; the average over all steps is w − Σ/step.
    internal static void Update(float[] weights, double[] sums, int at, int delta, long step)
    {
        weights[at] += delta;
        sums[at] += (double)step * delta;
    }

    internal static void Average(float[] weights, double[] sums, long step)
    {
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = (float)(weights[k] - sums[k] / step);
        }
    }

    private LatinTaggerModel Compact(Dictionary<ulong, int> index, float[] weights, float[] transitions, TextWriter log)
    {
        var t = BioTags.Count;
        var rows = new Dictionary<ulong, int>();
        var kept = new List<float>();
        foreach (var (hash, row) in index)
        {
            var values = weights.AsSpan(row * t, t);
            var any = false;
            foreach (var v in values)
            {
                any |= Math.Abs(v) >= PruneThreshold;
            }

            if (!any)
            {
                continue;
            }

            rows.Add(hash, rows.Count);
            foreach (var v in values)
            {
                kept.Add(Math.Abs(v) >= PruneThreshold ? v : 0f);
            }
        }

        log.WriteLine($"Kept {rows.Count} of {index.Count} features after pruning weights below {PruneThreshold}.");
        return new LatinTaggerModel(rows, [.. kept], transitions, confidenceScale: 1.0);
    }
}
