using Platform.Extraction.Engine.Evaluation;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>The engine's targets on the development documents (issue 3): a regression below them fails here.</summary>
public class EvaluationTargetTests
{
    [Fact]
    public void DevelopmentCorpus_MeetsTheEntityTypeSplitAndRelationTargets()
    {
        var corpus = DevelopmentCorpus.Directory();
        if (corpus is null)
        {
            Console.WriteLine("Skipped: shared/corpus/dev not found above the test directory.");
            return;
        }
        var predictions = Path.Combine(Path.GetTempPath(), $"platform-eval-{Guid.NewGuid():N}.json");
        try
        {
            var summary = new EvaluationRunner(ExtractionEngine.CreateDefault(), TextWriter.Null).Run(corpus, predictions, verbose: false);
            Assert.True(summary.EntityF1 >= 0.90, $"entity F1 {summary.EntityF1:F3} < 0.90");
            Assert.Equal(0, summary.Splits);
            Assert.True(summary.TypeAccuracy >= 0.95, $"type accuracy {summary.TypeAccuracy:F3} < 0.95");
            Assert.True(summary.RelationF1 >= 0.80, $"relation F1 {summary.RelationF1:F3} < 0.80");
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
