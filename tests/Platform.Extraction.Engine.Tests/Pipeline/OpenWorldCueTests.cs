namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// Cues that type and bound names no KB lists: lists of organisations, launch verbs, product appositions, event head
/// nouns, and Chinese firms named by their trade. Invented names throughout.
/// </summary>
public class OpenWorldCueTests
{
    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    private static string Describe(ExtractionResult result) => string.Join(", ", result.Mentions.Select(m => $"{m.Text} {m.Type}"));

    private static void AssertMention(ExtractionResult result, string text, EntityType type) =>
        Assert.True(result.Mentions.Any(m => m.Text == text && m.Type == type), $"no {type} \"{text}\" in: {Describe(result)}");

    [Fact]
    public void Extract_EnglishListWithOneKnownOrganization_TypesTheUnknownMembers()
    {
        var result = Extract("Acme Labs, Borealis AI and Quantix attended the Edge Summit in Lisbon.");

        AssertMention(result, "Acme Labs", EntityType.Organization);
        AssertMention(result, "Borealis AI", EntityType.Organization);
        AssertMention(result, "Quantix", EntityType.Organization);
        AssertMention(result, "Edge Summit", EntityType.Event);
        AssertMention(result, "Lisbon", EntityType.Location);
    }

    [Theory]
    [InlineData("Osprey Data, based in Toronto, sells labelled datasets.", "Toronto")]
    [InlineData("The team moved from Tokyo to a new office last spring.", "Tokyo")]
    public void Extract_CityThatIsAlsoAnEverydayWordInTheFrequencyList_IsAPlace(string text, string city)
    {
        AssertMention(Extract(text), city, EntityType.Location);
    }

    [Fact]
    public void Extract_ChineseListEndingInAFirm_TakesEveryMemberUpToTheHeadNoun()
    {
        var result = Extract("青岚资本、北斗星科技和白鹭智能参加了本届人工智能大会。");

        AssertMention(result, "青岚资本", EntityType.Organization);
        AssertMention(result, "北斗星科技", EntityType.Organization);
        AssertMention(result, "白鹭智能", EntityType.Organization);
    }

    [Theory]
    [InlineData("On Monday, Google said it would open an office in Paris.", "On Monday")]
    [InlineData("媒体对这些企业和 AI 领域的名人的报道很多。", "媒体对这些企业")]
    public void Extract_ClauseBeforeAListSeparator_IsNotAListedOrganization(string text, string clause)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains(clause, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LaunchVerbWithApposition_MakesAMakerAndAProduct()
    {
        var result = Extract("Vantyx released Atlas, a new language model, on Tuesday.");

        AssertMention(result, "Vantyx", EntityType.Organization);
        AssertMention(result, "Atlas", EntityType.Product);
        Assert.Contains(result.Relations, r => r.Predicate == "product_of" && r.SubjectId.Contains("atlas") && r.ObjectId.Contains("vantyx"));
    }

    [Fact]
    public void Extract_SentenceInitialCommonWordBeforeAnOrganizationHead_StaysInTheName()
    {
        var result = Extract("Sable Dynamics unveiled Kite, its first humanoid robot.");

        AssertMention(result, "Sable Dynamics", EntityType.Organization);
        AssertMention(result, "Kite", EntityType.Product);
    }

    [Fact]
    public void Extract_ProductNounAfterAKnownOrganization_KeepsTheOrganization()
    {
        var result = Extract("She opened the Google app and searched for flights.");

        AssertMention(result, "Google", EntityType.Organization);
    }

    [Theory]
    [InlineData("赤焰科技宣布完成新一轮融资。", "赤焰科技")]
    [InlineData("星火研究院发布了一份报告。", "星火研究院")]
    [InlineData("墨舟数据的创始人林晓接受了采访。", "墨舟数据")]
    public void Extract_ChineseFirmNamedWithARareWordAndItsTrade_IsAnOrganization(string text, string firm)
    {
        AssertMention(Extract(text), firm, EntityType.Organization);
    }

    [Theory]
    [InlineData("金融科技正在改变银行业。", "金融科技")]
    [InlineData("现实世界数据很难收集。", "现实世界数据")]
    public void Extract_SectorBeforeATrade_IsNotAnOrganization(string text, string phrase)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Mentions, m => m.Text == phrase && m.Type == EntityType.Organization);
    }

    [Fact]
    public void Extract_ContractedNameOfAnOrganizationNamedInFull_IsTheSameOrganization()
    {
        var result = Extract("南江市发展和改革委员会发布通知。南江市发改委表示，政策下月实施。");

        var entity = Assert.Single(result.Entities, e => e.Type == EntityType.Organization);
        Assert.Contains("南江市发改委", entity.SurfaceForms);
        Assert.Contains(entity.MergeReasons, r => r.Contains("abbreviates", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_BankWhoseNameIsInsideAnotherBanksName_StaysItsOwnOrganization()
    {
        var result = Extract("中国建设银行与中国银行都发布了年报。");

        Assert.Equal(2, result.Entities.Count(e => e.Type == EntityType.Organization));
    }

    [Fact]
    public void Extract_NewsOutletNamedWithNews_IsAnOrganization_ButTheNewsOfASectorIsNot()
    {
        AssertMention(Extract("据晨星网报道，江城日报和潮声新闻也跟进了此事。"), "潮声新闻", EntityType.Organization);
        Assert.DoesNotContain(Extract("他看了财经新闻和科技新闻。").Mentions, m => m.Type == EntityType.Organization);
    }

    [Fact]
    public void Extract_TransliteratedNameTypedWithADoubledDot_IsTheSameEntityId_AndKeepsItsTitle()
    {
        var doubled = Extract("蓝鲸科技首席执行官约翰··史密斯表示，公司将扩大投资。");
        var single = Extract("蓝鲸科技首席执行官约翰·史密斯表示，公司将扩大投资。");

        Assert.Equal(Assert.Single(single.Entities, e => e.Type == EntityType.Person).Id, Assert.Single(doubled.Entities, e => e.Type == EntityType.Person).Id);
        Assert.Contains(doubled.Relations, r => r.Predicate == "ceo_of");
    }

    [Theory]
    [InlineData("这篇论文入选了机器学习会议ICML 2026，作者来自三所大学。", "ICML 2026")]
    [InlineData("新款眼镜将亮相CES 2027，售价尚未公布。", "CES 2027")]
    public void Extract_ChineseSentenceNamingAConferenceWithItsYear_IsOneEvent(string text, string conference)
    {
        AssertMention(Extract(text), conference, EntityType.Event);
    }

    [Fact]
    public void Extract_QuotedNameBeforeItsKind_IsAProduct()
    {
        AssertMention(Extract("这项技术已接入青禾科技的“禾语-2”模型，下月开放测试。"), "禾语-2", EntityType.Product);
    }

    [Fact]
    public void Extract_TwoCharacterNameTheTaggerCutsBeforeAVerb_IsReadWhole_ButNotBeforeAnAdverb()
    {
        AssertMention(Extract("这家公司由前百度工程师陆明远创办，目前有四十名员工。"), "陆明远", EntityType.Person);
        AssertMention(Extract("这家公司的负责人王磊曾表示，明年不会融资。"), "王磊", EntityType.Person);
    }

    [Theory]
    [InlineData("Orrin Labs shipped the Kestrel inference chip to three customers.", "Kestrel")]
    [InlineData("Buyers praised Vantor's Lumen cameras for their battery life.", "Lumen")]
    public void Extract_CapitalisedNameBeforeTheKindOfProduct_IsAProduct(string text, string product)
    {
        AssertMention(Extract(text), product, EntityType.Product);
    }
}
