namespace Platform.Extraction.Engine.Tests.Pipeline;

public class EntityExtractorTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    [Fact]
    public void Extract_TraditionalText_ReturnsOriginalOffsetsAndSurfaceForms()
    {
        const string text = "微軟與OpenAI合作。";
        var result = Extractor.Extract(text);
        var microsoft = Assert.Single(result.Mentions, mention => mention.EntityId == "microsoft");
        Assert.Equal("微軟", text[microsoft.Start..microsoft.End]);
        Assert.Equal("微軟", microsoft.Text);
        var entity = Assert.Single(result.Entities, entity => entity.Id == "microsoft");
        Assert.Equal(["微軟"], entity.SurfaceForms);
        Assert.Equal("Q2283", entity.WikidataId);
    }

    [Fact]
    public void Extract_FullWidthName_MapsToOriginalFullWidthSpan()
    {
        const string text = "新闻：Ｍｉｃｒｏｓｏｆｔ发布";
        var mention = Assert.Single(Extractor.Extract(text).Mentions);
        Assert.Equal("Ｍｉｃｒｏｓｏｆｔ", text[mention.Start..mention.End]);
        Assert.Equal(EntityType.Organization, mention.Type);
    }

    [Fact]
    public void Extract_NameWrappedAcrossLines_IsOneMention()
    {
        const string text = "The new book by Stuart\nRussell argues for caution.";
        var mention = Assert.Single(Extractor.Extract(text).Mentions, mention => mention.EntityType() == EntityType.Person);
        Assert.Equal("stuart-russell", mention.EntityId);
        Assert.Equal("Stuart\nRussell", mention.Text);
    }

    [Fact]
    public void Extract_ImageUrlsAndLinks_ProduceNoEntities()
    {
        const string text = "![openai.png](https://openai.com/microsoft/nvidia.png)\n参见 https://www.google.com/deepmind 和 [报道](https://anthropic.com/news)";
        var result = Extractor.Extract(text, new ExtractionOptions(MediaType: "text/markdown"));
        Assert.Empty(result.Mentions);
    }

    [Fact]
    public void Extract_EntityOnlyInFrontMatterTags_IsFoundWithOffsetInsideTags()
    {
        const string text = "---\ntitle: 一篇文章\ntags: ['人工智能', 'Microsoft']\n---\n\n正文没有提到那家公司。";
        var result = Extractor.Extract(text, new ExtractionOptions(MediaType: "text/markdown"));
        var mention = Assert.Single(result.Mentions, mention => mention.EntityId == "microsoft");
        Assert.Equal("Microsoft", text[mention.Start..mention.End]);
        Assert.Equal(["人工智能", "Microsoft"], result.Metadata.Tags);
        Assert.Equal("一篇文章", result.Metadata.Title);
    }

    [Fact]
    public void Extract_Emoji_DoNotShiftMentionOffsets()
    {
        const string text = "🚀🚀 Sam Altman 👍🏽 met Satya Nadella";
        var result = Extractor.Extract(text);
        Assert.All(result.Mentions, mention => Assert.Equal(mention.Text, text[mention.Start..mention.End]));
        Assert.Equal(["sam-altman", "satya-nadella"], result.Mentions.Select(mention => mention.EntityId));
    }

    [Fact]
    public void Extract_MentionsCarryTheirSentence()
    {
        const string text = "OpenAI released GPT-4. Later, Anthropic released Claude.";
        var result = Extractor.Extract(text);
        var claude = Assert.Single(result.Mentions, mention => mention.EntityId == "claude");
        Assert.Equal("Later, Anthropic released Claude.", text[claude.SentenceStart..claude.SentenceEnd]);
        var gpt4 = Assert.Single(result.Mentions, mention => mention.EntityId == "gpt-4");
        Assert.Equal("OpenAI released GPT-4.", text[gpt4.SentenceStart..gpt4.SentenceEnd]);
    }

    [Fact]
    public void Extract_ProductAndOwnerInOneSentence_YieldsProductOfRelation()
    {
        const string text = "Anthropic released Claude to the public.";
        var result = Extractor.Extract(text);
        var relation = Assert.Single(result.Relations, r => r.Predicate != "co_occurrence");
        Assert.Equal(("claude", "product_of", "anthropic"), (relation.SubjectId, relation.Predicate, relation.ObjectId));
        Assert.Equal("Anthropic released Claude", relation.Evidence);
        Assert.Equal(relation.Evidence, text[relation.EvidenceStart..relation.EvidenceEnd]);
    }

    [Fact]
    public void Extract_RepeatedEntity_CountsMentionsAndRanksItFirst()
    {
        var result = Extractor.Extract("微软发布了新模型。微软 AI 的负责人表示，微软会继续投入。谷歌也在跟进。");
        var first = result.Entities[0];
        Assert.Equal("microsoft", first.Id);
        Assert.Equal(2, first.MentionCount);
        Assert.Equal(1, result.Entities.Single(entity => entity.Id == "microsoft-ai").MentionCount);
    }

    [Fact]
    public void Extract_LanguageHint_OverridesDetection()
    {
        Assert.Equal("zh", Extractor.Extract("Microsoft", new ExtractionOptions(LanguageHint: "zh")).Metadata.Language);
        Assert.Equal("en", Extractor.Extract("Microsoft and OpenAI signed a deal.").Metadata.Language);
    }

    [Fact]
    public void Extract_DevelopmentCorpus_MentionsPointAtTheirTextAndFindTheMainEntities()
    {
        var corpus = DevelopmentCorpus.Directory();
        if (corpus is null)
        {
            Console.WriteLine("Skipped: shared/corpus/dev not found above the test directory.");
            return;
        }
        foreach (var path in System.IO.Directory.GetFiles(corpus, "*.txt"))
        {
            var text = File.ReadAllText(path);
            var result = Extractor.Extract(text);
            Assert.All(result.Mentions, mention => Assert.Equal(mention.Text, text[mention.Start..mention.End]));
            Assert.All(result.Mentions, mention => Assert.InRange(mention.Start, mention.SentenceStart, mention.SentenceEnd));
            Assert.Contains(result.Entities, entity => entity.Id == "microsoft");
            Assert.Contains(result.Entities, entity => entity.Id == "mustafa-suleyman");
        }
    }
}

internal static class MentionExtensions
{
    public static EntityType EntityType(this ExtractedMention mention) => mention.Type;
}

internal static class DevelopmentCorpus
{
    /// <summary>The shared/corpus/dev folder found by walking up from the test's base directory, or null.</summary>
    public static string? Directory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "corpus", "dev");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }
}
