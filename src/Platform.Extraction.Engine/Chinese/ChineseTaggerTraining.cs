using System.Diagnostics;
using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Chinese;

/// <summary>
/// Trains and evaluates the Chinese character tagger from ../shared/data/ner/cluener/train.jsonl: nine sentences
/// in ten train it, every tenth is held out (<see cref="ClueNerCorpus.IsHeldOut"/>) and only scored. The
/// held-out part also sets the confidence scale (the median margin of a predicted entity), as for the English tagger.
/// </summary>
public static class ChineseTaggerTraining
{
    public static string CorpusPath(string dataDir) => Path.Combine(dataDir, "cluener", "train.jsonl");

    public static TaggerScores Run(string dataDir, string outputPath, TextWriter log)
    {
        var (train, heldOut) = ClueNerCorpus.ReadSplit(CorpusPath(dataDir));
        log.WriteLine($"Training split: {train.Count} sentences of {CorpusPath(dataDir)}; held out: {heldOut.Count} (every {ClueNerCorpus.HeldOutEvery}th).");
        var started = Stopwatch.StartNew();
        var lac = new LacTagger(LacModel.Shared);
        var features = train.Select(s => ChineseCharacterFeatures.Extract(s.Text, lac.TagText(s.Text))).ToList();
        log.WriteLine($"Read the training sentences with LAC-small in {started.Elapsed.TotalSeconds:F1} s.");
        started.Restart();
        var trainer = new PerceptronTrainer { Epochs = 12, MinFeatureCount = 2, PruneThreshold = 0.2f };
        var model = trainer.TrainOnFeatures(features, train.Select(s => s.Tags).ToList(), log);
        log.WriteLine($"Trained in {started.Elapsed.TotalSeconds:F1} s.");

        model.ConfidenceScale = MedianEntityMargin(new ChineseEntityTagger(model, lac), heldOut);
        model.Save(outputPath);
        log.WriteLine($"Wrote {outputPath} ({new FileInfo(outputPath).Length / 1024.0:F0} KiB, {model.FeatureCount} features, confidence scale {model.ConfidenceScale:F2}).");

        // Score the model as written (quantised), not the in-memory one.
        return Evaluate(dataDir, LatinTaggerModel.Load(outputPath), log);
    }

    /// <summary>Held-out scores of <paramref name="model"/> (the embedded one when null).</summary>
    public static TaggerScores Evaluate(string dataDir, LatinTaggerModel? model, TextWriter log)
    {
        var tagger = model is null
            ? ChineseEntityTagger.Default ?? throw new InvalidOperationException("No embedded Chinese tagger model: train one first (platform train-tagger --language zh).")
            : new ChineseEntityTagger(model, new LacTagger(LacModel.Shared));
        var (_, heldOut) = ClueNerCorpus.ReadSplit(CorpusPath(dataDir));
        var started = Stopwatch.StartNew();
        var pairs = heldOut.Select(s => (s.Tags, tagger.TagCharacters(s.Text))).ToList();
        var chars = heldOut.Sum(s => s.Text.Length);
        log.WriteLine($"Tagged {chars} held-out characters in {started.Elapsed.TotalSeconds:F2} s.");
        return TaggerScores.Score("CLUENER2020 held-out (every 10th sentence of train.jsonl; position not tagged)", pairs);
    }

    private static double MedianEntityMargin(ChineseEntityTagger tagger, List<CharacterTaggedSentence> sentences) =>
        EntityMargins.Median(sentences.Select(sentence =>
        {
            var margins = new double[sentence.Text.Length];
            return (tagger.TagCharacters(sentence.Text, margins), margins);
        }));
}
