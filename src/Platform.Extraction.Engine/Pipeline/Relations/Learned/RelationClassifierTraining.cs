using System.Diagnostics;
using System.Globalization;
using Platform.Extraction.Engine.Evaluation;

namespace Platform.Extraction.Engine.Pipeline.Relations.Learned;

/// <summary>
/// Trains the relation classifier on annotated documents (the project's own articles, <c>*.txt</c> with
/// <c>*.json</c> gold beside them): the engine reads each document, every two names of a sentence become one example,
/// labelled with the gold relation between the entities they were matched to (read in the sentence the gold evidence
/// is in), or <see cref="RelationClassifierModel.None"/>. Documents are split into <see cref="Folds"/> folds; each fold is
/// read by a model trained on the others; the final model, trained on every document, keeps the threshold with the best
/// F1 of the classifier alone over the folds among those where its precision is at least <see cref="MinimumPrecision"/>.
/// (Patterns and classifier together are printed too, but not chosen by: the patterns were written on these very
/// documents, so together they favour a classifier that adds nothing.)
/// </summary>
public static class RelationClassifierTraining
{
    public const int Folds = 6;

    /// <summary>
    /// The cue patterns' own precision on articles they had not seen (0.82 over the fifteen article pairs 129–158 as first
    /// read): what the classifier adds should be as trustworthy as what they find.
    /// </summary>
    public const double MinimumPrecision = 0.8;

    private static readonly float[] Thresholds = [0, 2, 4, 6, 8, 10, 12, 14, 16, 20, 24, 32];

    public static string DefaultOutput { get; } = Path.Combine("src", "Platform.Extraction.Engine", "Data", "Relations", "relation-classifier.bin");

    public static RelationClassifierModel Run(IReadOnlyList<string> folders, string outputPath, TextWriter log)
    {
        var documents = Read(folders, log);
        var trainer = new RelationClassifierTrainer();
        var outOfFold = new List<(AnnotatedDocument Document, List<(PairCandidate Pair, string Label, float Margin)> Read)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var model = trainer.Train(documents.Where((_, i) => i % Folds != fold).SelectMany(d => d.Examples).ToList(), 0);
            outOfFold.AddRange(documents.Where((_, i) => i % Folds == fold).Select(d => (d, d.Pairs.Select(p =>
            {
                var (label, margin) = model.Classify(p.Pair);
                return (p, model.Labels[label], margin);
            }).ToList())));
        }
        log.WriteLine($"Cross-validation over {Folds} folds (each document read by a model that never saw it), relation scores as `platform eval` counts them:");
        log.WriteLine($"{"threshold",10} {"patterns + classifier",-24} {"classifier alone",-24}");
        log.WriteLine($"{"-",10} {Format(Score(outOfFold.Select(d => (d.Document, (IEnumerable<ExtractedRelation>)d.Document.Stated)))),-24} {"",-24}");
        var best = (Threshold: Thresholds[^1], Score: new CountedScore(0, 0, 0));
        foreach (var threshold in Thresholds)
        {
            var learned = outOfFold.Select(d => (d.Document, Learned: d.Read.Where(r => r.Label != RelationClassifierModel.None && r.Margin >= threshold)
                .Select(r => r.Pair.Relation(r.Label)).ToList())).ToList();
            var together = Score(learned.Select(d => (d.Document, d.Document.Stated.Concat(RelationClassifier.ForUnstatedPairs(d.Learned, d.Document.Stated)))));
            var alone = Score(learned.Select(d => (d.Document, (IEnumerable<ExtractedRelation>)d.Learned)));
            log.WriteLine($"{threshold,10} {Format(together),-24} {Format(alone),-24}");
            if (alone.Precision >= MinimumPrecision && alone.F1 > best.Score.F1)
            {
                best = (threshold, alone);
            }
        }
        if (best.Score.Predicted == 0)
        {
            log.WriteLine($"No threshold keeps the classifier's precision at {MinimumPrecision}: keeping the highest, {best.Threshold}; more annotated documents are needed.");
        }
        var final = trainer.Train(documents.SelectMany(d => d.Examples).ToList(), best.Threshold);
        final.Save(outputPath);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Kept threshold {best.Threshold} (the classifier alone, cross-validated: {Format(best.Score)}; precision at least {MinimumPrecision}); trained on all {documents.Count} documents, {final.FeatureCount} features, {final.Labels.Count} labels; wrote {outputPath} ({new FileInfo(outputPath).Length / 1024.0:F0} KiB)."));
        return final;
    }

    internal static List<AnnotatedDocument> Read(IReadOnlyList<string> folders, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        var reader = new TemplateReader();
        var paths = folders.SelectMany(f => Directory.GetFiles(f, "*.txt")).Where(p => File.Exists(Path.ChangeExtension(p, ".json")))
            .Order(StringComparer.Ordinal).ToList();
        if (paths.Count < Folds)
        {
            throw new FileNotFoundException($"Training needs at least {Folds} documents with gold annotations (*.txt with *.json beside it); found {paths.Count} in {string.Join(", ", folders)}.");
        }
        var documents = new List<AnnotatedDocument>();
        foreach (var path in paths)
        {
            var (result, templates) = reader.Read(File.ReadAllText(path), "text/markdown");
            var gold = GoldDocument.Load(Path.ChangeExtension(path, ".json"));
            var keys = EntityScorer.Score(gold, result.Entities.Select(e => new PredictedEntity(e.Id, e.Name,
                e.Type.ToString().ToUpperInvariant(), e.SurfaceForms)).ToList()).KeyOfPrediction;
            var pairs = templates.SelectMany(o => Candidates(o.Text, o.Template, gold, keys)).ToList();
            documents.Add(new AnnotatedDocument(gold, result.Relations, keys, pairs));
            if (documents.Count % 10 == 0)
            {
                log.WriteLine($"Read {documents.Count}/{paths.Count} documents ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }
        log.WriteLine($"Read {documents.Count} documents in {clock.Elapsed.TotalSeconds:F1} s: {documents.Sum(d => d.Pairs.Count)} pairs of names, " +
            $"{documents.Sum(d => d.Examples.Count(e => e.Label != RelationClassifierModel.None))} of them related in the gold annotation.");
        return documents;
    }

    /// <summary>The engine's reading of a text without the classifier, with the sentences it handed the classifier.</summary>
    private sealed class TemplateReader
    {
        private readonly Dictionary<(int, int), (string Text, SentenceTemplate Template)> _observed = [];
        private readonly IEntityExtractor _extractor;

        public TemplateReader() => _extractor = ExtractionEngine.Create(new RelationClassifier((text, template) =>
            _observed[template.ToOriginal(0, template.Text.Length)] = (text, template)));

        public (ExtractionResult Result, List<(string Text, SentenceTemplate Template)> Templates) Read(string text, string? mediaType)
        {
            _observed.Clear();
            var result = _extractor.Extract(text, new ExtractionOptions(MediaType: mediaType));
            return (result, _observed.Values.ToList());
        }
    }

    /// <summary>
    /// The pairs of one sentence with their gold labels. A relation read in a sentence other than the one its gold
    /// evidence is in gives no label: the sentence may or may not state it again.
    /// </summary>
    private static IEnumerable<PairCandidate> Candidates(string text, SentenceTemplate template, GoldDocument gold, IReadOnlyDictionary<string, string> keys)
    {
        var features = new RelationFeatures(template);
        var (start, end) = template.ToOriginal(0, template.Text.Length);
        foreach (var (first, second) in RelationClassifier.Pairs(template, features))
        {
            if (RelationClassifier.Features(template, features, first, second) is not { } pair)
            {
                continue;
            }
            var (a, b) = (template.Arguments[first].EntityId, template.Arguments[second].EntityId);
            List<GoldRelation> related = keys.TryGetValue(a, out var keyA) && keys.TryGetValue(b, out var keyB)
                ? gold.Relations.Where(r => (r.Subject == keyA && r.Object == keyB) || (r.Subject == keyB && r.Object == keyA)).ToList()
                : [];
            var labels = related.Where(r => !IsStatedElsewhere(text, r.Evidence, start, end))
                .Select(r => r.Subject == keyA || RelationScorer.IsSymmetric(r.Predicate) ? r.Predicate : r.Predicate + RelationClassifierModel.Backwards)
                .ToList();
            yield return new PairCandidate(pair, a, b, related.Count == 0 ? [RelationClassifierModel.None] : labels);
        }
    }

    private static bool IsStatedElsewhere(string text, string? evidence, int start, int end)
    {
        if (string.IsNullOrEmpty(evidence) || !text.Contains(evidence, StringComparison.Ordinal))
        {
            return false;
        }
        for (var at = text.IndexOf(evidence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(evidence, at + 1, StringComparison.Ordinal))
        {
            if (at < end && at + evidence.Length > start)
            {
                return false;
            }
        }
        return true;
    }

    private static CountedScore Score(IEnumerable<(AnnotatedDocument Document, IEnumerable<ExtractedRelation> Relations)> documents)
    {
        var scores = documents.Select(d => RelationScorer.Score(d.Document.Gold, d.Relations.ToList(), d.Document.KeyOfPrediction)).ToList();
        return new CountedScore(scores.Sum(s => s.Gold), scores.Sum(s => s.Predicted), scores.Sum(s => s.Correct));
    }

    private static string Format(CountedScore s) => string.Create(CultureInfo.InvariantCulture, $"F1 {s.F1:F3} (P {s.Precision:F3} R {s.Recall:F3})");

    private sealed record CountedScore(int Gold, int Predicted, int Correct)
    {
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    internal sealed record AnnotatedDocument(GoldDocument Gold, IReadOnlyList<ExtractedRelation> Stated, IReadOnlyDictionary<string, string> KeyOfPrediction,
        List<PairCandidate> Pairs)
    {
        public List<RelationExample> Examples { get; } = Pairs.SelectMany(p => p.Labels.Select(label => new RelationExample(p.Pair, label))).ToList();
    }

    /// <param name="Labels">The gold labels (<see cref="RelationClassifierModel.None"/> alone for an unrelated pair); none where the pair is not to be learned from.</param>
    internal sealed record PairCandidate(PairOfNames Pair, string FirstId, string SecondId, IReadOnlyList<string> Labels)
    {
        public ExtractedRelation Relation(string label)
        {
            var (predicate, secondIsSubject) = RelationClassifierModel.Read(label);
            return secondIsSubject
                ? new ExtractedRelation(SecondId, predicate, FirstId, "", 0, 0, RelationClassifier.Confidence)
                : new ExtractedRelation(FirstId, predicate, SecondId, "", 0, 0, RelationClassifier.Confidence);
        }
    }
}
