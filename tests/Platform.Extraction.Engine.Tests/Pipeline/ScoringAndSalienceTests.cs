using Platform.Extraction.Engine.Evaluation;
using Platform.Extraction.Engine.Pipeline;
using Platform.Extraction.Engine.Pipeline.Linking;

namespace Platform.Extraction.Engine.Tests.Pipeline;

public class ScoringAndSalienceTests
{
    [Theory]
    [InlineData("尼克·克莱格", "Nick Clegg")]
    [InlineData("布拉德·格斯特纳", "Brad Gerstner")]
    [InlineData("穆斯塔法·苏莱曼", "Mustafa Suleyman")]
    public void PhoneticKey_OfATransliteration_EqualsTheLatinName(string chinese, string latin) =>
        Assert.Contains(PhoneticKey.ForLatin(latin), PhoneticKey.Shared.ForChinese(chinese.Replace("·", "")));

    [Fact]
    public void PhoneticKey_OfDifferentNames_Differs() =>
        Assert.DoesNotContain(PhoneticKey.ForLatin("Sam Altman"), PhoneticKey.Shared.ForChinese("尼克克莱格"));

    [Fact]
    public void Salience_RanksTheOftenNamedTitleEntityFirst()
    {
        var scores = SalienceScorer.Score(
        [
            new SalienceScorer.Input("main", [0, 50, 400, 900], InTitle: true),
            new SalienceScorer.Input("passing", [700], InTitle: false),
        ], 1000);
        Assert.Equal(1.0, scores["main"]);
        Assert.InRange(scores["passing"], 0.01, 0.5);
    }

    [Fact]
    public void EntityScorer_CountsSplitsAsFalsePositives_AndIgnoresConceptMatches()
    {
        var gold = new GoldDocument("d.txt",
        [
            new GoldEntity("microsoft", "Microsoft", "微软", "ORGANIZATION", ["微软", "Microsoft"], "core"),
            new GoldEntity("agi", "AGI", null, "CONCEPT", ["AGI"], "minor"),
            new GoldEntity("kenya", "Kenya", "肯尼亚", "LOCATION", ["肯尼亚"], "minor"),
        ], []);
        var score = EntityScorer.Score(gold,
        [
            new PredictedEntity("a", "Microsoft", "ORGANIZATION", ["Microsoft"]),
            new PredictedEntity("b", "微软", "ORGANIZATION", ["微软"]),
            new PredictedEntity("c", "AGI", "CONCEPT", ["AGI"]),
            new PredictedEntity("d", "Nowhere", "LOCATION", ["Nowhere"]),
        ]);
        Assert.Equal((1, 2, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.Splits));
        Assert.Equal(1, score.ConceptsFound);
    }

    [Fact]
    public void RelationScorer_MapsPredictedIdsThroughTheMatchedGoldKeys()
    {
        var gold = new GoldDocument("d.txt", [], [new GoldRelation("satya", "ceo_of", "microsoft"), new GoldRelation("x", "founder_of", "y")]);
        var score = RelationScorer.Score(gold,
        [
            new ExtractedRelation("satya-nadella", "ceo_of", "microsoft", "", 0, 0, 1),
            new ExtractedRelation("satya-nadella", "co_occurrence", "microsoft", "", 0, 0, 1),
            new ExtractedRelation("satya-nadella", "works_at", "microsoft", "", 0, 0, 1),
        ], new Dictionary<string, string> { ["satya-nadella"] = "satya", ["microsoft"] = "microsoft" });
        Assert.Equal((2, 2, 1), (score.Gold, score.Predicted, score.Correct));
    }

    [Fact]
    public void RelationScorer_CountsASymmetricRelationInEitherDirection_AndNoOtherReversed()
    {
        var gold = new GoldDocument("d.txt", [], [new GoldRelation("samsung", "partner_of", "kestrel"), new GoldRelation("ann", "ceo_of", "kestrel")]);
        var score = RelationScorer.Score(gold,
        [
            new ExtractedRelation("kestrel", "partner_of", "samsung", "", 0, 0, 1),
            new ExtractedRelation("kestrel", "ceo_of", "ann", "", 0, 0, 1),
        ], new Dictionary<string, string> { ["kestrel"] = "kestrel", ["samsung"] = "samsung", ["ann"] = "ann" });
        Assert.Equal((2, 2, 1), (score.Gold, score.Predicted, score.Correct));
    }
}
