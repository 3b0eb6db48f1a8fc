using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.Tests.Text;

public class TextPreparerTests
{
    [Fact]
    public void Prepare_FullWidthLetters_BecomeHalfWidthWithSameOffsets()
    {
        var prepared = TextPreparer.Prepare("由Ｍｉｃｒｏｓｏｆｔ发布");
        Assert.Equal("由Microsoft发布", prepared.Text);
        Assert.Equal(new TextSpan(1, 10), prepared.ToOriginal(new TextSpan(1, 10)));
    }

    [Fact]
    public void Prepare_TraditionalChinese_BecomesSimplified()
    {
        var prepared = TextPreparer.Prepare("微軟與谷歌的競爭");
        Assert.Equal("微软与谷歌的竞争", prepared.Text);
    }

    [Fact]
    public void Prepare_CompatibilityCharacterExpands_MapsBackToTheSingleOriginalChar()
    {
        const string original = "A㈱B ﬁne";
        var prepared = TextPreparer.Prepare(original);
        Assert.Equal("A(株)B fine", prepared.Text);
        var b = prepared.Text.IndexOf('B');
        Assert.Equal(original.IndexOf('B'), prepared.ToOriginal(b));
        var company = prepared.ToOriginal(new TextSpan(1, 4));
        Assert.Equal("㈱", original[company.Start..company.End]);
        var fine = prepared.ToOriginal(new TextSpan(prepared.Text.IndexOf("fine", StringComparison.Ordinal), prepared.Text.Length));
        Assert.Equal("ﬁne", original[fine.Start..fine.End]);
    }

    [Fact]
    public void Prepare_Emoji_DoNotShiftLaterOffsets()
    {
        const string original = "Great 👍🏽😀 talk by Satya Nadella";
        var prepared = TextPreparer.Prepare(original);
        var index = prepared.Text.IndexOf("Satya", StringComparison.Ordinal);
        Assert.Equal(original.IndexOf("Satya", StringComparison.Ordinal), prepared.ToOriginal(index));
    }

    [Fact]
    public void Prepare_NameWrappedAcrossLines_IsJoined()
    {
        var prepared = TextPreparer.Prepare("The book was written by Stuart\nRussell and friends.");
        Assert.Contains("Stuart Russell", prepared.Text);
        Assert.Equal(prepared.Text.Length, prepared.Original.Length);
    }

    [Fact]
    public void Prepare_LowerCaseContinuation_IsJoined_ButATitleLineIsNot()
    {
        Assert.Contains("the new model", TextPreparer.Prepare("They said the new\nmodel was ready.").Text);
        Assert.Contains("built on compute\nMicrosoft has", TextPreparer.Prepare("A partnership built on compute\nMicrosoft has invested billions.").Text);
    }

    [Fact]
    public void Prepare_ParagraphBreakOrSingleWordLine_IsNotJoined()
    {
        Assert.Contains("Stuart\n\nRussell", TextPreparer.Prepare("A talk with Stuart\n\nRussell spoke next.").Text);
        Assert.Contains("Alex\nWelcome", TextPreparer.Prepare("Alex\nWelcome to the show.").Text);
    }

    [Fact]
    public void Prepare_ALineOpeningWithALabel_IsNotJoinedToTheOneBefore() =>
        Assert.Contains("Denver, CO\nAmount: $26,500,000", TextPreparer.Prepare("Awardee: Larkspur Civic AI, Inc., Denver, CO\nAmount: $26,500,000 (48 months)\n").Text);

    [Fact]
    public void Prepare_FrontMatter_FillsMetadataAndIsBlankedOut()
    {
        const string original = "---\ntitle: \"Scaling 的未来\"\ndate: 2024-11-03 09:15:00 +08:00\ntags: ['机器学习', 'OpenAI']\ndescription: \"一段描述\"\n---\n\n# 标题\n\n正文。";
        var prepared = TextPreparer.Prepare(original, "text/markdown");
        Assert.Equal("Scaling 的未来", prepared.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2024, 11, 3, 9, 15, 0, TimeSpan.FromHours(8)), prepared.Metadata.PublishedAt);
        Assert.Equal(["机器学习", "OpenAI"], prepared.Metadata.Tags);
        Assert.DoesNotContain("OpenAI", prepared.Text);
        Assert.DoesNotContain("title", prepared.Text);
        var tag = Assert.Single(prepared.FrontMatter, field => field.Value == "OpenAI");
        Assert.Equal("OpenAI", original[tag.Start..tag.End]);
    }

    [Fact]
    public void Prepare_NoFrontMatter_TakesTitleFromFirstHeading()
    {
        var prepared = TextPreparer.Prepare("Intro line\n\n# The **Real** Title\n\nBody.", "text/markdown");
        Assert.Equal("The Real Title", prepared.Metadata.Title);
        Assert.Contains("The   Real   Title", prepared.Text);
    }

    [Fact]
    public void Prepare_MarkdownImagesLinksAndUrls_AreBlankedButLinkTextStays()
    {
        const string original = "![7ac6beaa.gif](https://img.example.com/7ac6beaa.gif)\n见[微软博客](https://blogs.microsoft.com/x) 或 https://openai.com/blog 或 mail bob@openai.com 或 megaphone.fm/adchoices";
        var prepared = TextPreparer.Prepare(original, "text/markdown");
        Assert.DoesNotContain("http", prepared.Text);
        Assert.DoesNotContain("gif", prepared.Text);
        Assert.DoesNotContain("openai", prepared.Text);
        Assert.DoesNotContain("megaphone", prepared.Text);
        Assert.Contains("微软博客", prepared.Text);
        Assert.Equal(original.Length, prepared.Text.Length);
    }

    [Fact]
    public void Prepare_CodeFencesAndEmphasisMarkers_AreBlanked()
    {
        var prepared = TextPreparer.Prepare("**核心观点**\n\n```\nvar openai = 1;\n```\n\n## Next", "text/markdown");
        Assert.DoesNotContain("*", prepared.Text);
        Assert.DoesNotContain("openai", prepared.Text);
        Assert.DoesNotContain("#", prepared.Text);
        Assert.Contains("核心观点", prepared.Text);
    }

    [Fact]
    public void Prepare_PlainTextMediaType_KeepsMarkdownLookingCharacters()
    {
        Assert.Contains("**", TextPreparer.Prepare("**bold**", "text/plain").Text);
    }

    [Theory]
    [InlineData("微软发布了新的人工智能模型，引发广泛关注。", "zh")]
    [InlineData("Microsoft released a new model that drew wide attention from the industry.", "en")]
    [InlineData("谷歌发布了新的模型。Google released a new model that its engineers describe as much faster than the last one.", "zh+en")]
    [InlineData("12345 ...", "und")]
    public void Prepare_DetectsLanguageFromScriptProportions(string text, string expected)
    {
        Assert.Equal(expected, TextPreparer.Prepare(text).Language);
    }

    [Fact]
    public void Prepare_ChineseWithSomeEnglishNames_IsChinese()
    {
        Assert.Equal("zh", TextPreparer.Prepare("上周，谷歌 DeepMind 负责人德米斯·哈萨比斯（Demis Hassabis）在北京大学的讲座中，谈到了蛋白质结构预测和 AlphaFold 的意义。").Language);
    }

    [Fact]
    public void Prepare_EveryIndexMapsIntoTheOriginal()
    {
        const string original = "---\ntitle: x\n---\n**Ｈｉ** 微軟 ㈱ 👍 [a](http://b.c) e\u0301 end";
        var prepared = TextPreparer.Prepare(original);
        var previous = 0;
        for (var i = 0; i <= prepared.Text.Length; i++)
        {
            var mapped = prepared.ToOriginal(i);
            Assert.InRange(mapped, previous, original.Length);
            previous = mapped;
        }
        Assert.Equal(original.Length, prepared.ToOriginal(prepared.Text.Length));
    }
}
