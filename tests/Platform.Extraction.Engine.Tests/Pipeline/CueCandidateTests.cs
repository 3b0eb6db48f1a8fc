namespace Platform.Extraction.Engine.Tests.Pipeline;

public class CueCandidateTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    private static ExtractedEntity Named(string text, string surface) =>
        Assert.Single(Extractor.Extract(text).Entities, e => e.SurfaceForms.Contains(surface));

    [Fact]
    public void ChineseNamingCue_WithHeadNoun_NamesAProduct() =>
        Assert.Equal(EntityType.Product, Named("这家公司推出了一个叫‘星河助手’的功能，用户很喜欢。", "星河助手").Type);

    [Fact]
    public void ChineseNamingCue_OnAnEverydayWord_IsNotAName() =>
        Assert.DoesNotContain(Extractor.Extract("这种行为被一些人称为'欺骗'的案例。").Entities, e => e.SurfaceForms.Contains("欺骗"));

    [Fact]
    public void EnglishNamingCue_TypesByTheKindOfThingNamed()
    {
        Assert.Equal(EntityType.Product, Named("Last week they shipped a feature called Daily Brief to every user.", "Daily Brief").Type);
        Assert.Equal(EntityType.Organization, Named("She left to found a startup called Quiet Harbor in Austin.", "Quiet Harbor").Type);
    }

    [Fact]
    public void UnitBeingFormed_IsAnOrganisation_AndEveryLaterMentionIsIt_EvenOverAConceptInside()
    {
        var result = Extractor.Extract("公司决定组建超级智能团队。超级智能团队将研究超级智能。They are launching the superalignment team; the superalignment team reports to the board.");
        Assert.Equal(2, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("超级智能团队")).MentionCount);
        Assert.Equal(EntityType.Organization, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("superalignment team")).Type);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Concept && e.SurfaceForms.Contains("超级智能"));
    }

    [Fact]
    public void UnitDescribedByAnEverydayWord_IsNotAName() =>
        Assert.DoesNotContain(Extractor.Extract("我们去年组建了研发团队。They are forming a research team.").Entities,
            e => e.SurfaceForms.Any(f => f.Contains("团队") || f.Contains("team")));

    [Fact]
    public void ChineseQuotedName_AfterTheKindOfThing_NamesAProduct() =>
        Assert.Equal(EntityType.Product, Named("北斗星科技发布了新一代语音助手“听风”。", "听风").Type);

    [Fact]
    public void NameSpelledAsTheTextsWebAddress_IsAnOrganisation() =>
        Assert.Equal(EntityType.Organization,
            Named("That's why Brindle is taking the lead. Learn how Brindle's platform helps teams. Visit brindle.io today.", "Brindle").Type);

    [Fact]
    public void DescriptionRightBeforeAnOrganisationsName_IsNotAnotherOrganisation()
    {
        var result = Extractor.Extract("德国芯片初创公司Kestrel Labs今天发布了新芯片，公司估值已超过十亿美元。");
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Kestrel Labs"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.EndsWith("公司", StringComparison.Ordinal) || f.StartsWith("公司", StringComparison.Ordinal)));
    }

    [Fact]
    public void BylineWithTwoRolesOnALine_NamesEachPersonAlone()
    {
        var result = Extractor.Extract("作者｜李文 编辑｜赵倩\n\n正文从这里开始。");
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.SequenceEqual(["李文"]));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.SequenceEqual(["赵倩"]));
    }

    [Fact]
    public void PartnerOfAFirm_IsAnOrganisation_AndALaunchedNameMayEndInPlus()
    {
        var result = Extractor.Extract("Last month Quillon released Vector R+, a model tuned for retrieval, and has partnered with Tessaro to sell it.");
        Assert.Contains(result.Entities, e => e.Type == EntityType.Product && e.SurfaceForms.Contains("Vector R+"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Tessaro"));
    }

    [Fact]
    public void BylineLines_NamePeopleAndOrganisations()
    {
        var result = Extractor.Extract("作者 | 林晓峰\n\n出品丨未来科技评论\n\n正文从这里开始。");
        Assert.Equal(EntityType.Person, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("林晓峰")).Type);
        Assert.Equal(EntityType.Organization, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("未来科技评论")).Type);
    }

    [Fact]
    public void ChineseEventHeadNoun_NamesAnEvent_StartingAfterItsVerb() =>
        Assert.Equal(EntityType.Event, Named("去年他参加了星火开发者大会并做了演讲。", "星火开发者大会").Type);

    [Fact]
    public void LatinNameBeforeAChineseHeadNoun_TakesItsType() =>
        Assert.Equal(EntityType.Product, Named("请下载 Qorvex 应用来收听节目。", "Qorvex").Type);

    [Fact]
    public void TranslationLines_LinkANameToItsTranslation()
    {
        var result = Extractor.Extract("星火开发者大会汇聚了来自谷歌和微软的工程师。\n\nThe Spark Developer Summit brought together engineers from Google and Microsoft.");
        var summit = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("星火开发者大会"));
        Assert.Contains("Spark Developer Summit", summit.SurfaceForms);
        Assert.Equal(EntityType.Event, summit.Type);
    }

    [Fact]
    public void OrganisationHeadNoun_NamesTheOrganisation_FromTheClauseBoundary() =>
        Assert.Equal(EntityType.Organization, Named("据悉，蓝鲸星河科技有限公司将在下月发布新品。", "蓝鲸星河科技有限公司").Type);

    [Fact]
    public void OrganisationHeadNoun_NameStartingWithAKnownCity_KeepsTheCity() =>
        Assert.Equal(EntityType.Organization, Named("据悉，杭州青柠数据科技有限公司今天发布了新品。", "杭州青柠数据科技有限公司").Type);

    [Fact]
    public void OrganisationHeadNoun_StartsAfterTheIntroducingVerb() =>
        Assert.Equal(EntityType.Organization, Named("去年他加入青柠数据集团，负责推荐系统。", "青柠数据集团").Type);

    [Fact]
    public void OrganisationHeadNoun_AfterADemonstrativeOrNumber_IsACommonNoun()
    {
        var result = Extractor.Extract("这家公司很年轻，一所大学也加入了合作，该银行没有回应。");
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Organization);
    }

    [Fact]
    public void OrganisationHeadNoun_AfterOnlyEverydayWords_IsADescription()
    {
        var result = Extractor.Extract("很多大型科技公司都在招人，人工智能公司尤其缺人，游戏开发公司也有部分银行在投资。");
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.EndsWith("公司", StringComparison.Ordinal) || f.EndsWith("银行", StringComparison.Ordinal)));
    }

    [Fact]
    public void MediaHeadNoun_NamesAMediaOrganisation() =>
        Assert.Equal(EntityType.Organization, Named("昨天，星湖晚报刊登了一篇长文。", "星湖晚报").Type);

    [Fact]
    public void MediaHeadNoun_InsideAnEverydayWord_IsNotAName()
    {
        var result = Extractor.Extract("如今，移动互联网改变了生活，大家都在网上购物。");
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.EndsWith("网", StringComparison.Ordinal)));
    }

    [Fact]
    public void MediaAccount_NamedInQuotesAfterGongzhonghao_IsAnOrganisation() =>
        Assert.Equal(EntityType.Organization, Named("本文转载自公众号「晨读笔记」，已获授权。", "晨读笔记").Type);

    [Fact]
    public void RolePrefixInRunningText_NamesThePerson()
    {
        var result = Extractor.Extract("本报记者韩立清报道，节目主持人林悦表示，新一季将在春天开播。编译 | 周航");
        Assert.Equal(EntityType.Person, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("韩立清")).Type);
        Assert.Equal(EntityType.Person, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("林悦")).Type);
    }

    [Fact]
    public void RoleWordWithoutAName_NamesNobody()
    {
        var result = Extractor.Extract("作者认为这本书值得一读，记者会上却无人提问。");
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void ASpeakerIntroducingThemselves_NamesTheFirmAfterWoShi()
    {
        var result = Extractor.Extract("许岚：我是青峰资本合伙人许岚。");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("青峰资本"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("我是", StringComparison.Ordinal)));
    }

    [Fact]
    public void APrizeInQuotationMarks_AndACompetition_AreEvents()
    {
        var result = Extractor.Extract("她曾荣获“钱塘青年科学家奖”，她的学生在第五届全国大学生智能车挑战赛中拿下冠军。");

        Assert.Equal(EntityType.Event, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("钱塘青年科学家奖")).Type);
        Assert.Equal(EntityType.Event, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("全国大学生智能车挑战赛")).Type);
    }

    [Fact]
    public void NoNameHoldsATitle_APhraseInQuotes_OrAShareOfTheCompany()
    {
        const string text = "南湖省工程院院士、南湖大学的钱立言教授说，那间“永远亮灯的实验室”就是答案。合同金额约占公司营业收入的三成。";
        var names = Extractor.Extract(text).Mentions.Select(m => text[m.Start..m.End]).ToList();

        Assert.DoesNotContain(names, n => n.Contains("院士") || n.Contains("亮灯") || n.StartsWith("约占", StringComparison.Ordinal));
    }

    [Fact]
    public void ADealsVerbAfterAName_IsNoPartOfIt()
    {
        const string text = "远帆银行重组引入了战略投资者。";
        var names = Extractor.Extract(text).Mentions.Select(m => text[m.Start..m.End]).ToList();

        Assert.Contains("远帆银行", names);
        Assert.DoesNotContain(names, n => n.Contains("重组"));
    }

    [Fact]
    public void ADatelinesStateAbbreviation_IsTheState_AndACourtsFullName_IsOneName()
    {
        var result = Extractor.Extract("DOVER, Del. — Brightmoor Labs has sued Quarry Dynamics in the U.S. District Court for the District of Delaware. "
            + "Quarry Dynamics moved to Delaware in 2019.");

        Assert.Contains("Delaware", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Del.")).SurfaceForms);
        Assert.Equal(EntityType.Organization, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("U.S. District Court for the District of Delaware")).Type);
    }

    [Fact]
    public void AHanNameWithSeveralHyphenedVersions_NamesEachVersion()
    {
        var result = Extractor.Extract("我们去年发布的云杉-2 很受欢迎。作为云杉-2 的下一代，云杉-3 改成了混合专家架构，云杉-3 下个月开放。");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Product && e.SurfaceForms.Contains("云杉-2"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Product && e.SurfaceForms.Contains("云杉-3"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("的", StringComparison.Ordinal) || f.StartsWith("为", StringComparison.Ordinal)));
    }
}
