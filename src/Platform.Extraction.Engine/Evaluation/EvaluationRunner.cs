using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Platform.Extraction.Engine.Evaluation;

/// <summary>
/// Runs an extractor over every <c>*.txt</c> of a folder, writes predictions in score.py's format and
/// scores entities and relations against the <c>*.json</c> gold files beside them.
/// </summary>
public sealed class EvaluationRunner(IEntityExtractor extractor, TextWriter output)
{
    private static readonly JsonSerializerOptions PredictionJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public EvaluationSummary Run(string folder, string predictionsPath, bool verbose)
    {
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (documents.Count == 0)
        {
            throw new FileNotFoundException($"No *.txt documents in {folder}.");
        }
        var predictions = new Dictionary<string, List<PredictedEntity>>();
        var entityScores = new List<EntityScore>();
        var relationScores = new List<RelationScore>();
        long characters = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in documents)
        {
            var doc = Path.GetFileName(path);
            var text = File.ReadAllText(path);
            characters += text.Length;
            var result = extractor.Extract(text, new ExtractionOptions(MediaType: "text/markdown"));
            var predicted = result.Entities.Select(e => new PredictedEntity(e.Id, e.Name,
                e.Type.ToString().ToUpperInvariant(), e.SurfaceForms)).ToList();
            predictions[doc] = predicted;
            var goldPath = Path.ChangeExtension(path, ".json");
            if (!File.Exists(goldPath))
            {
                continue;
            }
            var gold = GoldDocument.Load(goldPath);
            var entityScore = EntityScorer.Score(gold, predicted);
            entityScores.Add(entityScore);
            relationScores.Add(RelationScorer.Score(gold, result.Relations, entityScore.KeyOfPrediction));
        }
        var elapsed = clock.Elapsed;
        File.WriteAllText(predictionsPath, JsonSerializer.Serialize(predictions, PredictionJson));
        var summary = new EvaluationSummary(entityScores, relationScores, characters, elapsed);
        Print(summary, predictionsPath, verbose);
        return summary;
    }

    private void Print(EvaluationSummary summary, string predictionsPath, bool verbose)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"predictions written to {predictionsPath} ({summary.Characters:N0} chars in {summary.Elapsed.TotalMilliseconds:N0} ms)");
        output.WriteLine($"{"doc",-28}{"gold",5}{"tp",5}{"fp",5}{"fn",5}{"P",7}{"R",7}");
        foreach (var s in summary.Entities)
        {
            var p = s.TruePositives + s.FalsePositives == 0 ? 0 : (double)s.TruePositives / (s.TruePositives + s.FalsePositives);
            var r = s.Gold == 0 ? 0 : (double)s.TruePositives / s.Gold;
            output.WriteLine(string.Create(c, $"{s.Doc,-28}{s.Gold,5}{s.TruePositives,5}{s.FalsePositives,5}{s.FalseNegatives,5}{p,7:F2}{r,7:F2}"));
            if (verbose)
            {
                output.WriteLine($"  missed: {string.Join(", ", s.Missed)}");
                output.WriteLine($"  false positives: {string.Join(", ", s.FalsePositiveNames)}");
            }
        }
        output.WriteLine($"type accuracy on matches: {summary.Typed}/{summary.TruePositives}; split entities: {summary.Splits}; " +
            $"concepts found: {summary.ConceptsFound}/{summary.Concepts}");
        output.WriteLine(string.Create(c, $"ENTITIES P={summary.EntityPrecision:F3} R={summary.EntityRecall:F3} F1={summary.EntityF1:F3} type-accuracy={summary.TypeAccuracy:F3} splits={summary.Splits}"));
        if (verbose)
        {
            foreach (var s in summary.Relations)
            {
                output.WriteLine($"{s.Doc} relations: {s.Correct}/{s.Gold} correct, {s.Predicted} predicted");
                output.WriteLine($"  missed: {string.Join("; ", s.Missed)}");
                output.WriteLine($"  wrong: {string.Join("; ", s.Wrong)}");
            }
        }
        output.WriteLine(string.Create(c, $"RELATIONS P={summary.RelationPrecision:F3} R={summary.RelationRecall:F3} F1={summary.RelationF1:F3} ({summary.Relations.Sum(r => r.Correct)}/{summary.Relations.Sum(r => r.Gold)} gold, {summary.Relations.Sum(r => r.Predicted)} predicted)"));
    }
}

public sealed record EvaluationSummary(IReadOnlyList<EntityScore> Entities, IReadOnlyList<RelationScore> Relations, long Characters, TimeSpan Elapsed)
{
    public int TruePositives => Entities.Sum(e => e.TruePositives);
    public int Typed => Entities.Sum(e => e.Typed);
    public int Splits => Entities.Sum(e => e.Splits);
    public int Concepts => Entities.Sum(e => e.Concepts);
    public int ConceptsFound => Entities.Sum(e => e.ConceptsFound);
    public double EntityPrecision => Ratio(TruePositives, TruePositives + Entities.Sum(e => e.FalsePositives));
    public double EntityRecall => Ratio(TruePositives, TruePositives + Entities.Sum(e => e.FalseNegatives));
    public double EntityF1 => F1(EntityPrecision, EntityRecall);
    public double TypeAccuracy => Ratio(Typed, TruePositives);
    public double RelationPrecision => Ratio(Relations.Sum(r => r.Correct), Relations.Sum(r => r.Predicted));
    public double RelationRecall => Ratio(Relations.Sum(r => r.Correct), Relations.Sum(r => r.Gold));
    public double RelationF1 => F1(RelationPrecision, RelationRecall);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
