namespace Platform.Extraction.Engine.Tests.Pipeline;

public class UglyInputTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    [Fact]
    public void MixedScripts_WithoutSpaces_FindBothNames()
    {
        var result = Extractor.Extract("微软AI CEO Mustafa Suleyman说，OpenAI的合作很重要。");
        Assert.Contains(result.Entities, e => e.Id == "microsoft-ai");
        Assert.Contains(result.Entities, e => e.Id == "mustafa-suleyman");
        Assert.Contains(result.Entities, e => e.Id == "openai");
    }

    [Fact]
    public void VeryLongLine_IsProcessedAndOffsetsStayExact()
    {
        var text = string.Concat(Enumerable.Repeat("微软和OpenAI宣布合作，Satya Nadella出席了发布会。", 3000));
        var result = Extractor.Extract(text);
        Assert.Equal(3000, result.Entities.Single(e => e.Id == "openai").MentionCount);
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Fact]
    public void EmptyAndWhitespaceText_GiveNothing()
    {
        Assert.Empty(Extractor.Extract("").Entities);
        Assert.Empty(Extractor.Extract(" \n\t ").Entities);
    }

    [Fact]
    public void TwoCharacterNamePaddedWithAFullWidthSpace_InARoster_IsOnePersonBesideAPlace()
    {
        // A roster pads 杨岚 to the width of three-character names; beside a place, reading her surname crashed the resolver.
        const string text = "成　员：\n杨　岚　苏南工业智能研究院　院长\n\n联盟秘书处设在上海。";

        var result = Extractor.Extract(text);

        var person = Assert.Single(result.Entities, e => e.Type == EntityType.Person);
        Assert.Equal("ent:杨岚", person.Id);
        Assert.Contains(result.Relations, r => r.SubjectId == person.Id && r.Predicate == "leads");
    }

    [Fact]
    public void EmojiAndSurrogatePairs_InChineseText_DoNotShiftOffsets()
    {
        const string text = "😀𠮷 谷歌发布了 Gemini 🚀 模型。";
        var result = Extractor.Extract(text);
        Assert.All(result.Mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
        Assert.Contains(result.Entities, e => e.Id == "google");
    }

    [Fact]
    public void MarkdownFrontMatter_BecomesMetadata_AndIsNotProse()
    {
        const string text = "---\ntitle: \"英伟达的新芯片\"\ndate: 2025-03-01\ntags: ['NVIDIA']\n---\n\n# 英伟达的新芯片\n\n黄仁勋介绍了新产品。";
        var result = Extractor.Extract(text, new ExtractionOptions(MediaType: "text/markdown"));
        Assert.Equal("英伟达的新芯片", result.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero).Date, result.Metadata.PublishedAt!.Value.Date);
        Assert.Contains(result.Entities, e => e.Id == "jensen-huang");
        Assert.Contains(result.Entities, e => e.Id == "nvidia");
    }

    [Fact]
    public void RunOnListWithoutFullStops_YieldsBoundedRelations()
    {
        var text = string.Concat(Enumerable.Range(0, 400).Select(i => $"Zorb{i}ian Quex{i}ton and "));
        var result = Extractor.Extract(text);
        // Read in windows of 32 names: at most 32·31/2 co-occurrences per window instead of 400·399/2.
        Assert.InRange(result.Relations.Count, 1, 13 * 32 * 31 / 2);
    }

    [Fact]
    public void LongRunsOfHyphensOrAddressCharacters_AreNotUrlsOrAddresses()
    {
        var text = new string('-', 50_000) + " OpenAI " + string.Concat(Enumerable.Repeat("a-", 25_000)) + " " + new string('a', 50_000);
        var result = Extractor.Extract(text);
        var mention = Assert.Single(result.Mentions);
        Assert.Equal("OpenAI", text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("[00:03:10] MARA: The Quillfeather Q2 replaced the Q1 last spring. Quillfeather sells it to banks.", "Quillfeather Q2", "The Quillfeather")]
    [InlineData("(12:40) HOST: The Tarnwell T3 ships in May.", "Tarnwell T3", "The Tarnwell")]
    [InlineData("我们明年会在杭州办第一届栖川开发者大会，欢迎大家来。", "栖川开发者大会", "杭州办")]
    [InlineData("很多人问我，栖川怎么和OpenAI、Anthropic比？栖川科技只做工业场景。", "栖川科技", "怎么")]
    [InlineData("栖川科技成立于2022年。那栖川呢？我们只做工业。", "栖川科技", "那栖川")]
    [InlineData("本文由深潜科技原创。以下是对话实录，经深潜科技编辑整理。", "深潜科技", "经深潜")]
    public void ANameBesideTheWordsAroundIt_KeepsOnlyItsOwnCharacters(string text, string name, string notInAnyName)
    {
        var result = Extractor.Extract(text);

        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains(name));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.Contains(notInAnyName)));
    }
}
