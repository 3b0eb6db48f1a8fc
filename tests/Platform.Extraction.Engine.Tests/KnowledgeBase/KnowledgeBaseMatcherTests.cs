using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Tests.KnowledgeBase;

public class KnowledgeBaseMatcherTests
{
    private static readonly KnowledgeBaseMatcher Matcher = KnowledgeBaseMatcher.Default;

    private static List<(string Text, string Id)> Find(string text) =>
        Matcher.Match(text).Select(match => (text[match.Start..match.End], match.Entry.Id)).ToList();

    [Theory]
    [InlineData("microsoft announced", "microsoft")]
    [InlineData("MICROSOFT announced", "microsoft")]
    [InlineData("Ｍｉｃｒｏｓｏｆｔ announced", "microsoft")]
    [InlineData("ＯｐｅｎＡＩ", "openai")]
    public void Match_IgnoresCaseAndWidth(string text, string expectedId)
    {
        var match = Assert.Single(Matcher.Match(text));
        Assert.Equal(expectedId, match.Entry.Id);
        Assert.Equal(0, match.Start);
    }

    [Theory]
    [InlineData("He shared the information with the guardian of the child.")]
    [InlineData("The deal was on the verge of collapse.")]
    public void Match_NameOfEverydayWordsWrittenInLowerCase_IsTheWordsNotTheName(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Match_NameOfEverydayWordsWithItsCapitals_IsTheName()
    {
        var found = Find("The Information reported that The Verge had the story.");
        Assert.Equal([("The Information", "the-information"), ("The Verge", "the-verge")], found);
    }

    [Fact]
    public void Match_PossessiveLatinName_MatchesNameWithoutSuffix()
    {
        var found = Find("OpenAI's latest deal");
        Assert.Equal([("OpenAI", "openai")], found);
    }

    [Theory]
    [InlineData("OpenAIs")]
    [InlineData("the Pixel phone from Inflection")]
    [InlineData("ChatGPTx")]
    public void Match_NameInsideLongerLatinWord_IsNotMatched(string text)
    {
        Assert.DoesNotContain(Find(text), found => found.Id is "openai" or "pi" or "chatgpt");
    }

    [Fact]
    public void Match_OverlappingNames_TakesLeftmostLongest()
    {
        var found = Find("Microsoft AI and Google DeepMind");
        Assert.Equal([("Microsoft AI", "microsoft-ai"), ("Google DeepMind", "deepmind")], found);
    }

    [Fact]
    public void Match_CjkNames_MatchInsideRunningText()
    {
        var found = Find("昨天微软AI首席执行官穆斯塔法·苏莱曼到访清华大学并参加座谈");
        Assert.Equal(["microsoft-ai", "mustafa-suleyman", "tsinghua-university"], found.Select(f => f.Id));
        Assert.Equal("穆斯塔法·苏莱曼", found[1].Text);
    }

    [Fact]
    public void Match_SpaceBetweenCjkAndLatin_IsOptional()
    {
        Assert.Equal("microsoft-ai", Assert.Single(Find("微软 AI 的战略")).Id);
        Assert.Equal("microsoft-ai", Assert.Single(Find("微软AI的战略")).Id);
    }

    [Fact]
    public void Match_TraditionalChinese_MatchesSimplifiedAlias()
    {
        var found = Find("微軟與谷歌");
        Assert.Equal([("微軟", "microsoft"), ("谷歌", "google")], found);
    }

    [Fact]
    public void Match_MiddleDotVariants_AreEquivalent()
    {
        Assert.Equal("mustafa-suleyman", Assert.Single(Find("穆斯塔法•苏莱曼")).Id);
        Assert.Equal("mustafa-suleyman", Assert.Single(Find("穆斯塔法・苏莱曼")).Id);
    }

    [Fact]
    public void Match_CaseSensitiveAlias_RequiresExactCase()
    {
        Assert.Equal("apple", Assert.Single(Find("Apple shipped")).Id);
        Assert.Empty(Find("an apple a day"));
        Assert.Empty(Find("tell us more"));
        Assert.Equal("united-states", Assert.Single(Find("the US market")).Id);
    }

    [Fact]
    public void Match_ContextualAlias_NeedsOwnerInDocument()
    {
        Assert.Empty(Find("Pi is about 3.14159 and Edge cases matter."));
        var found = Find("Inflection AI built Pi. Microsoft ships Edge.");
        Assert.Contains(("Pi", "pi"), found);
        Assert.Contains(("Edge", "microsoft-edge"), found);
    }

    [Fact]
    public void Match_ContextualAlias_LowerCase_IsNotMatchedEvenWithContext()
    {
        Assert.DoesNotContain(Find("Microsoft is on the edge of a new era"), found => found.Id == "microsoft-edge");
    }

    [Fact]
    public void Match_VersionedModelName_DoesNotMatchInsideLongerVersion()
    {
        Assert.Equal([("GPT-4.5", "gpt-4-5")], Find("GPT-4.5"));
        Assert.Equal([("GPT-4o", "gpt-4o")], Find("GPT-4o"));
        Assert.Equal([("GPT 4", "gpt-4")], Find("GPT 4"));
    }

    [Fact]
    public void Match_ExtraSpacesInsideName_AreTolerated()
    {
        Assert.Equal([("Boston  Dynamics", "boston-dynamics")], Find("Boston  Dynamics"));
    }

    [Fact]
    public void Match_NameAcrossParagraphBreak_IsNotMatched()
    {
        Assert.DoesNotContain(Find("Boston\n\nDynamics"), found => found.Id == "boston-dynamics");
    }

    [Fact]
    public void Match_EmojiBeforeName_KeepsUtf16Offsets()
    {
        const string text = "👍🏽 微软";
        var match = Assert.Single(Matcher.Match(text));
        Assert.Equal("微软", text[match.Start..match.End]);
    }

    [Fact]
    public void Match_VeryLongLine_FindsNamesAtBothEnds()
    {
        var text = "OpenAI " + new string('x', 200_000) + " 微软 " + string.Concat(Enumerable.Repeat("lorem ipsum ", 50_000)) + "Anthropic";
        var found = Find(text);
        Assert.Equal(["openai", "microsoft", "anthropic"], found.Select(f => f.Id));
    }
}
