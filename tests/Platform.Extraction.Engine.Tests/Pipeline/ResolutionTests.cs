using Platform.Extraction.Engine.KnowledgeBase;
using Platform.Extraction.Engine.Pipeline.Candidates;
using Platform.Extraction.Engine.Pipeline.Linking;
using Platform.Extraction.Engine.Pipeline.Resolution;

namespace Platform.Extraction.Engine.Tests.Pipeline;

public class ResolutionTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    private static ExtractedEntity Entity(ExtractionResult result, string id) => Assert.Single(result.Entities, e => e.Id == id);

    [Fact]
    public void ShortForms_InBothScripts_LinkToTheFullName()
    {
        var result = Extractor.Extract(
            "穆斯塔法·苏莱曼（Mustafa Suleyman）今天在北京演讲。苏莱曼说，AI 会改变世界。Suleyman added that Microsoft AI will build Copilot.");
        var suleyman = Entity(result, "mustafa-suleyman");
        Assert.Contains("苏莱曼", suleyman.SurfaceForms);
        Assert.Contains("Suleyman", suleyman.SurfaceForms);
        Assert.Contains("Mustafa Suleyman", suleyman.SurfaceForms);
        Assert.Equal(EntityType.Person, suleyman.Type);
        Assert.DoesNotContain(result.Entities, e => e.Id != suleyman.Id && e.SurfaceForms.Contains("苏莱曼"));
    }

    [Fact]
    public void FirstNameOnly_LinksToTheKnownPerson_WhenTheDocumentNamesTheirCompany()
    {
        var result = Extractor.Extract("Microsoft has changed a lot. Satya decided the company must build its own models.");
        Assert.Contains("Satya", Entity(result, "satya-nadella").SurfaceForms);
    }

    [Fact]
    public void TranscriptMisspelling_OfAPersonNamedInFull_IsTheSamePersonWithAReason()
    {
        var result = Extractor.Extract(
            "Today our guest is Jonathan Pemberton, the founder of a robotics start-up. Later Jonathan Pemberten explained his plan. Pemberton laughed.");
        var person = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Jonathan Pemberton"));
        Assert.Contains("Jonathan Pemberten", person.SurfaceForms);
        Assert.Contains(person.MergeReasons, r => r.Contains("spelling variant", StringComparison.Ordinal));
    }

    [Fact]
    public void TransliteratedChineseName_IsTheSamePersonAsTheLatinName()
    {
        var result = Extractor.Extract("记者采访了尼克·克莱格。\n\nThe reporter interviewed Nick Clegg about the policy. Nick Clegg smiled.");
        var clegg = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Nick Clegg"));
        Assert.Contains("尼克·克莱格", clegg.SurfaceForms);
        Assert.Equal(EntityType.Person, clegg.Type);
    }

    [Theory]
    [InlineData("他叫张伟（David Zhang），在杭州工作。", "张伟", "David Zhang")]
    // A capitalised form glosses a name too, also where only the other line proposed the name.
    [InlineData("与Quorra(QRRA)共同打造未来。\n\nBuild the future with Quorra, QRRA. Visit quorra.org to learn more.", "Quorra", "QRRA")]
    public void NameGlossedInParentheses_IsOneEntity(string text, string name, string gloss)
    {
        var result = Extractor.Extract(text);
        var entity = Assert.Single(result.Entities, e => e.SurfaceForms.Contains(name));
        Assert.Contains(gloss, entity.SurfaceForms);
        Assert.Contains(entity.MergeReasons, r => r.Contains("parentheses", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseAndEnglishNames_OfTheSameCompany_GiveOneEntity()
    {
        var result = Extractor.Extract("微软和谷歌都在投资人工智能。Microsoft and Google compete in cloud services.");
        Assert.Equal(["微软", "Microsoft"], Entity(result, "microsoft").SurfaceForms.Order().Reverse().ToArray());
        Assert.Contains("谷歌", Entity(result, "google").SurfaceForms);
    }

    [Fact]
    public void NamesOutsideTheKnowledgeBase_GetTheSameIdInEveryDocument()
    {
        var first = Extractor.Extract("Jonathan Pemberton joined the board on Monday.");
        var second = Extractor.Extract("In a long interview, Jonathan Pemberton talked about robots.");
        var a = Assert.Single(first.Entities, e => e.SurfaceForms.Contains("Jonathan Pemberton"));
        var b = Assert.Single(second.Entities, e => e.SurfaceForms.Contains("Jonathan Pemberton"));
        Assert.Equal(a.Id, b.Id);
        Assert.StartsWith("ent:", a.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Concepts_AreTypedConcept_AndLinkAcrossLanguages()
    {
        var result = Extractor.Extract("通用人工智能（AGI）何时到来？Scaling Law 还成立吗？强化学习和 RLHF 都很重要。");
        var agi = Entity(result, "agi");
        Assert.Equal(EntityType.Concept, agi.Type);
        Assert.Contains("通用人工智能", agi.SurfaceForms);
        Assert.Contains("AGI", agi.SurfaceForms);
        Assert.Equal(EntityType.Concept, Entity(result, "scaling-law").Type);
        Assert.Equal(EntityType.Concept, Entity(result, "rlhf").Type);
    }

    [Fact]
    public void GenericTerms_AreNotReportedAsEntities()
    {
        var result = Extractor.Extract("The GPU shortage slowed every data center project.");
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("GPU") || e.SurfaceForms.Contains("data center"));
    }

    [Fact]
    public void EveryMergedEntity_RecordsWhy()
    {
        var result = Extractor.Extract("谷歌（Google）发布了新模型。");
        var google = Entity(result, "google");
        Assert.NotEmpty(google.MergeReasons);
    }

    [Fact]
    public void ChineseAbbreviation_OfAnOrganisationNamedInFull_IsTheSameEntityWithAReason()
    {
        var result = Extractor.Extract("据悉，星澜大学的研究团队发布了新模型，星澜此前也做过类似研究。昨天，蓝鲸星河科技有限公司宣布扩招，蓝鲸星河表示将专注芯片。");
        var university = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("星澜大学"));
        Assert.Contains("星澜", university.SurfaceForms);
        Assert.Contains(university.MergeReasons, r => r.Contains("abbreviates", StringComparison.Ordinal));
        Assert.Contains("蓝鲸星河", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("蓝鲸星河科技有限公司")).SurfaceForms);
    }

    [Fact]
    public void ChineseAbbreviation_ThatIsAKnownPlace_StaysThePlace()
    {
        var result = Extractor.Extract("苏州大学的学者说，苏州的冬天很冷。");
        Assert.DoesNotContain("苏州", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("苏州大学")).SurfaceForms);
        Assert.Equal(EntityType.Location, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("苏州")).Type);
    }

    [Fact]
    public void ChineseAbbreviation_TaggedOnItsOwn_MergesIntoTheOneFullName()
    {
        var resolver = new EntityResolver(EntityKnowledgeBase.Default, _ => [], PhoneticKey.Shared);
        const string text = "星澜大学成立于去年。星澜今年招生。";
        var clusters = resolver.Resolve(text,
        [
            new Candidate(0, 4, "星澜大学", EntityType.Organization, 0.75, CandidateSource.ChineseTagger),
            new Candidate(10, 12, "星澜", EntityType.Organization, 0.7, CandidateSource.ChineseTagger),
        ]);
        resolver.MergeAbbreviations(clusters, _ => false);
        var cluster = Assert.Single(clusters);
        Assert.Contains(cluster.MergeReasons, r => r.Contains("\"星澜\" abbreviates \"星澜大学\"", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseAbbreviation_SharedByTwoFullNames_MergesIntoNeither()
    {
        var resolver = new EntityResolver(EntityKnowledgeBase.Default, _ => [], PhoneticKey.Shared);
        const string text = "星澜大学与星澜集团合作。星澜今年招生。";
        var clusters = resolver.Resolve(text,
        [
            new Candidate(0, 4, "星澜大学", EntityType.Organization, 0.75, CandidateSource.ChineseTagger),
            new Candidate(5, 9, "星澜集团", EntityType.Organization, 0.75, CandidateSource.ChineseTagger),
            new Candidate(12, 14, "星澜", EntityType.Organization, 0.7, CandidateSource.ChineseTagger),
        ]);
        resolver.MergeAbbreviations(clusters, _ => false);
        Assert.Equal(3, clusters.Count);
    }
    [Theory]
    // The first word of a name ending in a head noun, of a longer name of capitalised words, a short form of a short form,
    // a trade after the brand (终端), and a short form two names share, taken by the one the text names far more often.
    [InlineData("Corbel Mutual Insurance, the Ohio home insurer, said it would grow. Corbel said the pilot worked.", "Corbel Mutual Insurance", "Corbel")]
    [InlineData("Meridia Telkom Nusantara opened a data centre. Meridia hired staff.", "Meridia Telkom Nusantara", "Meridia")]
    [InlineData("Halvard Music settles with Tunewave. Halvard Music Group and Tunewave have settled. Halvard's chief executive, Mia Roth, spoke.", "Halvard Music Group", "Halvard")]
    [InlineData("荣川终端股份有限公司在成都发布新手机。荣川CEO高远说，销量很好。", "荣川终端股份有限公司", "荣川")]
    [InlineData("衡岳汽车发布新车。衡岳汽车的母公司衡岳控股集团表示支持。衡岳汽车今年销量增长，衡岳旗下全部车型都将升级。衡岳汽车还宣布降价。", "衡岳汽车", "衡岳")]
    // A body named with what it is for goes by its name and head ("the Harrowgate Institute").
    [InlineData("The letter was drafted at the Harrowgate Institute for Civic Computing in Leeds. Questions go to its policy lead at the Harrowgate Institute.", "Harrowgate Institute for Civic Computing", "Harrowgate Institute")]
    public void ShortForm_OfALongerName_IsTheSameOrganisation(string text, string fullName, string shortForm)
    {
        var result = Extractor.Extract(text);

        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains(fullName) && e.SurfaceForms.Contains(shortForm));
    }

    [Fact]
    public void ShortFormTwoFacultiesShare_IsTheOneNamedLastBeforeIt()
    {
        var result = Extractor.Extract("远见教育与河西师范大学教育学部合作，由教育学部教授林岚牵头。江南师范大学教育学部也表示关注。");

        var faculty = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("河西师范大学教育学部"));
        Assert.Contains("教育学部", faculty.SurfaceForms);
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("江南师范大学教育学部") && e.SurfaceForms.Contains("教育学部"));
    }

    [Fact]
    public void OrganisationsShortFormWithItsFirstWordClipped_IsTheSameOrganisation_ButALongerNameIsNot()
    {
        var result = Extractor.Extract("Nadia Kerr trained at Pennsylvania Orthopaedic Hospital. She was later a surgeon at Penn Orthopaedic, and she now advises the venture arm of Penn Orthopaedic Partners.");

        var hospital = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Pennsylvania Orthopaedic Hospital"));
        Assert.Contains("Penn Orthopaedic", hospital.SurfaceForms);
        Assert.Contains(result.Entities, e => e.Name == "Penn Orthopaedic Partners" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void CuratedPersonsSurname_AfterAnotherGivenName_IsAnotherPerson_AndSoIsTheSurnameAlone()
    {
        var result = Extractor.Extract("Governor Paul Ellison of Ohio signed the grid bill on Friday. Ellison said the state would build two plants.");

        var governor = Assert.Single(result.Entities, e => e.Name == "Paul Ellison");
        Assert.Contains("Ellison", governor.SurfaceForms);
        Assert.DoesNotContain(result.Entities, e => e.Id == "larry-ellison");
        Assert.Contains(result.Entities, e => e.Name == "Ohio" && e.Type == EntityType.Location);
    }

    [Fact]
    public void TaggersGuessRunningOnFromANameIntoAnEverydayWord_GivesWayToTheName()
    {
        var result = Extractor.Extract("行远智驾与广汽集团签约。广汽此前已向行远智驾投资。");

        Assert.DoesNotContain(result.Entities, e => e.Name.EndsWith("投资", StringComparison.Ordinal));
        Assert.Equal(2, result.Mentions.Count(m => m.Text == "行远智驾"));
    }

    [Fact]
    public void DistrictNamedWithAndWithoutTheWordForItsRank_IsOnePlace()
    {
        var result = Extractor.Extract("南沙区今年开放了新的测试道路。车队明年在南沙投入运营。");

        var district = Assert.Single(result.Entities, e => e.Type == EntityType.Location);
        Assert.Equal(2, result.Mentions.Count(m => m.EntityId == district.Id));
    }

    [Fact]
    public void DistrictNamedWithItsCity_WithItsRank_AndAlone_IsOnePlace()
    {
        var result = Extractor.Extract("首批车辆将在广州南沙投入运营。南沙区今年开放了新的测试道路。车队明年在南沙扩大规模。");

        var district = Assert.Single(result.Entities, e => e.Type == EntityType.Location);
        Assert.Equal(3, result.Mentions.Count(m => m.EntityId == district.Id));
        Assert.Contains(district.MergeReasons, r => r.Contains("named with its city"));
    }

    [Fact]
    public void AFirmWhoseNameEndsInSecurity_GoesByItsFirstWord()
    {
        var result = Extractor.Extract("Ines Carvalho runs Harwick Security, which tests chatbots. We led the seed of Harwick last year.");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Harwick Security"));
        Assert.Equal(EntityType.Organization, firm.Type);
        Assert.Contains("Harwick", firm.SurfaceForms);
    }

    [Fact]
    public void ABareModelNumber_IsTheProductItsChineseLineNamedWithIt()
    {
        var result = Extractor.Extract("产品青岚T2目前在上汽的工厂里做物料搬运。明年我们会发布青岚T3，价格比T2再低三成。");

        Assert.Contains("T2", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("青岚T2")).SurfaceForms);
    }

    [Fact]
    public void AFundsVintageAlone_IsTheFundNamedInFull()
    {
        var result = Extractor.Extract("# Fund IV, and the founders who got us here\n\n"
            + "Today Copse Street Ventures has closed Copse Street Fund IV at $300 million, our largest fund yet. Fund IV will do what we have always done.");

        Assert.Contains("Fund IV", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Copse Street Fund IV")).SurfaceForms);
    }

    [Fact]
    public void ATwoLetterPinyinSurname_IsThePersonNamedInFullWithIt()
    {
        var result = Extractor.Extract("Tianlan was founded in Hangzhou in 2020 by Qiao Anran and Lu Mingze. Lu, now Tianlan's chief technology officer, flew in.");

        var person = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Lu Mingze"));
        Assert.Contains("Lu", person.SurfaceForms);
    }

    [Fact]
    public void AFirmsRegisteredName_AfterACityNoKbLists_GoesByItsNameWithoutTheCity()
    {
        var result = Extractor.Extract("华为与长沙知语医疗科技有限公司签署战略合作协议。知语医疗董事长周明远称，首批产品明年落地。");

        Assert.Contains("知语医疗", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("长沙知语医疗科技有限公司")).SurfaceForms);
    }

    [Fact]
    public void AUnitNamedWithoutItsParent_IsTheUnitTheTextNamesWithIt()
    {
        var result = Extractor.Extract("星禾科技今天宣布，星禾科技天枢实验室主任韦青岚将离职。韦青岚在天枢实验室工作了六年。");

        Assert.Contains("天枢实验室", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("星禾科技天枢实验室")).SurfaceForms);
    }

    [Theory]
    // A city's holding firm by its city and the first characters of its trade's words; a firm by its own name and the last
    // word of its trade.
    [InlineData("2026年6月，公司与合肥市产业投资控股（集团）有限公司、北京澜微半导体有限公司共同出资设立合资公司，其中公司持股51%，合肥产投持股30%。", "合肥产投")]
    [InlineData("深圳冷擎热管理科技股份有限公司专注于机柜级CDU。冷擎科技的新品已批量出货。", "冷擎科技")]
    public void ChineseShortForm_OfAFirmsTradeWords_IsTheFirm(string text, string shortForm)
    {
        var result = Extractor.Extract(text);

        Assert.Contains(shortForm, Assert.Single(result.Entities, e => e.SurfaceForms.Contains(shortForm)).SurfaceForms);
        Assert.Single(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Any(f => f.EndsWith("有限公司", StringComparison.Ordinal)) && e.SurfaceForms.Contains(shortForm));
    }

    [Fact]
    public void ChineseEditionsNamedByTheirYear_AreTheCuratedEvent()
    {
        var result = Extractor.Extract("7月　在2024世界人工智能大会上发布具身智能大模型。\n7月　擎川智能荣获2026世界人工智能大会SAIL奖。");

        var conference = Assert.Single(result.Entities, e => e.Type == EntityType.Event && e.SurfaceForms.Contains("2024世界人工智能大会"));
        Assert.Equal("waic", conference.Id);
        Assert.Contains("2026世界人工智能大会", conference.SurfaceForms);
    }

    // Short names a document declares or implies, each one entity with its full name: a pleading's quoted short name in
    // parentheses (over the shorter firm its first word would otherwise abbreviate), a person called "Mr." by the surname of
    // a name the tagger read as a firm's, a group named with its city and without, a firm named without the words of its trade.
    [Theory]
    [InlineData("Defendant Veltmoor Labs, Inc. (\"Veltmoor\") is based in Austin. Defendant Veltmoor Data Services, LLC (\"Veltmoor Data\") "
        + "is a wholly owned subsidiary of Veltmoor.", "Veltmoor Labs, Inc.", "Veltmoor")]
    [InlineData("Defendant Veltmoor Labs, Inc. (\"Veltmoor\") is based in Austin. Defendant Veltmoor Data Services, LLC (\"Veltmoor Data\") "
        + "is a wholly owned subsidiary of Veltmoor.", "Veltmoor Data Services, LLC", "Veltmoor Data")]
    [InlineData("Plaintiff Ashcombe House Publishing LLC (\"Ashcombe House\") is a publisher in Vermont. Ashcombe House publishes novels.",
        "Ashcombe House Publishing LLC", "Ashcombe House")]
    [InlineData("Defendant Tobias Quennell is Veltmoor's vice president of data. Mr. Quennell approved the purchase.", "Tobias Quennell", "Quennell")]
    [InlineData("主持人：陆文彬（绍兴市稽山医疗集团副总裁）。稽山医疗集团与华为云签署合作框架协议。", "绍兴市稽山医疗集团", "稽山医疗集团")]
    [InlineData("参编单位：海尔卡奥斯物联生态科技有限公司、同济大学。海尔卡奥斯的平台已接入三百家工厂。", "海尔卡奥斯物联生态科技有限公司", "海尔卡奥斯")]
    public void ShortName_IsTheSameEntityAsItsFullName(string text, string full, string shortName)
    {
        var result = Extractor.Extract(text);

        var entity = Assert.Single(result.Entities, e => e.SurfaceForms.Contains(full));
        Assert.Contains(shortName, entity.SurfaceForms);
        Assert.DoesNotContain(result.Entities, e => e.Id != entity.Id && e.SurfaceForms.Contains(shortName));
    }

    // 联盟成员 says what the firm is to the alliance; it is no part of the firm's name. Nor is a funding round a name: its owner is.
    [Theory]
    [InlineData("联盟成员常州衡钧智造科技有限公司研发的视觉质检系统已投入使用。", "常州衡钧智造科技有限公司")]
    [InlineData("Veltmoor's 2024 Series B financing was led by Halloway Ridge Capital.", "Veltmoor")]
    public void WhatIntroducesAName_IsNoPartOfIt(string text, string name)
    {
        var result = Extractor.Extract(text);

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.Name == name);
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.Length > name.Length && f.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public void Degrees_AreNoNames_WhileAnLlmStaysAConcept()
    {
        var result = Extractor.Extract("Dr. Imani Okafor holds a PhD from Caltech and an MBA from Wharton. Her team trains an LLM for hospitals.");

        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f is "PhD" or "MBA" or "Dr"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Concept && e.SurfaceForms.Contains("LLM"));
    }

    [Fact]
    public void AFirmsNameInCapitals_GoesWithItsShortForm_ToTheFirmItselfNotItsSubsidiary()
    {
        var result = Extractor.Extract("# Korvale AI\n\nKorvale AI (stylized KORVALE) is a Canadian artificial intelligence company. "
            + "Korvale sells models to banks. In 2024 Korvale set up Korvale Robotics, a wholly owned subsidiary. Korvale has 300 staff.");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Korvale AI"));
        Assert.Contains("KORVALE", firm.SurfaceForms);
        Assert.Contains("Korvale", firm.SurfaceForms);
    }

    [Fact]
    public void ANameWrittenSurnameFirst_InAReferenceList_IsThePersonNamedInFull()
    {
        var result = Extractor.Extract("In a blog post, Sunniva Halvorsrud said she left Korvale.\n\n## References\n\n"
            + "1. Halvorsrud, Sunniva (2 April 2026). \"Why I left\". Personal blog.\n");

        var person = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Sunniva Halvorsrud"));
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("Halvorsrud, Sunniva", person.SurfaceForms);
        Assert.Equal("Sunniva Halvorsrud", person.Name);
    }

    [Fact]
    public void AUnitNamedBeforeItsUniversity_IsPartOfIt()
    {
        var result = Extractor.Extract("PI: Dr Maren Holt, School of Informatics, University of Edinburgh\nKwame Asante is a professor at the Department of Physics, University of Oxford.");

        Assert.Contains(result.Relations, r => r.Predicate == "part_of" && r.SubjectId == Assert.Single(result.Entities, e => e.SurfaceForms.Contains("School of Informatics")).Id
            && r.ObjectId == "university-of-edinburgh");
        Assert.Contains(result.Relations, r => r.Predicate == "part_of" && r.ObjectId == "university-of-oxford");
    }

    [Theory]
    [InlineData("Big news: Marisela Quintavalle has joined Tessaline Robotics as a research lead.\n\nCongrats Marisela! Lucky team.\n\nCongrats, Mari! We will miss you.", "Mari")]
    [InlineData("Big news: Marisela Quintavalle has joined Tessaline Robotics as a research lead.\n\nThanks, Mari. Onwards!", "Mari")]
    public void APersonGreetedInAComment_ByTheirNameOrItsShortForm_IsThePersonNamedInFull(string text, string nickname)
    {
        var result = Extractor.Extract(text);

        var person = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Marisela Quintavalle"));
        Assert.Contains(nickname, person.SurfaceForms);
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("Congrats") || f.StartsWith("Thanks")));
    }

    [Theory]
    [InlineData("宁州澜汐智能科技股份有限公司成立于2019年。2017年，方予安创立公司前身宁州澜汐智能科技有限公司。", "宁州澜汐智能科技股份有限公司", "宁州澜汐智能科技有限公司")]
    [InlineData("签约企业中有一家是汀岚机器人（苏州）有限公司。汀岚机器人由两位博士创办。", "汀岚机器人（苏州）有限公司", "汀岚机器人")]
    [InlineData("合肥澈微量子计算研究院今天揭牌。澈微研究院首批引进三个团队。", "合肥澈微量子计算研究院", "澈微研究院")]
    public void ARegisteredNameAndTheFormsItGoesBy_AreOneFirm(string text, string fullName, string otherForm)
    {
        var result = Extractor.Extract(text);

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains(fullName));
        Assert.Contains(otherForm, firm.SurfaceForms);
        Assert.Equal(EntityType.Organization, firm.Type);
    }

    [Fact]
    public void AHandleSpellingANameTheThreadGivesInFull_IsThatPersonOrFirm()
    {
        var result = Extractor.Extract("**Liesel Varga** @lieselv · Dec 4\n\n1/ Big day: @quorvia_ai has raised a seed round. Quorvia builds agents for shipping desks. "
            + "I started Quorvia in Ghent with @tomas_brandt (our CTO).\n\n2/ Tomas Brandt joined me after eight years at Spotify.\n");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Quorvia"));
        Assert.Contains("quorvia_ai", firm.SurfaceForms);
        Assert.Equal("Quorvia", firm.Name);
        var cto = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Tomas Brandt"));
        Assert.Contains("tomas_brandt", cto.SurfaceForms);
    }

    [Fact]
    public void AFilingsShortNameAmongSeveralTerms_IsTheFirm()
    {
        var result = Extractor.Extract("Halvercrest Systems, Inc. (\"Halvercrest,\" the \"Company,\" \"we,\" or \"us\") builds grid software. "
            + "Halvercrest sells to utilities. Before joining Halvercrest, our general counsel was a partner at Wexford Lyle LLP.");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Halvercrest"));
        Assert.Contains("Halvercrest Systems, Inc.", firm.SurfaceForms);
        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains("Wexford Lyle LLP"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Wexford Lyle LLP."));
    }

    [Fact]
    public void AnInstitutionWithoutItsField_IsTheInstitution()
    {
        var result = Extractor.Extract("The Marion T. Okafor School of Data Science & Engineering at Lakeshore University hosts the forum. "
            + "Posters by Okafor School students open the day.\n\nPress: Dana Whitfield, Communications Manager, Marion T. Okafor School\n");

        var school = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Marion T. Okafor School of Data Science & Engineering"));
        Assert.Contains("Okafor School", school.SurfaceForms);
        Assert.Contains("Marion T. Okafor School", school.SurfaceForms);
    }

    [Fact]
    public void ACuratedChineseProductWithAModelNumber_IsThatModel()
    {
        var result = Extractor.Extract("该系统适配华为昇腾910B芯片，边缘端部署于昇腾310B模组。昇腾是华为的芯片品牌。");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Product && e.SurfaceForms.Contains("昇腾910B"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Product && e.SurfaceForms.Contains("昇腾310B"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("910B") || e.SurfaceForms.Contains("310B"));
        Assert.Contains(result.Relations, r => r.Predicate == "product_of" && r.Evidence.Contains("华为昇腾910B"));
    }

    [Fact]
    public void ACuratedFamilyNamedBesideTheOneModelOfIt_IsThatModel()
    {
        var result = Extractor.Extract("我们也在测试华为的昇腾910B。说实话，昇腾的软件生态还需要时间。");

        var model = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("昇腾910B"));
        Assert.Contains("昇腾", model.SurfaceForms);
    }

    [Theory]
    [InlineData("Orla Finch co-founded Brannock Labs in 2020. Today Brannock Labs makes the coding assistant Brannock Relay and the platform Brannock Harbor. Brannock, which is based in Leeds, hires widely. We built Brannock in a spare room, and Brannock still feels small.", "Brannock Labs", "Brannock")]
    [InlineData("麦岩智算今天发布新芯片。麦岩智算董事长在会后表示，合作会继续。分析师认为，这是麦岩这类公司的机会窗口，麦岩这次派了工程师常驻伦敦。", "麦岩智算", "麦岩")]
    [InlineData("投资方包括伦敦的风险投资机构布伦特伍德合伙公司。该公司去年的B轮融资由布伦特伍德领投。", "布伦特伍德合伙公司", "布伦特伍德")]
    [InlineData("它的名字叫青篱实验室（Greenhedge Labs），总部在西雅图。后来，青篱与亚马逊签署合作协议。", "青篱实验室", "青篱")]
    [InlineData("**问：为什么叫“栖川”？**\n**答：** 栖是停下来，川是河流。栖川机器人成立于2022年，总部在深圳。", "栖川机器人", "栖川")]
    [InlineData("本文节选自《风口与深水：一位工程师的二十年》。《风口与深水》出版后广受好评。", "风口与深水：一位工程师的二十年", "风口与深水")]
    [InlineData("何以衡，擎屹智造创始人兼CEO。擎屹的A轮是我们领投的。", "擎屹智造", "擎屹")]
    [InlineData("我是鼎峪重工的苏芷蘅。鼎峪总部在洛阳。", "鼎峪重工", "鼎峪")]
    [InlineData("主持人章一鸥：欢迎钱若溪。钱若溪是百度智能云的总经理。\n**陆承泽：** 若溪刚才说了，擎屹本身就在千帆上做生态。刚才若溪提到开源模型。", "钱若溪", "若溪")]
    [InlineData("罗曼青是擎屹智造的联合创始人。曼青带的研发团队里，有人以前是焊接工艺员。", "罗曼青", "曼青")]
    [InlineData("DANA: Kenji Morrow, my co-founder, is our chief architect. Kenji came from Nvidia, where he designed memory systems. We began in Kenji's garage.", "Kenji Morrow", "Kenji")]
    public void AShortFormTheTaggerReadsAsAnotherKind_IsTheNameItShortens(string text, string full, string shortForm)
    {
        var result = Extractor.Extract(text);

        var entity = Assert.Single(result.Entities, e => e.SurfaceForms.Contains(full));
        Assert.Contains(shortForm, entity.SurfaceForms);
        Assert.DoesNotContain(result.Entities, e => e != entity && e.SurfaceForms.Contains(shortForm));
    }

    [Fact]
    public void AParagraphAndItsTranslation_NameTheSameThings_AndAListIsAlignedItemByItem()
    {
        var result = Extractor.Extract("翎算科技今日在“翎算2025开发者大会”上正式发布新一代通用大模型翎羽-4（Plume-4）。本次大会在深圳会展中心举行。\n\n"
            + "Lingsuan Technology today launched Plume-4 at Lingsuan DevCon 2025. The event was held at the Shenzhen Convention & Exhibition Center.\n\n"
            + "翎羽-4是翎算继2024年3月发布的翎羽-3、同年11月发布的翎羽-3.5之后推出的旗舰模型。\n\nPlume-4 is Lingsuan's flagship model, following Plume-3 and Plume-3.5.\n\n"
            + "发布会上，翎算宣布了两家合作伙伴：\n\n- **岑川数据**：双方共建行业知识库；\n- **百度**：双方开展技术合作。\n\n"
            + "At the event, Lingsuan announced two partners:\n\n- **Cenchuan Data**, building industry knowledge bases;\n- **Baidu**, on technical collaboration.\n");

        Assert.Contains("Lingsuan DevCon 2025", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("翎算2025开发者大会")).SurfaceForms);
        Assert.Contains("Plume-3", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("翎羽-3")).SurfaceForms);
        Assert.Contains("Plume-3.5", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("翎羽-3.5")).SurfaceForms);
        Assert.Contains("Shenzhen Convention & Exhibition Center", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("深圳会展中心")).SurfaceForms);
        Assert.Contains("Lingsuan Technology", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("翎算科技")).SurfaceForms);
        Assert.DoesNotContain("Lingsuan", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("百度")).SurfaceForms);
    }

    [Fact]
    public void AFirmNamedAloneLongBeforeAToolNamedAfterIt_IsTheFirmNotTheToolsShortForm()
    {
        var result = Extractor.Extract("Marrowind builds speech models for earbuds. Marrowind was founded in 2021 in Copenhagen, and Marrowind now employs forty people. "
            + "Developers reach the models through Marrowind Studio, a toolkit for device makers.");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Marrowind"));
        Assert.DoesNotContain("Marrowind Studio", firm.SurfaceForms);
        Assert.Equal(EntityType.Organization, firm.Type);
    }
}
