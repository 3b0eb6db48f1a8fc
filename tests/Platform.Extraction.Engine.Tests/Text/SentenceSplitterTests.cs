using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Tests.Text;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(span => text[span.Start..span.End]).ToList();

    [Fact]
    public void Split_ChinesePunctuation_EndsSentences()
    {
        Assert.Equal(["他来了。", "真的吗？", "是的！", "好；", "走吧……", "结束"], Sentences("他来了。真的吗？是的！好；走吧……结束"));
    }

    [Fact]
    public void Split_PeriodBeforeCapital_EndsSentence()
    {
        Assert.Equal(["It works.", "Then it stops."], Sentences("It works. Then it stops."));
    }

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. Army today.")]
    [InlineData("GPT-3.5 was released. in lower case it continues.")]
    [InlineData("J. R. R. Tolkien wrote it.")]
    [InlineData("The price rose 3.5 percent.")]
    public void Split_AbbreviationsInitialsAndDecimals_DoNotEndSentences(string text)
    {
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Split_Newlines_EndSentencesAndBlankLinesAreSkipped()
    {
        Assert.Equal(["Speaker 0", "Hello there"], Sentences("Speaker 0\n\n  Hello there  \n"));
    }

    [Fact]
    public void Split_ClosingQuoteStaysWithItsSentence()
    {
        Assert.Equal(["他说：“人工智能很重要。”", "然后离开了。"], Sentences("他说：“人工智能很重要。”然后离开了。"));
    }

    [Fact]
    public void Split_QuestionMarkInsideToken_DoesNotSplit()
    {
        Assert.Single(Sentences("Is x?y a token"));
    }
}
