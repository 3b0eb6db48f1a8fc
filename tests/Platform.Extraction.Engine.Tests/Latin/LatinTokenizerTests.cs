using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Tests.Latin;

public class LatinTokenizerTests
{
    private static string[] Words(string text) =>
        LatinTokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Fact]
    public void Tokenize_LatinInsideChinese_BreaksAtScriptChanges()
    {
        const string text = "微软AI CEO Mustafa Suleyman说";

        var tokens = LatinTokenizer.Tokenize(text);

        Assert.Equal(["AI", "CEO", "Mustafa", "Suleyman"], tokens.Select(t => text[t.Start..t.End]));
        Assert.True(tokens[0].GluedToOtherScript);
        Assert.True(tokens[^1].GluedToOtherScript);
        Assert.False(tokens[1].GluedToOtherScript);
        Assert.All(tokens, t => Assert.Equal(tokens[0].Segment, t.Segment));
    }

    [Fact]
    public void Tokenize_ChineseBetweenLatinRuns_StartsNewSegment()
    {
        var tokens = LatinTokenizer.Tokenize("Google和Microsoft");

        Assert.Equal(2, tokens.Length);
        Assert.NotEqual(tokens[0].Segment, tokens[1].Segment);
    }

    [Fact]
    public void Tokenize_Possessive_SplitsOffApostropheS()
    {
        Assert.Equal(["Microsoft", "'s", "CEO"], Words("Microsoft's CEO"));
        Assert.Equal(LatinTokenKind.Possessive, LatinTokenizer.Tokenize("OpenAI\u2019s model")[1].Kind);
    }

    [Fact]
    public void Tokenize_HyphensDotsAndAmpersands_StayInsideWords()
    {
        Assert.Equal(["GPT-4.5", "beat", "AT&T", "in", "the", "U.S.", "market"], Words("GPT-4.5 beat AT&T in the U.S. market"));
    }

    [Fact]
    public void Tokenize_FullWidthLatin_IsTokenizedWithoutCrashing()
    {
        const string text = "ＯｐｅｎＡＩ发布了ＧＰＴ－４";

        var tokens = LatinTokenizer.Tokenize(text);

        Assert.Equal("ＯｐｅｎＡＩ", text[tokens[0].Start..tokens[0].End]);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void Tokenize_SentenceEndAndLineBreak_MarkNextWordSentenceInitial()
    {
        const string text = "He left. Then he came back\nHome again. Dr. Smith stayed.";

        var initial = LatinTokenizer.Tokenize(text).Where(t => t.SentenceInitial).Select(t => text[t.Start..t.End]);

        Assert.Equal(["He", "Then", "Home", "Dr"], initial);
    }

    [Fact]
    public void Tokenize_GivenSentenceBoundaries_StartsSentencesThere()
    {
        const string text = "one two three four";

        var tokens = LatinTokenizer.Tokenize(text, [(0, 8), (8, text.Length)]);

        Assert.True(tokens[2].SentenceInitial);
        Assert.NotEqual(tokens[1].Segment, tokens[2].Segment);
    }
}
