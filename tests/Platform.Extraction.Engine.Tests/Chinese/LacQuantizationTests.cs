using Platform.Extraction.Engine.Chinese;

namespace Platform.Extraction.Engine.Tests.Chinese;

/// <summary>The 16-bit network against the float one it stands for, on the articles in the repository.</summary>
public sealed class LacQuantizationTests
{
    [Avx2Fact]
    public void TagText_ArticlesInTheRepository_QuantisedNetworkGroupsAndLabelsAsTheFloatOneAlmostEverywhere()
    {
        var articles = Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "tests", "Platform.Extraction.Engine.Tests", "Pipeline", "UnseenArticles"), "*.txt");
        var quantized = new LacTagger(LacModel.Shared, quantized: true);
        var exact = new LacTagger(LacModel.Shared, quantized: false);

        var words = 0;
        var differing = 0;
        foreach (var text in articles.Select(File.ReadAllText))
        {
            var expected = exact.TagText(text);
            words += expected.Count;
            differing += expected.Except(quantized.TagText(text)).Count();
        }

        // Measured 2026-12-04: 5 of 53,943 words over every text in the repository and the development documents.
        Assert.True(articles.Length > 100, $"{articles.Length} articles");
        Assert.InRange(differing, 0, words / 2000);
    }
}
