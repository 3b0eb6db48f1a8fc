using Platform.Extraction.Engine.Evaluation;
using Platform.Tests;
using Xunit.Abstractions;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// The whole engine over RelationChallenge/relation-challenge.txt: sentences written for this project, each with the
/// relations it states and relations it must not yield (a KB fact the sentence does not state, a person merely named
/// near an organisation).
/// </summary>
public class RelationChallengeTests(ITestOutputHelper output)
{
    public static string ChallengePath { get; } =
        Path.Combine(RepositoryRoot.Path, "tests", "Platform.Extraction.Engine.Tests", "Pipeline", "RelationChallenge", "relation-challenge.txt");

    private const double MinimumPrecision = 0.9;

    [Fact]
    public void EveryStatedRelation_IsFound_AndNoNegativeIsProduced()
    {
        var score = RelationChallengeScorer.Score(ExtractionEngine.CreateDefault(), RelationChallenge.Load(ChallengePath));
        var printed = new StringWriter();
        score.Print(printed, verbose: true);
        output.WriteLine(printed.ToString());

        Assert.True(score.Expected >= 100, $"the challenge set should hold at least 100 stated relations, has {score.Expected}");
        Assert.Empty(score.Items.SelectMany(i => i.Missed.Select(t => $"{i.Item.Text}: {t}")));
        Assert.Empty(score.Items.SelectMany(i => i.Violated.Select(t => $"{i.Item.Text}: {t}")));
        Assert.True(score.Precision >= MinimumPrecision, $"challenge precision {score.Precision:F3} below {MinimumPrecision}");
    }

    // Measured after the changes they prompted: development half P 1.000 R 0.877 (65 relations); unseen half P 1.000
    // R 0.905 (21; first pass P 0.933 R 0.700); second unseen half P 1.000 R 1.000 (21; first pass P 0.933 R 0.667); third
    // unseen half P 1.000 R 0.905 (21; first pass P 1.000 R 0.714). Floors a little below, so that a regression fails here.
    [Theory]
    [InlineData("open-world-development.txt", 0.95, 0.80)]
    [InlineData("open-world-unseen.txt", 0.95, 0.85)]
    [InlineData("open-world-unseen-2.txt", 0.95, 0.90)]
    [InlineData("open-world-unseen-3.txt", 0.95, 0.80)]
    public void OpenWorldSet_NamesNoKbLists_StaysAboveItsFloors_AndProducesNoNegative(string file, double minimumPrecision, double minimumRecall)
    {
        var path = Path.Combine(Path.GetDirectoryName(ChallengePath)!, file);
        var score = RelationChallengeScorer.Score(ExtractionEngine.CreateDefault(), RelationChallenge.Load(path));
        var printed = new StringWriter();
        score.Print(printed, verbose: true);
        output.WriteLine(printed.ToString());

        Assert.Empty(score.Items.SelectMany(i => i.Violated.Select(t => $"{i.Item.Text}: {t}")));
        Assert.True(score.Precision >= minimumPrecision && score.Recall >= minimumRecall,
            $"{file}: P {score.Precision:F3} (floor {minimumPrecision}), R {score.Recall:F3} (floor {minimumRecall})\n{printed}");
    }

    [Fact]
    public void ChallengeFile_Parses_IntoTextsWithTriples()
    {
        var challenge = RelationChallenge.Parse(["## s", "> A text.", "+ a | ceo_of | b", "- a | works_at | b"]);
        var item = Assert.Single(challenge.Items);
        Assert.Equal(("s", "A text."), (item.Section, item.Text));
        Assert.Equal(new ChallengeTriple("a", "ceo_of", "b"), Assert.Single(item.Expected));
        Assert.Equal(new ChallengeTriple("a", "works_at", "b"), Assert.Single(item.Forbidden));
    }
}
