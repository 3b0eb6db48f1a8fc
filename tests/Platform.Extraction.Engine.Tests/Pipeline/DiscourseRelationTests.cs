using static Platform.Extraction.Engine.Tests.Pipeline.StatedRelations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// Relations whose ends a sentence names only by reference: "公司", "its" or "the company" for the firm the text is about,
/// "大会" or "the conference" for the event it reports, a subject a coordinated clause leaves out, a title with no
/// organisation after it, a transcript turn's "we", a short name the text declares.
/// </summary>
public class DiscourseRelationTests
{
    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    [Fact]
    public void CompanyOpeningAClause_IsTheFirmTheSentenceBeforeOpenedWith()
    {
        var result = Extract("澄岚智能成立于2021年，总部位于苏州。今年4月，公司完成了由远帆资本领投的A轮融资。");

        Assert.True(Has(result, "远帆资本", "invests_in", "澄岚智能"), Describe(result));
    }

    [Fact]
    public void ASentenceOpeningWithTheRound_IsAboutTheFirmThatRaisedIt_WithEveryInvestorListed()
    {
        var result = Extract("澄岚智能今天宣布完成3亿元A轮融资。本轮由远帆资本领投，青禾创投、北辰基金跟投，老股东星澜资本继续加注。");

        foreach (var investor in new[] { "远帆资本", "青禾创投", "北辰基金", "星澜资本" })
        {
            Assert.True(Has(result, investor, "invests_in", "澄岚智能"), $"{investor}: {Describe(result)}");
        }
    }

    [Fact]
    public void APartnerAtAFundWhoseNameEndsInChuangtou_WorksThere()
    {
        var result = Extract("青禾创投合伙人沈知远表示，团队很扎实。");

        Assert.True(Has(result, "沈知远", "works_at", "青禾创投"), Describe(result));
    }

    [Fact]
    public void ItsLastRoundLedByAnInvestor_IsTheFirmsRound()
    {
        var result = Extract("Corvane Labs builds edge chips. Its last round, led by Halberd Partners in March, valued it at $900 million.");

        Assert.True(Has(result, "Halberd Partners", "invests_in", "Corvane Labs"), Describe(result));
    }

    [Fact]
    public void TitleWithNoOrganisation_BelongsToTheFirmJustNamed()
    {
        var result = Extract("Tidewell Labs was founded in 2020 by Ines Moreau and Paul Arden. Moreau is the chief executive; Arden is the chief technology officer.");

        Assert.True(Has(result, "Moreau", "ceo_of", "Tidewell Labs"), Describe(result));
    }

    [Fact]
    public void TranscriptTurn_SpeaksForItsOwnSpeakersOrganisation()
    {
        var result = Extract("嘉宾包括：青禾智能副总裁方立衡、星澜资本合伙人白思远。\n\n白思远：我们主要投早期项目。\n\n方立衡：我们的澈星300已经量产。");

        Assert.True(Has(result, "澈星300", "product_of", "青禾智能"), Describe(result));
        Assert.False(Has(result, "澈星300", "product_of", "星澜资本"), Describe(result));
    }

    [Fact]
    public void TimestampedTranscriptTurn_SpeaksForItsOwnSpeaker_AndTheirCoFoundersAreTheirFirms()
    {
        var result = Extract("Host Dana Pike of Birchline Ventures talks with Omar Reyes, CEO of Quillfeather Systems.\n\n"
            + "[00:01:02] DANA: Welcome, Omar. You were at Apple for years?\n\n"
            + "[00:01:10] OMAR: Nine years. I left Apple in 2021. Tomas Vireo, our third co-founder, is our chief architect.\n\n"
            + "[00:02:00] DANA: And what does Birchline like about you?");

        Assert.True(Has(result, "Omar Reyes", "former_employee_of", "Apple"), Describe(result));
        Assert.False(Has(result, "Dana Pike", "former_employee_of", "Apple"), Describe(result));
        Assert.True(Has(result, "Tomas Vireo", "cofounder_of", "Quillfeather Systems"), Describe(result));
        Assert.False(Has(result, "Tomas Vireo", "works_at", "Birchline Ventures"), Describe(result));
    }

    [Fact]
    public void AFirmsOrdinalCoFounder_CoFoundedIt() =>
        Assert.True(Has(Extract("Quillfeather Systems makes chips. Tomas Vireo, Quillfeather's third co-founder, spoke next."),
            "Tomas Vireo", "cofounder_of", "Quillfeather Systems"));

    [Fact]
    public void RoundsListedAfterTheFirmsFunding_AreItsInvestors()
    {
        var result = Extract("栖川机器人成立于2023年，两年里完成了四轮融资：天使轮由星火资本投资，Pre-A 轮来自朗峰创投，"
            + "A 轮由五源资本领投、青岚创投跟投，B 轮则由沧澜产业基金领投，老股东线性资本跟投。");

        foreach (var investor in new[] { "星火资本", "朗峰创投", "五源资本", "青岚创投", "沧澜产业基金", "线性资本" })
        {
            Assert.True(Has(result, investor, "invests_in", "栖川机器人"), investor + "\n" + Describe(result));
        }
    }

    [Fact]
    public void ARoundOfTheFirmLedByAnInvestor_IsTheirInvestment()
    {
        Assert.True(Has(Extract("Norrvik AI was founded in 2023 in Stockholm. The company's seed round in 2023 was led by Northzone."),
            "Northzone", "invests_in", "Norrvik AI"));
        Assert.True(Has(Extract("Host Dana Pike talks with Omar Reyes, CEO of Quillfeather Systems.\n\nOMAR: Our seed and Series A were led by Kettleby Partners."),
            "Kettleby Partners", "invests_in", "Quillfeather Systems"));
        var participating = Extract("Halsted Robotics closed a $40 million Series B led by Tamarind Capital, a Boston-based fund, with Ridgeline Ventures and Osprey Partners participating.");
        Assert.True(Has(participating, "Ridgeline Ventures", "invests_in", "Halsted Robotics"), Describe(participating));
        Assert.True(Has(participating, "Osprey Partners", "invests_in", "Halsted Robotics"), Describe(participating));
    }

    [Fact]
    public void PeopleListedBeforeDengRen_SetTheFirmUpTogether()
    {
        var result = Extract("2019年春天，罗青禾（Qinghe Luo）、乔慕白和史砚秋等人在南京宣布成立栖川机器人。");

        foreach (var founder in new[] { "罗青禾", "乔慕白", "史砚秋" })
        {
            Assert.True(Has(result, founder, "cofounder_of", "栖川机器人"), founder + "\n" + Describe(result));
        }
        Assert.True(Has(result, "栖川机器人", "located_in", "南京"), Describe(result));
    }

    [Fact]
    public void AFirmTheSpeakerCallsOurRival_CompetesWithTheSpeakersFirm()
    {
        var result = Extract("Host Dana Pike talks with Omar Reyes, CEO of Quillfeather Systems.\n\n"
            + "OMAR: Our friends at Orrinwell are, by any measure, our fiercest rival. Halberd Semiconductor is our biggest competitor.");

        Assert.True(Has(result, "Quillfeather Systems", "competitor_of", "Orrinwell"), Describe(result));
        Assert.True(Has(result, "Quillfeather Systems", "competitor_of", "Halberd Semiconductor"), Describe(result));
    }

    [Fact]
    public void WhoOpensAConferenceOrGivesItsTalk_AndWhoOrganisesIt_TakePartInIt()
    {
        var result = Extract("I spent two days at Harbourline Summit 2025, the applied-AI conference in Halifax.\n\n"
            + "The Summit opened with Marta Quell, chief executive of Brisk Harbour. The most quoted talk of the conference came from Dr. Ines Tolvanen.\n\n"
            + "第二届澜湾智能论坛在宁波举行，论坛由澜湾传媒与甬江智算中心联合主办。");

        Assert.True(Has(result, "Marta Quell", "participant_of", "Harbourline Summit 2025"), Describe(result));
        Assert.True(Has(result, "Ines Tolvanen", "participant_of", "Harbourline Summit 2025"), Describe(result));
        Assert.True(Has(result, "澜湾传媒", "participant_of", "澜湾智能论坛"), Describe(result));
        Assert.True(Has(result, "甬江智算中心", "participant_of", "澜湾智能论坛"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.Name == "applied-AI");
    }

    [Fact]
    public void DeclaredShortName_IsTheSameOrganisation()
    {
        var result = Extract("杭州澄岚智能科技有限公司（以下简称“澄岚智能”）今天发布了新模型。澄岚智能表示将继续投入研发。");

        var organisation = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("澄岚智能"));
        Assert.Contains("杭州澄岚智能科技有限公司", organisation.SurfaceForms);
    }

    [Fact]
    public void Its_BeforeATitle_IsTheFirmTheSentenceNamed()
    {
        var result = Extract("Said Tidewell's chief executive, Ines Moreau, who co-founded the company with Paul Arden, its chief technology officer: \"We ship in May.\"");

        Assert.True(Has(result, "Paul Arden", "works_at", "Tidewell"), Describe(result));
        Assert.True(Has(result, "Paul Arden", "cofounder_of", "Tidewell"), Describe(result));
    }

    [Fact]
    public void TheCompany_IsTheFirmTheTextIsAbout_NotAnInvestorNamedInPassing()
    {
        var result = Extract("Tidewell Labs builds robots for warehouses. Last month Tidewell Labs raised a seed round. Existing backers Harrow Ventures also took part. The company says its robot, Stacker, is sold out.");

        Assert.True(Has(result, "Stacker", "product_of", "Tidewell Labs"), Describe(result));
        Assert.False(Has(result, "Stacker", "product_of", "Harrow Ventures"), Describe(result));
    }

    [Fact]
    public void ConferenceNamedOnce_IsWhatLaterMentionsOfTheConferenceMean()
    {
        var result = Extract("第五届澄湖机器人大会在苏州开幕。青禾智能创始人方立衡在大会开幕式上发表了演讲。下午的圆桌讨论由星澜资本合伙人白思远主持，澄岚智能首席科学家许文昊参与了讨论。");

        Assert.True(Has(result, "澄湖机器人大会", "located_in", "苏州"), Describe(result));
        Assert.True(Has(result, "方立衡", "participant_of", "澄湖机器人大会"), Describe(result));
        Assert.True(Has(result, "白思远", "participant_of", "澄湖机器人大会"), Describe(result));
        Assert.True(Has(result, "许文昊", "participant_of", "澄湖机器人大会"), Describe(result));
        Assert.True(Has(result, "许文昊", "works_at", "澄岚智能"), Describe(result));
    }

    [Fact]
    public void CoordinatedClause_WithoutASubject_IsAboutTheSentencesSubject()
    {
        var result = Extract("Ines Moreau spent six years at Tidewell Labs, where she ran the robotics team, and before that was an engineer at Harrow Systems.");

        Assert.True(Has(result, "Ines Moreau", "former_employee_of", "Harrow Systems"), Describe(result));
    }

    [Fact]
    public void Pronoun_InASentenceAfterOneThatNamesNobody_IsStillThePersonNamedBefore_AndTheFirmSheFoundedIsTheTopic()
    {
        var result = Extract("去年春天，林若岚从百度离职。离开时，她只带走了一个想法。半年后，她在成都创立了青蔓科技。公司的第一款产品“青蔓助手”面向律师。");

        Assert.True(Has(result, "林若岚", "founder_of", "青蔓科技"), Describe(result));
        Assert.True(Has(result, "青蔓助手", "product_of", "青蔓科技"), Describe(result));
        Assert.False(Has(result, "青蔓助手", "product_of", "百度"), Describe(result));
    }

    [Fact]
    public void ChineseTopicChain_ClausesWithoutASubject_AreAboutTheFirmTheSentenceOpensWith()
    {
        var result = Extract("青岚科技成立于2019年，总部位于合肥，由前百度研究员沈知远和同学陆鸣共同创办。沈知远目前担任公司董事长，陆鸣任首席技术官。上市前，青岚科技完成了四轮融资，投资方包括星澜资本、澄心创投和蓝湖资本。");

        Assert.True(Has(result, "青岚科技", "located_in", "合肥"), Describe(result));
        Assert.True(Has(result, "沈知远", "cofounder_of", "青岚科技"), Describe(result));
        Assert.True(Has(result, "陆鸣", "cofounder_of", "青岚科技"), Describe(result));
        Assert.True(Has(result, "陆鸣", "works_at", "青岚科技"), Describe(result));
        Assert.False(Has(result, "陆鸣", "ceo_of", "青岚科技"), Describe(result));
        Assert.True(Has(result, "澄心创投", "invests_in", "青岚科技"), Describe(result));
        Assert.True(Has(result, "蓝湖资本", "invests_in", "青岚科技"), Describe(result));
    }

    [Fact]
    public void ProductsAFirmLists_AreEachItsOwn()
    {
        var result = Extract("青岚科技的核心产品包括智能助手“岚语”和面向银行的风控系统“岚盾”。");

        Assert.True(Has(result, "岚语", "product_of", "青岚科技"), Describe(result));
        Assert.True(Has(result, "岚盾", "product_of", "青岚科技"), Describe(result));
    }

    [Fact]
    public void ResearchLabNews_ReadsItsRelease_ItsDirector_HerPastAndItsFunders()
    {
        var result = Extract("Title: Tidewell Lab releases Osprey, an open speech model\n\nTidewell Lab, the nonprofit research group spun out of Harrow University last year, on Monday released Osprey-7B, an open-weight speech model. Tidewell's executive director, Ines Moreau, joined in 2023 after six years at Vexa Systems. Tidewell's research is funded by grants from the Lumen Foundation. The lab plans to present the work at the Edge Summit.");

        Assert.True(Has(result, "Osprey-7B", "product_of", "Tidewell Lab"), Describe(result));
        Assert.Contains("Osprey", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Osprey-7B")).SurfaceForms);
        Assert.True(Has(result, "Ines Moreau", "ceo_of", "Tidewell Lab"), Describe(result));
        Assert.True(Has(result, "Ines Moreau", "former_employee_of", "Vexa Systems"), Describe(result));
        Assert.True(Has(result, "Lumen Foundation", "invests_in", "Tidewell Lab"), Describe(result));
        Assert.True(Has(result, "Tidewell Lab", "participant_of", "Edge Summit"), Describe(result));
    }

    [Fact]
    public void AcquisitionNews_ReadsTheBuyer_TheFounders_TheirPasts_AndTheRival()
    {
        var result = Extract("Harrow Health, the Denver-based operator of urgent-care centers, has agreed to acquire Quillpad, a Boston startup that writes discharge summaries. Quillpad was founded in 2020 by Dr. Lena Park, a former nurse at Denver Health, and Omar Fitch, who previously built search tools for Bing at Microsoft. Scribely, a Quillpad rival, raised $90 million this year in a round led by Accel.");

        Assert.True(Has(result, "Quillpad", "part_of", "Harrow Health"), Describe(result));
        Assert.True(Has(result, "Quillpad", "located_in", "Boston"), Describe(result));
        Assert.True(Has(result, "Lena Park", "cofounder_of", "Quillpad"), Describe(result));
        Assert.True(Has(result, "Omar Fitch", "cofounder_of", "Quillpad"), Describe(result));
        Assert.True(Has(result, "Omar Fitch", "former_employee_of", "Microsoft"), Describe(result));
        Assert.True(Has(result, "Scribely", "competitor_of", "Quillpad"), Describe(result));
        Assert.True(Has(result, "Accel", "invests_in", "Scribely"), Describe(result));
    }

    [Fact]
    public void ChineseLaunchNews_ReadsAFirmOpeningASentenceBeforeATitle_AndAKnownFirmsInvestmentArm()
    {
        var result = Extract("青岚科技宣布与澄湖达成战略合作。澄湖产品线总裁方飞到场致辞。青岚科技成立于2022年。公司此前获得过远帆资本和联想创投的投资。");

        Assert.True(Has(result, "方飞", "works_at", "澄湖"), Describe(result));
        Assert.True(Has(result, "联想创投", "invests_in", "青岚科技"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("方飞到场"));
    }

    [Fact]
    public void HerCoFounder_IsACoFounderOfTheFirmTheTextIsAbout_AndANationalityIsNoFirm()
    {
        var result = Extract("Few people have heard of Tidewell AI. Ines Moreau is the co-founder and chief scientist of Tidewell AI, a Lyon lab that has signed deals with Airbus and the French defence ministry. Her co-founder, Paul Arden, handles the business side.");

        Assert.True(Has(result, "Paul Arden", "cofounder_of", "Tidewell AI"), Describe(result));
        Assert.True(Has(result, "Ines Moreau", "works_at", "Tidewell AI"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("French"));
    }

    [Fact]
    public void InterviewAnswers_ReadPastPostsAndLicences()
    {
        var result = Extract("Title: Q&A: Tidewell Bio's Ines Moreau on antibodies\n\nInes Moreau is the chief executive of Tidewell Bio. She spoke with us after the company's $40 million Series A, led by Harrow Ventures.\n\nQ: How did it start?\n\nA: I was a postdoc at the Lumen Institute. My co-founder, Paul Arden, was building models at Vexa Systems. We license our library to Genentech.");

        Assert.True(Has(result, "Harrow Ventures", "invests_in", "Tidewell Bio"), Describe(result));
        Assert.True(Has(result, "Ines Moreau", "former_employee_of", "Lumen Institute"), Describe(result));
        Assert.True(Has(result, "Paul Arden", "cofounder_of", "Tidewell Bio"), Describe(result));
        Assert.True(Has(result, "Paul Arden", "former_employee_of", "Vexa Systems"), Describe(result));
        Assert.True(Has(result, "Tidewell Bio", "partner_of", "Genentech"), Describe(result));
    }

    [Fact]
    public void JointVentureNews_ReadsThePartners_TheOwner_AndAFirmsSurnameLikeShortForm()
    {
        var result = Extract("Harwick Motors, the Detroit carmaker, and Quillon Robotics, a Boston startup, said on Tuesday they will form a joint venture. Harwick will own 60% of it. Rivals Boston Dynamics, owned by Hyundai, are racing ahead.");

        Assert.True(Has(result, "Harwick Motors", "partner_of", "Quillon Robotics"), Describe(result));
        Assert.True(Has(result, "Boston Dynamics", "part_of", "Hyundai"), Describe(result));
        Assert.Contains("Harwick", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Harwick Motors")).SurfaceForms);
    }

    [Fact]
    public void ChineseFirmFoundedOrHeadquartered_IsFound_AndItsRoundAfterAComma()
    {
        var result = Extract("星澈智驾创立于2021年，总部位于广州。今年5月，星澈智驾完成了5亿元B轮融资，由远帆资本领投，澄心创投跟投。");

        Assert.True(Has(result, "星澈智驾", "located_in", "广州"), Describe(result));
        Assert.True(Has(result, "远帆资本", "invests_in", "星澈智驾"), Describe(result));
        Assert.True(Has(result, "澄心创投", "invests_in", "星澈智驾"), Describe(result));
    }
    [Fact]
    public void FundingRoundupParagraph_IsAboutTheFirmItOpensWith()
    {
        var result = Extract("**Corvane Bio** raised $80 million in a Series B led by Frontline Partners, with participation from Halden Capital and existing investor Northgate. "
            + "The Boston company, founded in 2020 by former Genentech scientists Ruth Adler and Omar Haddad, sells Corva Screen, a drug-screening tool.\n\n"
            + "**Tessaly**, a Lisbon-based maker of delivery drones, closed a €30 million Series A. The round was led by Atlantic Bridge. "
            + "Chief executive Marta Sousa said the money would fund a plant in Porto.");

        Assert.True(Has(result, "Frontline Partners", "invests_in", "Corvane Bio"), Describe(result));
        Assert.True(Has(result, "Halden Capital", "invests_in", "Corvane Bio"), Describe(result));
        Assert.True(Has(result, "Northgate", "invests_in", "Corvane Bio"), Describe(result));
        Assert.True(Has(result, "Corvane Bio", "located_in", "Boston"), Describe(result));
        Assert.True(Has(result, "Ruth Adler", "cofounder_of", "Corvane Bio"), Describe(result));
        Assert.True(Has(result, "Omar Haddad", "former_employee_of", "Genentech"), Describe(result));
        Assert.True(Has(result, "Corva Screen", "product_of", "Corvane Bio"), Describe(result));
        Assert.True(Has(result, "Atlantic Bridge", "invests_in", "Tessaly"), Describe(result));
        Assert.True(Has(result, "Marta Sousa", "ceo_of", "Tessaly"), Describe(result));
    }

    [Fact]
    public void ChineseEarningsNews_TitleOpeningAClause_ContractAndFoundryBelongToTheFirm()
    {
        var result = Extract("澜岳智算总部位于南京，由前腾讯架构师沈砚于2017年创立。首席财务官魏宁在电话会上表示，公司已与智谱AI签订为期两年的算力合作协议。"
            + "本季度，澜岳智算推出了推理芯片“澜芯一号”，由台积电代工生产。");

        Assert.True(Has(result, "沈砚", "former_employee_of", "腾讯"), Describe(result));
        Assert.True(Has(result, "魏宁", "works_at", "澜岳智算"), Describe(result));
        Assert.True(Has(result, "澜岳智算", "partner_of", "智谱AI"), Describe(result));
        Assert.True(Has(result, "台积电", "partner_of", "澜岳智算"), Describe(result));
    }
    [Fact]
    public void LawsuitNews_ItsNamedProducts_AndAPersonOfAFirm()
    {
        var result = Extract("Writers have sued Lumora AI, accusing the Seattle startup of training its Vesper models on pirated books. "
            + "Amazon, which sells Vesper through its Bedrock cloud, is also named. The writers are represented by Nora Quist of Quist & Hale, a firm in Boston. "
            + "The Screenwriters Guild said it supported the suit.");

        Assert.True(Has(result, "Vesper", "product_of", "Lumora AI"), Describe(result));
        Assert.True(Has(result, "Lumora AI", "located_in", "Seattle"), Describe(result));
        Assert.True(Has(result, "Nora Quist", "works_at", "Quist & Hale"), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Screenwriters Guild"));
    }

    [Fact]
    public void ChineseOpenSourceNews_TopicChainFollowsThePersonWhoOpensAClause()
    {
        var result = Extract("9月3日，杭州人工智能初创公司青溪智能与浙江大学计算机视觉实验室联合发布了模型“映川”。"
            + "青溪智能成立于2021年，创始人兼CEO韩思远毕业于北京大学计算机系，曾在美团担任算法负责人。公司去年完成了由高瓴资本领投的A轮融资，蓝驰创投参投。"
            + "青溪智能计划于10月在乌镇举行的世界互联网大会上展示基于该模型的产品“映川助手”。");

        Assert.True(Has(result, "青溪智能", "located_in", "杭州"), Describe(result));
        Assert.True(Has(result, "青溪智能", "partner_of", "浙江大学计算机视觉实验室"), Describe(result));
        Assert.True(Has(result, "映川", "product_of", "青溪智能"), Describe(result));
        Assert.True(Has(result, "韩思远", "former_employee_of", "美团"), Describe(result));
        Assert.False(Has(result, "青溪智能", "former_employee_of", "美团"), Describe(result));
        Assert.True(Has(result, "高瓴资本", "invests_in", "青溪智能"), Describe(result));
        Assert.True(Has(result, "蓝驰创投", "invests_in", "青溪智能"), Describe(result));
        Assert.True(Has(result, "青溪智能", "participant_of", "世界互联网大会"), Describe(result));
        Assert.True(Has(result, "映川助手", "product_of", "青溪智能"), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("北京大学计算机系"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("杭州人工智能初创公司"));
    }
    [Fact]
    public void KeynoteRecap_WhatAFirmUnveilsAtAnEvent_AndWhoTakesItUp()
    {
        var result = Extract("Harrow Systems used its keynote at the Beacon developer conference on Monday to unveil Mule, a tracked robot that "
            + "carries tools, and to announce that Vestas will test it at a plant in Esbjerg. Harrow's chief executive, Ines Falk, who founded the "
            + "Denver company in 2020 after a decade at Boston Dynamics, was joined by Vestas's head of service robotics, Karl Moe. Mule runs on Qualcomm's "
            + "Dragonwing computer; its investors include Lux Capital and Google's Gradient Ventures.");

        Assert.True(Has(result, "Harrow Systems", "participant_of", "Beacon"), Describe(result));
        Assert.True(Has(result, "Mule", "product_of", "Harrow Systems"), Describe(result));
        Assert.True(Has(result, "Harrow Systems", "partner_of", "Vestas"), Describe(result));
        Assert.True(Has(result, "Ines Falk", "founder_of", "Harrow Systems"), Describe(result));
        Assert.True(Has(result, "Ines Falk", "former_employee_of", "Boston Dynamics"), Describe(result));
        Assert.True(Has(result, "Karl Moe", "works_at", "Vestas"), Describe(result));
        Assert.True(Has(result, "Dragonwing", "product_of", "Qualcomm"), Describe(result));
        Assert.True(Has(result, "Gradient Ventures", "invests_in", "Harrow Systems"), Describe(result));
    }

    [Fact]
    public void ChineseProductNamedAfterItsKind_BelongsToTheFirmBeforeIt()
    {
        var result = Extract("名单中包括岷山智能的客服助手“问川”，以及零一万物的医疗大模型“万知医”。");

        Assert.True(Has(result, "问川", "product_of", "岷山智能"), Describe(result));
        Assert.True(Has(result, "万知医", "product_of", "零一万物"), Describe(result));
    }
    [Fact]
    public void ChineseInvestorProfile_ItAndWhatItBacks()
    {
        var result = Extract("对话远岫资本宋清远\n\n宋清远是远岫资本的创始合伙人。加入远岫资本之前，他在红杉中国工作了五年。"
            + "远岫资本的投资组合里有不少芯片公司。它领投了芯原智造的B轮融资，也是杭州具身智能企业鹿鸣科技的天使投资人。"
            + "鹿鸣科技今年推出了双足机器人“行川”。远岫资本的办公室设在北京和杭州两地。");

        Assert.True(Has(result, "远岫资本", "invests_in", "芯原智造"), Describe(result));
        Assert.True(Has(result, "远岫资本", "invests_in", "鹿鸣科技"), Describe(result));
        Assert.True(Has(result, "鹿鸣科技", "located_in", "杭州"), Describe(result));
        Assert.True(Has(result, "行川", "product_of", "鹿鸣科技"), Describe(result));
        Assert.True(Has(result, "远岫资本", "located_in", "北京"), Describe(result));
        Assert.False(Has(result, "宋清远", "former_employee_of", "远岫资本"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("话", StringComparison.Ordinal) || f == "双足机器人"));
    }

    [Fact]
    public void QuarterlyResults_QuoteAttributionAnAnalystAndAPurchase()
    {
        var result = Extract("Brindle, the Denver-based data-center operator, said revenue rose 30%. \"Demand is strong,\" chief executive Lena Ortiz told analysts. "
            + "Brindle also completed its $200 million purchase of Arcway Systems, a Cork maker of cooling units. "
            + "Shares of Brindle rose 6%. Goldman Sachs analyst Ravi Menon raised his price target.");

        Assert.True(Has(result, "Lena Ortiz", "ceo_of", "Brindle"), Describe(result));
        Assert.True(Has(result, "Arcway Systems", "part_of", "Brindle"), Describe(result));
        Assert.True(Has(result, "Ravi Menon", "works_at", "Goldman Sachs"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Shares of Brindle"));
    }
    [Fact]
    public void DepartureNews_WhoLeftToStartALab_AndWhereOthersWent()
    {
        var result = Extract("Nadia Brandt, who ran the perception team at Meta for five years, has left the company to start her own lab, Kestrel Vision, she said on Monday. "
            + "Kestrel, based in Munich, has raised $30 million in seed funding from Lakestar. Brandt will be chief executive. "
            + "She is the second researcher to leave Meta this year, after Omar Sayed, who went to Anthropic.");

        Assert.True(Has(result, "Nadia Brandt", "former_employee_of", "Meta"), Describe(result));
        Assert.True(Has(result, "Nadia Brandt", "founder_of", "Kestrel Vision"), Describe(result));
        Assert.True(Has(result, "Nadia Brandt", "ceo_of", "Kestrel Vision"), Describe(result));
        Assert.True(Has(result, "Omar Sayed", "works_at", "Anthropic"), Describe(result));
    }

    [Fact]
    public void ChinesePartnershipNews_CarmakerItsCarAndItsOwner()
    {
        var result = Extract("合肥车企江淮远航与上海人工智能公司澜舟智能签署战略合作协议。江淮远航计划在明年上市的纯电SUV“远航S9”上首发该模型。"
            + "江淮远航则是安徽省国资委控股的企业。澜舟智能联合创始人兼CTO苏念之此前在科大讯飞负责研发。澜舟智能的语音模型“听潮”表现突出。");

        Assert.True(Has(result, "江淮远航", "located_in", "合肥"), Describe(result));
        Assert.True(Has(result, "澜舟智能", "located_in", "上海"), Describe(result));
        Assert.True(Has(result, "江淮远航", "part_of", "安徽省国资委"), Describe(result));
        Assert.True(Has(result, "听潮", "product_of", "澜舟智能"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("上海人工智能公司"));
    }
    [Fact]
    public void ChineseExpansionNews_DescribedSubjectCarriesItsChain()
    {
        var result = Extract("11月3日，杭州大模型公司澜图智能宣布在沙特利雅得设立中东总部，并与利雅得人工智能公司Q7签署合作备忘录。"
            + "此次负责中东业务的是公司副总裁周岚。公司旗下的翻译模型“澜译”已支持阿拉伯语。澜图智能曾获得百度风投的投资。"
            + "澜图智能计划明年在德国柏林设立欧洲研发中心。");

        Assert.True(Has(result, "澜图智能", "located_in", "杭州"), Describe(result));
        Assert.True(Has(result, "澜图智能", "located_in", "利雅得"), Describe(result));
        Assert.False(Has(result, "澜图智能", "located_in", "柏林"), Describe(result));
        Assert.True(Has(result, "澜图智能", "partner_of", "Q7"), Describe(result));
        Assert.True(Has(result, "周岚", "works_at", "澜图智能"), Describe(result));
        Assert.True(Has(result, "澜译", "product_of", "澜图智能"), Describe(result));
        Assert.True(Has(result, "百度风投", "invests_in", "澜图智能"), Describe(result));
    }

    [Fact]
    public void ProductReview_GlassesAFirmBuiltWithAnother()
    {
        var result = Extract("Lumo Optics, the Austin startup founded by former Google designer Ada Kim, began selling its first smart glasses, the Lumo Air, on Monday. "
            + "The glasses run a speech model that Lumo built with Speechmatics.");

        Assert.True(Has(result, "Lumo Air", "product_of", "Lumo Optics"), Describe(result));
        Assert.True(Has(result, "Ada Kim", "former_employee_of", "Google"), Describe(result));
        Assert.True(Has(result, "Lumo Optics", "partner_of", "Speechmatics"), Describe(result));
    }

    [Fact]
    public void ChineseResearchNews_LabByItsKind_StudentsAndATimedClauseOfTheChain()
    {
        var result = Extract("浙江大学智能计算实验室与杭州机器人公司云踪科技联合发布了一套导航数据集。"
            + "论文作者包括浙江大学硕士生林一帆，实验室主任周慕白教授负责指导。"
            + "云踪科技总部位于杭州，由前华为工程师沈立群创立，去年10月完成了由高瓴创投领投的天使轮融资。");

        Assert.True(Has(result, "浙江大学智能计算实验室", "partner_of", "云踪科技"), Describe(result));
        Assert.True(Has(result, "林一帆", "affiliated_with", "浙江大学"), Describe(result));
        Assert.True(Has(result, "周慕白", "leads", "浙江大学智能计算实验室"), Describe(result));
        Assert.True(Has(result, "沈立群", "founder_of", "云踪科技"), Describe(result));
        Assert.True(Has(result, "高瓴创投", "invests_in", "云踪科技"), Describe(result));
    }

    [Fact]
    public void RestructuringNews_SupplierInvestorsAndTheHeadOfAnUnnamedUnit()
    {
        var result = Extract("Brellin Robotics said it would sell its battery unit to Voltic Energy. "
            + "The unit, which built the packs used in Brellin's Trek robots, will move to Voltic's plant in Reno. Its head, Mara Quint, will join Voltic as a director. "
            + "Brellin has raised more than $90 million from investors including Lux Capital and Khosla Ventures, and it will keep buying battery packs from Voltic. "
            + "Co-founder Ivo Stern left the firm in 2023 and now runs a drone startup, Skylark.");

        Assert.True(Has(result, "Mara Quint", "works_at", "Voltic Energy"), Describe(result));
        Assert.False(Has(result, "Mara Quint", "leads", "Brellin Robotics"), Describe(result));
        Assert.True(Has(result, "Lux Capital", "invests_in", "Brellin Robotics"), Describe(result));
        Assert.True(Has(result, "Khosla Ventures", "invests_in", "Brellin Robotics"), Describe(result));
        Assert.True(Has(result, "Ivo Stern", "leads", "Skylark"), Describe(result));
    }

    [Fact]
    public void ChineseChipNews_ItsChipGoesIntoACarmakersCar_AndTheInvestorsItLists()
    {
        var result = Extract("10月9日，合肥芯片公司启明微电子宣布，其自研的车载语音芯片“启声S2”已开始量产，将首发于江淮汽车新款轿车“江淮星驰”。"
            + "启明微电子去年完成了B轮融资，投资方包括合肥产投、蔚来资本和深创投。");

        Assert.True(Has(result, "启声S2", "product_of", "启明微电子"), Describe(result));
        Assert.True(Has(result, "江淮星驰", "product_of", "江淮汽车"), Describe(result));
        Assert.True(Has(result, "启明微电子", "partner_of", "江淮汽车"), Describe(result));
        Assert.True(Has(result, "合肥产投", "invests_in", "启明微电子"), Describe(result));
        Assert.True(Has(result, "蔚来资本", "invests_in", "启明微电子"), Describe(result));
    }

    [Fact]
    public void ContractNews_AwardRivalsBeatenFoundersWithWhatTheyWereAndAnApposedTitle()
    {
        var result = Extract("The U.S. Army has awarded Ridgeline Robotics a three-year, $90 million contract for its logistics trucks. "
            + "Ridgeline, a Pittsburgh company founded in 2020 by former Boeing engineer Hana Lutz and Coast Guard veteran Owen Pryce, beat Forterra and Overland AI for the award. "
            + "Its driving software, called Atlas Drive, runs on every truck. \"We are ready,\" Lutz, the chief executive, said. "
            + "The company will open a new office in Huntsville. In June it hired Ravi Nair, who spent a decade at Caterpillar.");

        Assert.True(Has(result, "Ridgeline Robotics", "partner_of", "U.S. Army") || Has(result, "U.S. Army", "partner_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Hana Lutz", "cofounder_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Owen Pryce", "cofounder_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Hana Lutz", "former_employee_of", "Boeing"), Describe(result));
        Assert.True(Has(result, "Ridgeline Robotics", "competitor_of", "Forterra") || Has(result, "Forterra", "competitor_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Atlas Drive", "product_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Hana Lutz", "ceo_of", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Ridgeline Robotics", "located_in", "Huntsville"), Describe(result));
        Assert.True(Has(result, "Ravi Nair", "works_at", "Ridgeline Robotics"), Describe(result));
        Assert.True(Has(result, "Ravi Nair", "former_employee_of", "Caterpillar"), Describe(result));
    }

    [Fact]
    public void ChineseProfile_ShortFormOfAFirmNamedByItsTrade_AndTalksThatAreNoPartnership()
    {
        var result = Extract("墨岚智能是一家总部位于无锡的工业视觉公司。墨岚去年推出了质检模型“墨瞳”，并完成了由启明创投领投的A轮融资。"
            + "墨岚正在和西门子洽谈合作。");

        Assert.True(Has(result, "墨岚智能", "located_in", "无锡"), Describe(result));
        Assert.True(Has(result, "墨瞳", "product_of", "墨岚智能"), Describe(result));
        Assert.True(Has(result, "启明创投", "invests_in", "墨岚智能"), Describe(result));
        Assert.False(Has(result, "墨岚智能", "partner_of", "西门子") || Has(result, "西门子", "partner_of", "墨岚智能"), Describe(result));
    }

    [Fact]
    public void NewsRoundup_FirstCustomerFounderLastYearCareerAtAFirmAndBackersOfAPluralName()
    {
        var result = Extract("Quillon, a Dublin startup that builds audit agents, raised $12 million. Deutsche Bank is its first customer. "
            + "Quillon was founded last year by Nora Feeney, who ran credit models at Allianz for six years. "
            + "Harbor Labs' backers include Index Ventures and Seedcamp.");

        Assert.True(Has(result, "Deutsche Bank", "partner_of", "Quillon") || Has(result, "Quillon", "partner_of", "Deutsche Bank"), Describe(result));
        Assert.True(Has(result, "Nora Feeney", "founder_of", "Quillon"), Describe(result));
        Assert.True(Has(result, "Nora Feeney", "former_employee_of", "Allianz"), Describe(result));
        Assert.True(Has(result, "Index Ventures", "invests_in", "Harbor Labs"), Describe(result));
        Assert.True(Has(result, "Seedcamp", "invests_in", "Harbor Labs"), Describe(result));
    }

    [Fact]
    public void ChineseSigningNews_DistrictShortFormFounderAfterWhatHeWasDeputyTitleAndAMovedHeadquarters()
    {
        var result = Extract("6月5日，杭州滨江高新区举行签约仪式。滨江高新区管委会副主任赵立平出席，并表示滨江高新区将提供三年补贴。"
            + "青枫机器人的创始人是前大疆创新硬件总监顾衡远。华瞳科技则把其研发总部从深圳迁至苏州。");

        var district = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("杭州滨江高新区"));
        Assert.Contains("滨江高新区", district.SurfaceForms);
        Assert.True(Has(result, "顾衡远", "founder_of", "青枫机器人"), Describe(result));
        Assert.True(Has(result, "顾衡远", "former_employee_of", "大疆创新"), Describe(result));
        Assert.True(Has(result, "赵立平", "works_at", "滨江高新区管委会"), Describe(result));
        Assert.False(Has(result, "赵立平", "leads", "滨江高新区管委会"), Describe(result));
        Assert.True(Has(result, "华瞳科技", "located_in", "苏州"), Describe(result));
    }

    [Fact]
    public void PolicyNews_BodyByItsHeadNounAndAProductAfterWhoseKind()
    {
        var result = Extract("The European Parliament approved the rules on Tuesday. Anna Berg, the Parliament's rapporteur, welcomed the vote. "
            + "Lexa Health, whose triage app Beacon sorts patients, said it would comply.");

        Assert.Single(result.Entities, e => e.SurfaceForms.Contains("European Parliament"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Parliament") && !e.SurfaceForms.Contains("European Parliament"));
        Assert.True(Has(result, "Beacon", "product_of", "Lexa Health"), Describe(result));
    }

    [Fact]
    public void ChinesePermitNews_FoundersAfterALongDescriptionAJointVentureAndAVehicleProduct()
    {
        var result = Extract("途岚科技成立于2021年，由前华为智能汽车解决方案部门负责人叶知行和浙江大学控制学院副教授孔骁联合创立。"
            + "公司的无人清扫车“途岚S3”已在杭州试运营。途岚科技已与上汽成立合资公司。");

        Assert.True(Has(result, "叶知行", "cofounder_of", "途岚科技"), Describe(result));
        Assert.True(Has(result, "孔骁", "cofounder_of", "途岚科技"), Describe(result));
        Assert.True(Has(result, "途岚S3", "product_of", "途岚科技"), Describe(result));
        Assert.True(Has(result, "途岚科技", "partner_of", "上汽") || Has(result, "上汽", "partner_of", "途岚科技"), Describe(result));
    }

    [Fact]
    public void PaperNews_QuotedTitleItsAuthorsAfterTheirPostsAndTheUniversitysCentre()
    {
        var result = Extract("Researchers at Princeton University and Cohere have published a new study. "
            + "The study, \"Slow Thinking Pays,\" was led by Princeton PhD student Mira Shah and co-authored by Cohere engineer Tom Ade and Princeton professor Ruth Blum, "
            + "who directs the university's Center for Language Science. The team fine-tuned Cohere's open Aya 2 model.");

        Assert.True(Has(result, "Mira Shah", "author_of", "Slow Thinking Pays"), Describe(result));
        Assert.True(Has(result, "Tom Ade", "author_of", "Slow Thinking Pays"), Describe(result));
        Assert.True(Has(result, "Mira Shah", "affiliated_with", "Princeton University"), Describe(result));
        Assert.True(Has(result, "Ruth Blum", "leads", "Center for Language Science"), Describe(result));
        Assert.True(Has(result, "Center for Language Science", "part_of", "Princeton University"), Describe(result));
        Assert.True(Has(result, "Aya 2", "product_of", "Cohere"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("PhD"));
    }

    [Fact]
    public void IncidentNews_EverydayWordFirmItsProviderRivalsByDomainAndFoundersWhoWereColleagues()
    {
        var result = Extract("Lantern, the expense-software startup, said hackers broke into an account at its hosting provider, Netlify. "
            + "The intrusion was spotted by security firm Huntress. The company has hired Mandiant to investigate. "
            + "Lantern, based in Denver, was founded in 2020 by sisters Ana and Lea Moss, both former engineers at Stripe. "
            + "It raised $15 million last year from Foundry Group. Its main rivals are Ramp.com and Brex.io.");

        Assert.True(Has(result, "Lantern", "partner_of", "Netlify") || Has(result, "Netlify", "partner_of", "Lantern"), Describe(result));
        Assert.True(Has(result, "Lantern", "located_in", "Denver"), Describe(result));
        Assert.True(Has(result, "Lea Moss", "cofounder_of", "Lantern"), Describe(result));
        Assert.True(Has(result, "Lea Moss", "former_employee_of", "Stripe"), Describe(result));
        Assert.True(Has(result, "Foundry Group", "invests_in", "Lantern"), Describe(result));
        Assert.True(Has(result, "Lantern", "competitor_of", "Ramp.com") || Has(result, "Ramp.com", "competitor_of", "Lantern"), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Huntress"));
    }

    [Fact]
    public void ChineseComputeDeal_UnitDescribedUnderItsOwnerAndWhereTheFoundersStartedIt()
    {
        var result = Extract("深度曜石近日与阿里巴巴旗下云计算平台阿里云签署协议，租用一个算力集群。深度曜石由林知夏于2024年在杭州创立。");

        Assert.True(Has(result, "阿里云", "part_of", "阿里巴巴"), Describe(result));
        Assert.True(Has(result, "深度曜石", "partner_of", "阿里云") || Has(result, "阿里云", "partner_of", "深度曜石"), Describe(result));
        Assert.True(Has(result, "深度曜石", "located_in", "杭州"), Describe(result));
    }

    [Fact]
    public void ChineseHospitalNews_DepartmentHeadLeadsTheDepartmentAndAPostHeldBeforeNamesItsFirm()
    {
        var result = Extract("青禾医院心内科主任周立言表示，新设备提高了效率。王明曾任星河智能首席科学家。");

        // A post in a unit goes to the unit (the articles' convention), and the department is the hospital's.
        Assert.True(Has(result, "周立言", "leads", "青禾医院心内科"), Describe(result));
        Assert.True(Has(result, "青禾医院心内科", "part_of", "青禾医院"), Describe(result));
        Assert.False(Has(result, "周立言", "leads", "青禾医院"), Describe(result));
        Assert.True(Has(result, "王明", "former_employee_of", "星河智能"), Describe(result));
    }

    [Fact]
    public void DataCentreNews_BackerInAnAsideUtilityByItsKindLendersAndWorkDoneBefore()
    {
        var result = Extract("Cobalt Robotics, the warehouse automation company backed by Index Ventures, broke ground on a plant. "
            + "Cobalt Robotics signed a ten-year contract with the utility Granite Power. "
            + "Cobalt Robotics raised $500 million in debt from a group of lenders led by Apollo Global. "
            + "Dana Ruiz joined Cobalt Robotics in 2022 after six years building data pipelines at Palantir Technologies.");

        Assert.True(Has(result, "Index Ventures", "invests_in", "Cobalt Robotics"), Describe(result));
        Assert.True(Has(result, "Cobalt Robotics", "partner_of", "Granite Power") || Has(result, "Granite Power", "partner_of", "Cobalt Robotics"), Describe(result));
        Assert.True(Has(result, "Apollo Global", "invests_in", "Cobalt Robotics"), Describe(result));
        Assert.True(Has(result, "Dana Ruiz", "former_employee_of", "Palantir Technologies"), Describe(result));
    }

    [Fact]
    public void ChineseChipNews_FoundryCustomersSigningCeremonyAndADescriptionBeforeTheName()
    {
        var result = Extract("灵汐芯片成立于2021年。公司的首款芯片已经由台积电完成流片，首批客户包括小米和联想。"
            + "南京大学与南京芯片公司紫峰微电子在仙林校区举行签约仪式。江苏省工业和信息化厅副厅长孙立新出席了活动。");

        Assert.True(Has(result, "台积电", "partner_of", "灵汐芯片"), Describe(result));
        Assert.True(Has(result, "灵汐芯片", "partner_of", "小米") && Has(result, "灵汐芯片", "partner_of", "联想"), Describe(result));
        Assert.True(Has(result, "南京大学", "partner_of", "紫峰微电子"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("南京芯片公司紫峰微电子"));
        Assert.True(Has(result, "孙立新", "works_at", "江苏省工业和信息化厅"), Describe(result));
    }

    [Fact]
    public void MemoNews_TitleAfterAnOpeningPhraseFounderWithALabmateAndADivisionAfterIts()
    {
        var result = Extract("Corvane Systems makes drones. In a letter to staff, chief executive Maria Lopez said the company would hire fewer people. "
            + "Maria Lopez founded Corvane Systems in 2019 with her former Stanford labmate Omar Haddad. "
            + "Corvane Systems will fold its drone division, Corvane Air, into research. "
            + "The post went to Rita Chen, previously a director at Honeywell International.");

        Assert.True(Has(result, "Maria Lopez", "ceo_of", "Corvane Systems"), Describe(result));
        Assert.True(Has(result, "Omar Haddad", "cofounder_of", "Corvane Systems"), Describe(result));
        Assert.True(Has(result, "Corvane Air", "part_of", "Corvane Systems"), Describe(result));
        Assert.True(Has(result, "Rita Chen", "former_employee_of", "Honeywell International"), Describe(result));
    }

    [Fact]
    public void ChineseResultsNews_ChainedTitlesCustomersSystemsASpunOffUnitAJointCentreAndAShareholder()
    {
        var result = Extract("星垣智能成立于2019年，总部位于杭州。8月20日，星垣智能公布了上半年业绩。"
            + "董事长兼首席执行官韩北川在业绩会上介绍，公司自研的“织云”大模型目前已接入浙商银行和杭州银行的信贷系统。"
            + "首席科学家沈若溪同时领导星垣智能与浙江大学合办的智能金融研究中心。"
            + "公司还将旗下语音业务分拆为独立子公司“星垣声学”，由原副总裁赵平和出任总经理。"
            + "星垣智能的主要对手包括同花顺和恒生电子。阿里巴巴是公司第一大股东。");

        Assert.True(Has(result, "韩北川", "ceo_of", "星垣智能"), Describe(result));
        Assert.True(Has(result, "织云", "product_of", "星垣智能"), Describe(result));
        Assert.True(Has(result, "星垣智能", "partner_of", "浙商银行"), Describe(result));
        Assert.True(Has(result, "星垣智能", "partner_of", "杭州银行"), Describe(result));
        Assert.True(Has(result, "沈若溪", "leads", "智能金融研究中心"), Describe(result));
        Assert.False(Has(result, "沈若溪", "leads", "星垣智能"), Describe(result));
        Assert.True(Has(result, "智能金融研究中心", "part_of", "浙江大学"), Describe(result));
        Assert.True(Has(result, "星垣声学", "part_of", "星垣智能"), Describe(result));
        Assert.True(Has(result, "赵平和", "works_at", "星垣智能"), Describe(result));
        Assert.True(Has(result, "星垣智能", "competitor_of", "恒生电子"), Describe(result));
        Assert.True(Has(result, "阿里巴巴", "invests_in", "星垣智能"), Describe(result));
    }

    [Fact]
    public void LawsuitNews_FirmBehindAProductANovelistsBookALawFirmsPartnerAndOnlyTheLastFounderFormerlyElsewhere()
    {
        var result = Extract("Three illustrators sued Pellucid on Tuesday. Pellucid, the Austin startup behind the design assistant Lumen, denied the claims. "
            + "Lead plaintiff Nora Whitfield, whose memoir \"Paper Boats\" sold widely, spoke to reporters. "
            + "The artists hired the law firm Castell Roe, whose partner Imani Brooks has sued other AI firms. "
            + "Pellucid was founded in 2022 by Arjun Mehta and Lena Falk, a former designer at Adobe. "
            + "Pellucid spokesperson Hugo Lind declined to comment.");

        Assert.True(Has(result, "Lumen", "product_of", "Pellucid"), Describe(result));
        Assert.True(Has(result, "Nora Whitfield", "author_of", "Paper Boats"), Describe(result));
        Assert.True(Has(result, "Imani Brooks", "works_at", "Castell Roe"), Describe(result));
        Assert.True(Has(result, "Lena Falk", "former_employee_of", "Adobe"), Describe(result));
        Assert.False(Has(result, "Arjun Mehta", "former_employee_of", "Adobe"), Describe(result));
        Assert.True(Has(result, "Hugo Lind", "works_at", "Pellucid"), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("spokesperson", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseFounderProfile_FoundedWithAStudentAFirstProductAfterACommaAndAPostTakenAfterLeavingAnotherFirm()
    {
        var result = Extract("2021年，陆知微离开研究所，与他的第一位博士生杭以诺在无锡共同创办了万象机器人。"
            + "公司专注于仓储机器人，第一款产品“万象A1”已在多家工厂部署。"
            + "前小米硬件总监程望川则在今年加入，出任首席运营官。");

        Assert.True(Has(result, "陆知微", "cofounder_of", "万象机器人"), Describe(result));
        Assert.True(Has(result, "杭以诺", "cofounder_of", "万象机器人"), Describe(result));
        Assert.True(Has(result, "万象机器人", "located_in", "无锡"), Describe(result));
        Assert.True(Has(result, "万象A1", "product_of", "万象机器人"), Describe(result));
        Assert.True(Has(result, "程望川", "works_at", "万象机器人"), Describe(result));
        Assert.True(Has(result, "程望川", "former_employee_of", "小米"), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text == "程望川则");
    }

    [Fact]
    public void AcquisitionRelease_DatelineWhatTheFirmSaidItAgreedToSpinOutFoundersAdvisersAndBackers()
    {
        var result = Extract("DENVER, Colo. — Halvorsen Medical Group, which runs 30 clinics in the Mountain West, said on Monday it had agreed to buy Tessellate Labs. "
            + "Tessellate's main product, WardSense, predicts patient falls. "
            + "Tessellate was spun out of Brown University in 2020 by statistician Mira Okonkwo and nurse Paul Dery. "
            + "Okonkwo will become Halvorsen's chief data officer. "
            + "Tessellate's investors, among them Lux Capital and Felicis, will be paid in cash. Moelis & Company advised Halvorsen; Tessellate was advised by Evercore.");

        Assert.Contains(result.Mentions, m => m is { Text: "DENVER", Type: EntityType.Location });
        Assert.True(Has(result, "Tessellate Labs", "part_of", "Halvorsen Medical Group"), Describe(result));
        Assert.True(Has(result, "WardSense", "product_of", "Tessellate Labs"), Describe(result));
        Assert.True(Has(result, "Tessellate Labs", "affiliated_with", "Brown University"), Describe(result));
        Assert.True(Has(result, "Mira Okonkwo", "cofounder_of", "Tessellate Labs"), Describe(result));
        Assert.True(Has(result, "Paul Dery", "cofounder_of", "Tessellate Labs"), Describe(result));
        Assert.True(Has(result, "Mira Okonkwo", "works_at", "Halvorsen Medical Group"), Describe(result));
        Assert.True(Has(result, "Lux Capital", "invests_in", "Tessellate Labs"), Describe(result));
        Assert.True(Has(result, "Felicis", "invests_in", "Tessellate Labs"), Describe(result));
        Assert.True(Has(result, "Moelis & Company", "partner_of", "Halvorsen Medical Group"), Describe(result));
        Assert.True(Has(result, "Evercore", "partner_of", "Tessellate Labs"), Describe(result));
        var halvorsen = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Halvorsen Medical Group"));
        Assert.Contains("Halvorsen", halvorsen.SurfaceForms);
    }

    [Fact]
    public void ChineseTransitNews_ProductsQuotedBeforeTheirKindAJointLabItsHeadAndAPostOnceHeldInAUnit()
    {
        var result = Extract("星河出行成立于2019年。公司自主研发的“驰远”驾驶系统已完成测试，乘客可以通过“星河行”App预约乘车。"
            + "公司还与东南大学共建了智慧交通联合实验室，由东南大学教授黎一帆担任实验室主任。"
            + "创始人林舟曾任华为智能汽车解决方案事业部技术总监。");

        Assert.True(Has(result, "驰远", "product_of", "星河出行"), Describe(result));
        Assert.Contains(result.Mentions, m => m is { Text: "星河行", Type: EntityType.Product });
        Assert.True(Has(result, "星河出行", "partner_of", "东南大学"), Describe(result));
        Assert.True(Has(result, "黎一帆", "leads", "智慧交通联合实验室"), Describe(result));
        Assert.True(Has(result, "林舟", "former_employee_of", "华为智能汽车解决方案事业部"), Describe(result));
        Assert.True(Has(result, "华为智能汽车解决方案事业部", "part_of", "华为"), Describe(result));
    }

    [Fact]
    public void PodcastTranscript_AFirmStartedWithACoFounderCustomersOnItsClustersAndAVentureArm()
    {
        var result = Extract("HOST: My guest is Ana Ferris, the chief executive of Quorum Compute.\n\n"
            + "ANA FERRIS: I left Intel in 2021 to start Quorum with my co-founder, Ben Ito. Anthropic and Cohere both train on our clusters. "
            + "We raised money from Accel, with Samsung's venture arm Samsung Catalyst Fund also taking part.");

        Assert.True(Has(result, "Ben Ito", "cofounder_of", "Quorum Compute"), Describe(result));
        Assert.False(Has(result, "Ben Ito", "cofounder_of", "Intel"), Describe(result));
        Assert.True(Has(result, "Anthropic", "partner_of", "Quorum Compute"), Describe(result));
        Assert.True(Has(result, "Samsung Catalyst Fund", "part_of", "Samsung"), Describe(result));
        Assert.Contains(result.Mentions, m => m is { Text: "Accel", Type: EntityType.Organization });
    }

    [Fact]
    public void ChineseForumNews_FirmsListedBeforeTheirKindAUniversityNamedByRegionAndFieldAndAnAlliancesMembers()
    {
        var result = Extract("论坛上，星海科技、云脉动力和岩芯智能等五家企业发布了新品。"
            + "东海科技大学副校长林晨在论坛上表示，数据是最大的瓶颈。"
            + "协会明年将牵头成立智能制造产业联盟，首批成员单位包括小米、大疆和浙江大学。");

        Assert.Contains(result.Mentions, m => m is { Text: "云脉动力", Type: EntityType.Organization });
        Assert.Contains(result.Mentions, m => m is { Text: "岩芯智能", Type: EntityType.Organization });
        Assert.True(Has(result, "林晨", "works_at", "东海科技大学"), Describe(result));
        Assert.True(Has(result, "大疆", "member_of", "智能制造产业联盟"), Describe(result));
        Assert.True(Has(result, "浙江大学", "member_of", "智能制造产业联盟"), Describe(result));
    }

    [Fact]
    public void RegulatorNews_APublicBodyNamedWithAndItsInitialsAStakeAndAFamilyOfModels()
    {
        var result = Extract("Ireland's Data Protection and Privacy Commission said on Friday it would review Oracle's $500 million stake in Corvid Labs. "
            + "Corvid Labs, founded in 2020 by Mara Quinn, makes the Lark family of models. The DPPC will decide by March.");

        var body = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Data Protection and Privacy Commission"));
        Assert.Contains("DPPC", body.SurfaceForms);
        Assert.True(Has(result, "Data Protection and Privacy Commission", "located_in", "Ireland"), Describe(result));
        Assert.True(Has(result, "Oracle", "invests_in", "Corvid Labs"), Describe(result));
        Assert.True(Has(result, "Lark", "product_of", "Corvid Labs"), Describe(result));
        Assert.Contains(result.Mentions, m => m is { Text: "Lark", Type: EntityType.Product });
    }

    [Fact]
    public void ChineseExecutiveMoves_FormerFirmBeforeATitleJoiningToTakeAPostReportingToTheFounderAnAppointmentAndTeaching()
    {
        var result = Extract("云栈科技成立于2020年。前澜图智能首席技术官何远舟已正式加入云栈科技，担任首席架构师，向创始人兼CEO沈一鸣汇报。"
            + "公司董事会宣布，任命原百度副总裁钱若水为总裁。联合创始人陆衡将回到浙江大学计算机学院任教。");

        Assert.Contains(result.Mentions, m => m is { Text: "澜图智能", Type: EntityType.Organization });
        Assert.True(Has(result, "何远舟", "former_employee_of", "澜图智能"), Describe(result));
        Assert.True(Has(result, "何远舟", "works_at", "云栈科技"), Describe(result));
        Assert.True(Has(result, "沈一鸣", "ceo_of", "云栈科技"), Describe(result));
        Assert.True(Has(result, "钱若水", "works_at", "云栈科技"), Describe(result));
        Assert.True(Has(result, "钱若水", "former_employee_of", "百度"), Describe(result));
        Assert.True(Has(result, "陆衡", "works_at", "浙江大学计算机学院"), Describe(result));
    }

    [Fact]
    public void UniversityLabNews_TheUniversitysLabItsHeadAfterHerTitleWhereSheCameFromAndAResearchInstituteWhole()
    {
        var result = Extract("Researchers at the Rensselaer Polytechnic Institute released a dataset. It was built by the university's Vision Systems Lab, "
            + "led by assistant professor Amara Diallo, who joined Rensselaer Polytechnic Institute from Cornell University in 2019. "
            + "Her co-author, Ken Sato, is a scientist at Honda Research Institute.");

        Assert.True(Has(result, "Vision Systems Lab", "part_of", "Rensselaer Polytechnic Institute"), Describe(result));
        Assert.True(Has(result, "Amara Diallo", "leads", "Vision Systems Lab"), Describe(result));
        Assert.True(Has(result, "Amara Diallo", "former_employee_of", "Cornell University"), Describe(result));
        Assert.Contains(result.Mentions, m => m is { Text: "Honda Research Institute", Type: EntityType.Organization });
    }

    [Fact]
    public void ShortFormOfTwoNames_GoesToTheOneItsHeadNounShortens()
    {
        var result = Extract("Corvane AI builds drones. Its division Corvane Motion makes motors. Corvane said sales rose.");

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Corvane AI"));
        Assert.Contains("Corvane", firm.SurfaceForms);
    }
    [Fact]
    public void SurnameWithItsParticleOpeningASentence_IsTheSamePerson_AndTheFounderWithThemIsACoFounder()
    {
        var result = Extract("Tidewell Analytics hired Marieke van Dam as finance chief. Van Dam started the company in Utrecht in 2017 with Joris Bakker, now its chief technology officer.");

        Assert.Single(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Van Dam") && e.SurfaceForms.Contains("Marieke van Dam"));
        Assert.True(Has(result, "Joris Bakker", "cofounder_of", "Tidewell Analytics"), Describe(result));
        Assert.True(Has(result, "Joris Bakker", "works_at", "Tidewell Analytics"), Describe(result));
        Assert.True(Has(result, "Tidewell Analytics", "located_in", "Utrecht"), Describe(result));
    }

    [Fact]
    public void BackersListed_EndBeforeAVerbAboutTheNextName()
    {
        var result = Extract("Quarrystone, the mapping company backed by Balderton Capital, has hired Ruth Okafor as its head of data.");

        Assert.True(Has(result, "Balderton Capital", "invests_in", "Quarrystone"), Describe(result));
        Assert.False(Has(result, "Ruth Okafor", "invests_in", "Quarrystone"), Describe(result));
    }

    [Fact]
    public void RivalsListedWithWhereTheyAreBasedAndWhatTheyAre_AreEachARival_AndTheirFoundersJoiningIsNotTheFirms()
    {
        var result = Extract("Corvane Robotics sells inspection drones. Its rivals include Munich-based Skyloft and the Canadian company Dronetic, whose founders joined Airbus in 2023.");

        Assert.True(Has(result, "Corvane Robotics", "competitor_of", "Skyloft") || Has(result, "Skyloft", "competitor_of", "Corvane Robotics"), Describe(result));
        Assert.True(Has(result, "Corvane Robotics", "competitor_of", "Dronetic") || Has(result, "Dronetic", "competitor_of", "Corvane Robotics"), Describe(result));
        Assert.True(Has(result, "Skyloft", "located_in", "Munich"), Describe(result));
        Assert.False(Has(result, "Corvane Robotics", "located_in", "Munich"), Describe(result));
        Assert.False(Has(result, "Dronetic", "affiliated_with", "Airbus"), Describe(result));
    }

    [Fact]
    public void ThePilotIsSignedByTheFirmNamedLastBeforeTheVerb()
    {
        var result = Extract("Ferrowind Systems builds wind turbines. Ferrowind's turbines already power sites for Nordvik Energy, and the company recently signed a pilot with Kestrel Grid.");

        Assert.False(Has(result, "Nordvik Energy", "partner_of", "Kestrel Grid") || Has(result, "Kestrel Grid", "partner_of", "Nordvik Energy"), Describe(result));
        Assert.True(Has(result, "Ferrowind Systems", "partner_of", "Kestrel Grid") || Has(result, "Kestrel Grid", "partner_of", "Ferrowind Systems"), Describe(result));
    }

    [Fact]
    public void WhereSomeoneStudied_IsAnAffiliation_InBothLanguages()
    {
        var english = Extract("Priya Natarajan joined Lumora Labs last year. Before that she earned her PhD at Imperial College London.");
        var chinese = Extract("星澜智能首席科学家邵一鸣毕业于浙江大学，此前在阿里巴巴工作。");

        Assert.True(Has(english, "Priya Natarajan", "affiliated_with", "Imperial College London"), Describe(english));
        Assert.True(Has(chinese, "邵一鸣", "affiliated_with", "浙江大学"), Describe(chinese));
    }

    [Fact]
    public void EncyclopediaEntrysPerson_IsTheSubjectOfItsCareerSections()
    {
        var result = Extract("# 韩望舒\n\n韩望舒，1980年出生于浙江省宁波市，中国计算机科学家。\n\n| 项目 | 内容 |\n|---|---|\n| 中文名 | 韩望舒 |\n\n"
            + "## 人物经历\n\n2008年，获香港科技大学计算机系博士学位，同年加入微软亚洲研究院。\n\n2014年，离开微软亚洲研究院，加入百度研究院。\n");

        Assert.True(Has(result, "韩望舒", "affiliated_with", "香港科技大学计算机系"), Describe(result));
        Assert.True(Has(result, "韩望舒", "former_employee_of", "微软亚洲研究院"), Describe(result));
    }

    [Theory]
    [InlineData("2001年，韩望舒考入复旦大学计算机科学技术学院，四年后本科毕业。", "韩望舒", "复旦大学计算机科学技术学院")]
    [InlineData("2012年，韩望舒获香港科技大学计算机系博士学位，随后加入腾讯。", "韩望舒", "香港科技大学计算机系")]
    public void EnteringASchoolOrTakingItsDegree_IsAnAffiliation(string text, string person, string school)
    {
        var result = Extract(text);

        Assert.True(Has(result, person, "affiliated_with", school), Describe(result));
    }

    [Fact]
    public void CompanyBeforeAJointTitleOfItsCoFounder_IsTheFirmTheTextIsAbout()
    {
        var result = Extract("云岫科技今天发布了新一代视觉芯片。公司联合创始人、首席技术官魏子衡介绍，芯片已开始量产。");

        Assert.True(Has(result, "魏子衡", "cofounder_of", "云岫科技"), Describe(result));
        Assert.True(Has(result, "魏子衡", "works_at", "云岫科技"), Describe(result));
    }
    [Fact]
    public void InterviewTurn_WhatTheSpeakerSaysIsAboutWhatTheyName_AndAnInterviewersBoldQuestionNamesNobody()
    {
        var result = Extract("""
            # 对话云笺科技创始人邱牧之

            云笺科技是一家总部位于西安的办公软件公司。本刊专访了公司创始人兼首席执行官邱牧之。

            **记者：公司最近有什么进展？**

            邱牧之：今年5月我们完成了1亿元天使轮融资，由高榕创投领投，老股东九合创投跟投。我们的首席架构师是韩冬青。
            """);

        Assert.True(Has(result, "邱牧之", "ceo_of", "云笺科技"), Describe(result));
        Assert.True(Has(result, "高榕创投", "invests_in", "云笺科技"), Describe(result));
        Assert.True(Has(result, "九合创投", "invests_in", "云笺科技"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("进展", StringComparison.Ordinal) || e.Name.StartsWith("我们", StringComparison.Ordinal));
    }

    [Fact]
    public void DatelineThenTheCountrysInstitute_AreTwoNames_AndWhereAFirmIsBasedAndWhoBacksItAreBothRead()
    {
        var result = Extract("BERLIN — The German Climate Data Institute said on Monday it had signed agreements with Helioform and Windspur. Helioform, which is based in Hamburg and backed by Siemens, welcomed the deal.");

        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("The ", StringComparison.Ordinal));
        Assert.True(Has(result, "Helioform", "located_in", "Hamburg"), Describe(result));
        Assert.True(Has(result, "Siemens", "invests_in", "Helioform"), Describe(result));
    }

    [Fact]
    public void OwnersPossessiveBeforeANamedUnit_KeepsTheTwoNamesApart()
    {
        var result = Extract("Earlier this year Japan's Robotics Safety Council published its first audit of warehouse robots.");

        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void FirmsCloudNamedBeforeOn_IsItsUnit()
    {
        var result = Extract("训练放在阿里云上，推理放在华为云上。");

        Assert.Contains(result.Entities, e => e.Name == "华为云" || e.SurfaceForms.Contains("华为云"));
    }
    [Fact]
    public void TheInstitute_IsTheInstituteNamedLast_AndResearchAtANameIsWorkAtAFirm()
    {
        var result = Extract("Rosa Lind joined the Northgate Institute for Energy Policy in March. The institute, part of the Vanterra Foundation, studies grid storage. She had led battery research at Voltaro for a decade.");

        Assert.True(Has(result, "Northgate Institute for Energy Policy", "part_of", "Vanterra Foundation"), Describe(result));
        Assert.Contains(result.Entities, e => e.Name == "Voltaro" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void TheCommittee_IsTheCommitteeNamedLast_EvenParagraphsBefore()
    {
        var result = Extract("The bill went to the House Energy Committee on Monday.\n\nLobbyists spent the week in the capital. Several utilities wrote letters.\n\n"
            + "Representative Dana Brook, a Republican from Kansas who chairs the committee, set a vote for June. Representative Luis Ortega of Texas, the committee's ranking Democrat, opposed it.");

        Assert.True(Has(result, "Dana Brook", "leads", "House Energy Committee"), Describe(result));
        Assert.True(Has(result, "Luis Ortega", "member_of", "House Energy Committee"), Describe(result));
    }

    [Fact]
    public void SheAfterASentenceNamingNobody_IsThePersonNamedBefore_AndWhatHappenedToHerFirmAndHerIsRead()
    {
        var result = Extract("Ana Ruiz studied chemistry at the University of Leeds. Her thesis was on batteries. It was cited widely. "
            + "In 2016 she co-founded Tallis Labs. Tallis Labs was acquired by Siemens in 2022. Ruiz was elected a Fellow of the Royal Academy of Engineering in 2020.");

        Assert.True(Has(result, "Ana Ruiz", "affiliated_with", "University of Leeds"), Describe(result));
        Assert.True(Has(result, "Ana Ruiz", "cofounder_of", "Tallis Labs"), Describe(result));
        Assert.True(Has(result, "Tallis Labs", "part_of", "Siemens"), Describe(result));
        Assert.True(Has(result, "Ana Ruiz", "member_of", "Royal Academy of Engineering"), Describe(result));
    }

    [Fact]
    public void ChineseFirmsNamedByTheirCity_AndAFunctionsHead_AndAPartnerAfterAnAdverbOfTime()
    {
        var result = Extract("来自苏州的云栖科技发布了新模型，杭州的澄溪科技也推出了产品。云栖科技测试负责人韩立表示，云栖科技目前已与华东理工大学签署合作协议。");

        Assert.True(Has(result, "云栖科技", "located_in", "苏州"), Describe(result));
        Assert.True(Has(result, "澄溪科技", "located_in", "杭州"), Describe(result));
        Assert.True(Has(result, "韩立", "works_at", "云栖科技"), Describe(result));
        Assert.False(Has(result, "韩立", "leads", "云栖科技"), Describe(result));
        Assert.True(Has(result, "云栖科技", "partner_of", "华东理工大学"), Describe(result));
    }

    [Fact]
    public void IntelligentComputingEndsAFirmsName_BeforeItsFoundersTitle()
    {
        var result = Extract("星图智算创始人兼首席执行官林默此前在百度工作。");

        Assert.True(Has(result, "林默", "ceo_of", "星图智算"), Describe(result));
    }

    [Fact]
    public void UnitsOfADepartmentOrAnInstitution_AndAFormerEmployerBeforeAPost_AreRead()
    {
        var result = Extract("The rules were issued by the Energy Department on Monday. They were drafted at the department's Office of Grid Security. "
            + "Kiran Shah, a former Google engineer who now directs the Kestrel Policy Center at the Institute for Fiscal Studies, called them overdue.");

        Assert.True(Has(result, "Office of Grid Security", "part_of", "Energy Department"), Describe(result));
        Assert.True(Has(result, "Kiran Shah", "former_employee_of", "Google"), Describe(result));
        Assert.True(Has(result, "Kiran Shah", "leads", "Kestrel Policy Center"), Describe(result));
        Assert.Contains(result.Entities, e => e.Name == "Institute for Fiscal Studies");
    }

    [Fact]
    public void ACountrysMinistry_IsTwoNames_AndAFirmsLargestCustomers_AreItsPartners()
    {
        var result = Extract("Poland's Ministry of Digital Affairs said it would review the rules.\n\n"
            + "Corvane Semiconductor, based in Austin, raised $40 million last year. The company said it would keep supplying Baidu and Lenovo, two of its largest customers.");

        Assert.True(Has(result, "Ministry of Digital Affairs", "located_in", "Poland"), Describe(result));
        Assert.True(Has(result, "Corvane Semiconductor", "partner_of", "Baidu") || Has(result, "Baidu", "partner_of", "Corvane Semiconductor"), Describe(result));
        Assert.True(Has(result, "Corvane Semiconductor", "partner_of", "Lenovo") || Has(result, "Lenovo", "partner_of", "Corvane Semiconductor"), Describe(result));
    }

    [Fact]
    public void WhereSheTaughtAndWhatSheFoundedThere_AreRead()
    {
        var result = Extract("Nadia Berg retired in June. Her last post was at the University of Leeds, where she taught for two decades and founded the Leeds Robotics Group.");

        Assert.True(Has(result, "Nadia Berg", "works_at", "University of Leeds"), Describe(result));
        Assert.True(Has(result, "Nadia Berg", "founder_of", "Leeds Robotics Group"), Describe(result));
        Assert.True(Has(result, "Leeds Robotics Group", "part_of", "University of Leeds"), Describe(result));
    }

    [Fact]
    public void ALatinUnitNamedAfterAChineseFirm_IsPartOfIt()
    {
        var result = Extract("刘韬此前在腾讯AI Lab工作。");

        Assert.True(Has(result, "腾讯AI Lab", "part_of", "腾讯"), Describe(result));
    }

    [Fact]
    public void ATitleHeldNow_IsAPostAtTheFirm()
    {
        var result = Extract("林晓雯现在是云栖科技的首席运营官。");

        Assert.True(Has(result, "林晓雯", "works_at", "云栖科技"), Describe(result));
    }

    [Fact]
    public void AResumeParagraph_IsAboutThePersonItOpensWith_AndAPeriodThatEndedIsAPostLeft()
    {
        var result = Extract("林知远先生，1981年出生，中国国籍，硕士研究生学历。毕业于南京大学；2008年至2014年任青禾数据有限公司高级工程师；"
            + "2014年至2025年6月任职于云栖科技有限公司；2025年7月起任职于北辰数智。\n\n其他事项。");

        Assert.True(Has(result, "林知远", "affiliated_with", "南京大学"), Describe(result));
        Assert.True(Has(result, "林知远", "former_employee_of", "青禾数据有限公司"), Describe(result));
        Assert.True(Has(result, "林知远", "former_employee_of", "云栖科技有限公司"), Describe(result));
        Assert.True(Has(result, "林知远", "works_at", "北辰数智"), Describe(result));
    }

    [Fact]
    public void AFilingThatDefinesTheCompany_MeansThatFirmByItThroughout()
    {
        var result = Extract("北辰数智科技股份有限公司（以下简称“公司”）董事会近日收到副总经理许岚女士的辞职报告。许岚女士因个人原因辞去公司副总经理职务，"
            + "辞职后仍担任公司全资子公司杭州北辰云服务有限公司总经理。董事会同意聘任郑楚先生为公司首席财务官。\n\n"
            + "远帆资本宣布领投墨芯科技的B轮融资。远帆资本为持有公司5.3%股份的股东。\n\n"
            + "近日，公司与江南港务集团有限公司（以下简称“江南港务”）签订《智慧码头建设合同》。");

        Assert.True(Has(result, "许岚", "former_employee_of", "北辰数智科技股份有限公司"), Describe(result));
        Assert.True(Has(result, "杭州北辰云服务有限公司", "part_of", "北辰数智科技股份有限公司"), Describe(result));
        Assert.True(Has(result, "郑楚", "works_at", "北辰数智科技股份有限公司"), Describe(result));
        Assert.True(Has(result, "远帆资本", "invests_in", "北辰数智科技股份有限公司"), Describe(result));
        Assert.True(Has(result, "北辰数智科技股份有限公司", "partner_of", "江南港务集团有限公司"), Describe(result));
        Assert.False(Has(result, "远帆资本", "partner_of", "江南港务集团有限公司"), Describe(result));
    }

    [Fact]
    public void ASpeakersWe_IsTheSubjectTheirNextClauseLeavesOut()
    {
        var result = Extract("主持人：请几位嘉宾先介绍一下自己。\n\n许岚：我是青峰资本合伙人许岚。我们在天使轮投了墨芯科技，今年也领投了澄岚科技，金额没有披露。");

        Assert.True(Has(result, "青峰资本", "invests_in", "澄岚科技"), Describe(result));
    }

    [Fact]
    public void WhoSignsALetter_AreThePartnersItNames_AndItsWeIsTheirFirm()
    {
        var result = Extract("*Posted by Elena Vargas and Theo Lindh, Managing Partners at Fieldstone Capital*\n\n"
            + "This spring we invested in Orchard Labs, which makes soil sensors. Elena Vargas sits on its board.");

        Assert.True(Has(result, "Elena Vargas", "works_at", "Fieldstone Capital"), Describe(result));
        Assert.True(Has(result, "Theo Lindh", "works_at", "Fieldstone Capital"), Describe(result));
        Assert.True(Has(result, "Fieldstone Capital", "invests_in", "Orchard Labs"), Describe(result));
    }

    [Fact]
    public void AFirmIsWhatOneLeavesOrStarts_EvenAnEverydayWord()
    {
        var result = Extract("Mara Quint left Lattice in 2022 to start Pennywhistle, which builds tax agents.");

        Assert.True(Has(result, "Mara Quint", "former_employee_of", "Lattice"), Describe(result));
        Assert.True(Has(result, "Mara Quint", "founder_of", "Pennywhistle"), Describe(result));
    }

    [Fact]
    public void ItsRightAfterAFirmAndAnd_IsThatFirms_NotTheCourtTheSentenceNamedFirst()
    {
        var result = Extract("Ferrowell Labs sells contract agents to banks. The suit, filed in the U.S. District Court for the Northern District "
            + "of California, names Ferrowell Labs and its chief executive, Amara Quist, as defendants.");

        Assert.True(Has(result, "Amara Quist", "ceo_of", "Ferrowell Labs"), Describe(result));
    }

    [Fact]
    public void TheSchool_IsTheUniversityNamedLast()
    {
        var result = Extract("南岭大学今天举行毕业典礼。校长周文远说，今年学校与腾讯签署了战略合作协议。");

        Assert.True(Has(result, "南岭大学", "partner_of", "腾讯") || Has(result, "腾讯", "partner_of", "南岭大学"), Describe(result));
    }

    [Fact]
    public void ANameInAppositionToAFirmsPlatform_IsThatFirmsProduct()
    {
        var result = Extract("Meridale sells software to lenders. Its first big customer is Harbor Bank, which is piloting Quay Studio, "
            + "Meridale's agent-building platform, for claims work.");

        Assert.True(Has(result, "Quay Studio", "product_of", "Meridale"), Describe(result));
        Assert.Equal(EntityType.Product, Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Quay Studio")).Type);
    }

    [Fact]
    public void ARoundLedUnderAPortfolioHeading_IsTheHeadingFirmsRound_AndItsCoLeadInvestedToo()
    {
        var result = Extract("*Posted by Ruth Amsel, Partner at Kettlebrook Capital*\n\n"
            + "**Vantora.** Ilse Brandt built payroll systems at Intuit before starting Vantora, which audits invoices with agents. "
            + "We co-led their seed with Ridgeway Partners, and Siemens now pilots Vantora in its finance team.\n\n"
            + "**Glimmerwood.** Founded by Oskar Pell, Glimmerwood trains weather models. Halvard Capital co-led the Series A with us.");

        Assert.True(Has(result, "Kettlebrook Capital", "invests_in", "Vantora"), Describe(result));
        Assert.True(Has(result, "Ridgeway Partners", "invests_in", "Vantora"), Describe(result));
        Assert.True(Has(result, "Halvard Capital", "invests_in", "Glimmerwood"), Describe(result));
        Assert.True(Has(result, "Kettlebrook Capital", "invests_in", "Glimmerwood"), Describe(result));
        Assert.True(Has(result, "Ilse Brandt", "founder_of", "Vantora"), Describe(result));
        Assert.False(Has(result, "Siemens", "invests_in", "Vantora"), Describe(result));
        Assert.False(Has(result, "Kettlebrook Capital", "invests_in", "Halvard Capital"), Describe(result));
    }

    [Fact]
    public void TwoWhoLeftAFirmToStartAnother_AreItsCoFounders_AndBothItsFormerStaff()
    {
        var result = Extract("Noor Saleh and Pieter Janssen left Adyen in 2024 to start Tollgate, a billing start-up.");

        Assert.True(Has(result, "Noor Saleh", "cofounder_of", "Tollgate"), Describe(result));
        Assert.True(Has(result, "Pieter Janssen", "cofounder_of", "Tollgate"), Describe(result));
        Assert.True(Has(result, "Noor Saleh", "former_employee_of", "Adyen"), Describe(result));
        Assert.True(Has(result, "Pieter Janssen", "former_employee_of", "Adyen"), Describe(result));
    }

    [Fact]
    public void WhoRunsAFirmAfterAnAsideOnTheirPastTeam_IsItsChiefExecutive_AndFormerlyOfTheOther()
    {
        var result = Extract("Tamsin Oduya, previously on Google's privacy team, runs Brackenfield, which tests chatbots for leaks.");

        Assert.True(Has(result, "Tamsin Oduya", "ceo_of", "Brackenfield"), Describe(result));
        Assert.True(Has(result, "Tamsin Oduya", "former_employee_of", "Google"), Describe(result));
        Assert.False(Has(result, "Tamsin Oduya", "former_employee_of", "Brackenfield"), Describe(result));
    }

    [Fact]
    public void ABoldAnswerLabel_IsTheIntervieweesTurn_AndTheColleaguesSheNamesHoldPostsAtHerFirm()
    {
        var result = Extract("---\ntitle: Saltmarsh Devices' Iris Okonjo on her second chip\n---\n\n*By Mara Lind, Foundry Notes*\n\n"
            + "Iris Okonjo, chief executive of Saltmarsh Devices, spent six years at Arm before starting the company.\n\n"
            + "**Q: Who else is on the team?**\n\n"
            + "**A:** Tomas Varga and Rhea Sand. Tomas and I worked together at Arm; he's our CTO. Rhea was a verification lead at Qualcomm "
            + "and is our chief architect. We met at Purdue University, where Rhea and I did our PhDs.\n\n"
            + "**Q: Who buys?**\n\n**A:** Brightmoor Cloud is our largest customer.");

        Assert.True(Has(result, "Tomas Varga", "works_at", "Saltmarsh Devices"), Describe(result));
        Assert.True(Has(result, "Rhea Sand", "works_at", "Saltmarsh Devices"), Describe(result));
        Assert.True(Has(result, "Rhea Sand", "former_employee_of", "Qualcomm"), Describe(result));
        Assert.True(Has(result, "Rhea Sand", "affiliated_with", "Purdue University"), Describe(result));
        Assert.True(Has(result, "Iris Okonjo", "affiliated_with", "Purdue University"), Describe(result));
        Assert.True(Has(result, "Brightmoor Cloud", "partner_of", "Saltmarsh Devices"), Describe(result));
    }

    [Fact]
    public void AListedFirmsPeopleAndPlace_AreReadFromItsItem_WhereCompanyStandsForTheFirm()
    {
        var result = Extract("关于拟支持项目的公示\n\n1. 杭州栖云数据科技有限公司（所在地：杭州滨江区）\n项目名称：城市数据治理项目\n项目负责人：柯明远（公司总经理）\n\n"
            + "2. 宁波澜石机器人有限公司（所在地：宁波北仑区）\n项目负责人：邹雨桐（公司首席技术官）");

        Assert.True(Has(result, "宁波澜石机器人有限公司", "located_in", "宁波北仑区"), Describe(result));
        Assert.True(Has(result, "柯明远", "leads", "杭州栖云数据科技有限公司"), Describe(result));
        Assert.True(Has(result, "邹雨桐", "works_at", "宁波澜石机器人有限公司"), Describe(result));
    }

    [Fact]
    public void AnEarningsCallsSpeakersLabelledWithTitlesAlone_HoldThemAtTheFirmTheCallIsAbout()
    {
        var result = Extract("Corbel Networks Inc. (NASDAQ: CRBL) | Second Quarter Results\n\n"
            + "Operator: Welcome to the Corbel Networks earnings call. I will now turn the call over to Dana Pruitt, Vice President of Investor Relations.\n\n"
            + "Dana Pruitt, VP Investor Relations: Thank you. Joining me are Elias Mourad, our Chief Executive Officer, and Hana Sato, our Chief Financial Officer.\n\n"
            + "Elias Mourad, CEO: Thanks, Dana. Telvane Systems remained our largest customer this quarter.");

        Assert.True(Has(result, "Dana Pruitt", "works_at", "Corbel Networks"), Describe(result));
        Assert.True(Has(result, "Elias Mourad", "ceo_of", "Corbel Networks"), Describe(result));
        Assert.True(Has(result, "Hana Sato", "works_at", "Corbel Networks"), Describe(result));
        Assert.True(Has(result, "Telvane Systems", "partner_of", "Corbel Networks"), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text is "Vice" or "Relations" or "Officer" or "Financial Officer" or "Investor Relations");
    }

    [Fact]
    public void AVentureFirmDescribedAsTheOneThatLedARound_InvestedInThatFirm()
    {
        var result = Extract("Gold sponsors are Pellmore Cloud and Davrin Robotics. Hollowgate Capital, the Boston venture firm that led Davrin's Series B, "
            + "will host a pavilion.");

        Assert.True(Has(result, "Hollowgate Capital", "invests_in", "Davrin Robotics"), Describe(result));
    }

    [Fact]
    public void ASurnameAlone_InAnObituaryNamingHisFamily_IsTheManItIsAbout()
    {
        var result = Extract("Anders Holmqvist, who taught machines to doubt, died on Monday. He was 80.\n\n"
            + "Anders Holmqvist was born in Lund, the son of Karin Holmqvist, a teacher. Holmqvist studied physics at Lund University.\n\n"
            + "He is survived by his wife, Sofia Holmqvist.");

        Assert.True(Has(result, "Holmqvist", "affiliated_with", "Lund University"), Describe(result));
        Assert.Contains("Holmqvist", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Anders Holmqvist")).SurfaceForms);
    }

    [Fact]
    public void ARoundupItemsHeadingCity_AndItsFounderNamedByTitleAlone_AreTheItemFirms()
    {
        var result = Extract("**2. 枢衡微电子（上海）｜端侧AI芯片｜2亿元Pre-A+轮**\n\n"
            + "上海枢衡微电子有限公司（下称“枢衡微电子”）宣布完成2亿元Pre-A+轮融资，远岫资本领投，老股东泊川资本持续跟投。"
            + "创始人柯岚本科和博士均毕业于清华大学，曾在英伟达担任GPU架构师近十年。");

        Assert.True(Has(result, "枢衡微电子", "located_in", "上海"), Describe(result));
        Assert.True(Has(result, "柯岚", "founder_of", "枢衡微电子"), Describe(result));
        Assert.True(Has(result, "柯岚", "former_employee_of", "英伟达"), Describe(result));
        Assert.True(Has(result, "泊川资本", "invests_in", "枢衡微电子"), Describe(result));
    }

    [Fact]
    public void VersionsOfOneProductLine_FollowEachOtherByNumber_AndShareTheMakerStatedForOne()
    {
        var result = Extract("Brannock Silicon was founded in 2021. Renna-1 was a test part. Brannock Silicon's Renna-2 is what customers buy today, "
            + "and Renna-3 tapes out next spring.");

        Assert.True(Has(result, "Renna-1", "predecessor_of", "Renna-2"), Describe(result));
        Assert.True(Has(result, "Renna-2", "predecessor_of", "Renna-3"), Describe(result));
        Assert.True(Has(result, "Renna-1", "product_of", "Brannock Silicon"), Describe(result));
        Assert.True(Has(result, "Renna-3", "product_of", "Brannock Silicon"), Describe(result));
        Assert.False(Has(result, "Renna-3", "predecessor_of", "Renna-1"), Describe(result));
    }

    [Fact]
    public void AProductLineNamedAfterItsMakersOwnWord_IsItsMakers()
    {
        var result = Extract("We met the founders of Tollandra Systems in Leeds. The Tolland-4 assistant answers in nine languages.");
        var chinese = Extract("杭州穹澜智能科技有限公司（以下简称“穹澜智能”）近日举行发布会。会上，“穹澜-4”大模型正式亮相。");

        Assert.True(Has(result, "Tolland-4", "product_of", "Tollandra Systems"), Describe(result));
        Assert.True(Has(chinese, "穹澜-4", "product_of", "穹澜智能"), Describe(chinese));
    }

    [Fact]
    public void AListedFirmsAnnouncements_NameItsNewOfficersItsSubsidiaryItsStakesAndTheRoundItJoined()
    {
        var result = Extract("杭州衡岚智能科技股份有限公司（以下简称“衡岚智能”）发布公告。公司第二届董事会第五次会议选举许知微为董事长，聘任顾北川为总经理。"
            + "许知微此前任腾讯云副总裁。衡岚智能拟与控股子公司杭州衡岚算力服务有限公司（下称“衡岚算力”）签订框架协议。"
            + "衡岚算力注册地位于杭州滨江区。由于许知微持有衡岚算力20%股权，本次交易构成关联交易。"
            + "衡岚智能拟以自有资金1亿元认购宁波澄舟机器人有限公司新增注册资本。本轮融资由宁波甬江智造股权投资基金（有限合伙）领投，深创投跟投。"
            + "国泰君安电子行业首席分析师钱语桐认为，估值合理。今年9月，衡岚智能在第八届世界人工智能大会上发布了新模型。许知微也是中国计算机学会会士。");

        Assert.True(Has(result, "许知微", "works_at", "衡岚智能"), Describe(result));
        Assert.True(Has(result, "顾北川", "leads", "衡岚智能"), Describe(result));
        Assert.True(Has(result, "许知微", "former_employee_of", "腾讯云"), Describe(result));
        Assert.True(Has(result, "衡岚算力", "part_of", "衡岚智能"), Describe(result));
        Assert.True(Has(result, "衡岚算力", "located_in", "杭州滨江区"), Describe(result));
        Assert.True(Has(result, "许知微", "invests_in", "衡岚算力"), Describe(result));
        Assert.True(Has(result, "衡岚智能", "invests_in", "宁波澄舟机器人有限公司"), Describe(result));
        Assert.True(Has(result, "宁波甬江智造股权投资基金（有限合伙）", "invests_in", "宁波澄舟机器人有限公司"), Describe(result));
        Assert.True(Has(result, "深创投", "invests_in", "宁波澄舟机器人有限公司"), Describe(result));
        Assert.False(Has(result, "深创投", "invests_in", "衡岚智能"), Describe(result));
        Assert.True(Has(result, "钱语桐", "works_at", "国泰君安"), Describe(result));
        Assert.True(Has(result, "衡岚智能", "participant_of", "世界人工智能大会"), Describe(result));
        Assert.True(Has(result, "许知微", "member_of", "中国计算机学会"), Describe(result));
    }

    [Fact]
    public void AProfileCardsCareer_IsThePersonItNames_AndWhereSomeoneWorkedThenIsAPostLeft()
    {
        var result = Extract("【嘉宾简介】许棠，杭州云栖机器人有限公司联合创始人兼首席执行官。硕士毕业于浙江大学，博士毕业于东京大学，先后任职于索尼和小米。\n\n"
            + "许棠说，她在小米认识了当时在小米做感知算法的韩墨。");

        Assert.True(Has(result, "许棠", "affiliated_with", "浙江大学"), Describe(result));
        Assert.True(Has(result, "许棠", "former_employee_of", "小米"), Describe(result));
        Assert.True(Has(result, "韩墨", "former_employee_of", "小米"), Describe(result));
    }

    [Fact]
    public void ALabNamedAfterItsSchool_IsPartOfTheSchool_WhichItsContractionNames()
    {
        var result = Extract("近日，南京大学电子科学与工程学院智能感知实验室钱亦舟教授团队发布新模型。该成果是南大电子学院今年的重要进展。"
            + "钱亦舟现任智能感知实验室主任。");

        Assert.True(Has(result, "钱亦舟", "leads", "智能感知实验室"), Describe(result));
        Assert.True(Has(result, "南京大学电子科学与工程学院智能感知实验室", "part_of", "南大电子学院"), Describe(result));
    }

    [Fact]
    public void AReviewsProducts_AreProducts_AndTheirLinesSuccessorsStayInTheLine()
    {
        var result = Extract("Four tools made the cut: Quillon 4 from Harwick Software, and Brisk, the first product from Toronto start-up Velmora.\n\n"
            + "**Quillon 4.** Harwick pitches Quillon 4 as the careful choice. That cost it on CodeTrial, OpenLab's older function-level test, "
            + "where it trailed its predecessor, Quillon 3, by a point.");

        Assert.True(result.Entities.Where(e => e.SurfaceForms.Contains("Quillon 4") || e.SurfaceForms.Contains("Brisk") || e.SurfaceForms.Contains("CodeTrial"))
            .All(e => e.Type == EntityType.Product), Describe(result));
        Assert.True(Has(result, "Quillon 4", "product_of", "Harwick Software"), Describe(result));
        Assert.True(Has(result, "Quillon 3", "predecessor_of", "Quillon 4"), Describe(result));
        Assert.False(Has(result, "Quillon 3", "predecessor_of", "CodeTrial"), Describe(result));
    }

    [Fact]
    public void APodcastsPastPostsSeedAdviserAndRivals_AreRead()
    {
        var result = Extract("HOST: My guests are Ana Brill and Teo Marsh, who co-founded Brindle.\n\n"
            + "Ana Brill: Teo was at Stripe, running the billing team. Y Combinator did our seed.\n\n"
            + "Corvale Systems, which competes with Brindle for mid-sized customers, is advised by Freshfields. "
            + "Brindle will compete for customers and talent with Paris-based Mistral AI and with Tokyo's Sakana AI.");

        Assert.True(Has(result, "Teo", "former_employee_of", "Stripe"), Describe(result));
        Assert.True(Has(result, "Y Combinator", "invests_in", "Brindle"), Describe(result));
        Assert.True(Has(result, "Freshfields", "partner_of", "Corvale Systems"), Describe(result));
        Assert.True(Has(result, "Brindle", "competitor_of", "Mistral AI"), Describe(result));
        Assert.True(Has(result, "Brindle", "competitor_of", "Sakana AI"), Describe(result));
    }

    [Fact]
    public void ShortFormsWithoutACityATradeOrARank_AreTheNamesInFull()
    {
        var result = Extract("园区由南京栖岚科创发展有限公司负责运营。栖岚科创总经理孟川介绍了情况。"
            + "公司总部设在深圳福田区。我和我在交大的同学在福田注册了公司。她本科毕业于上海交通大学。");

        Assert.Contains("栖岚科创", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("南京栖岚科创发展有限公司")).SurfaceForms);
        Assert.Contains("福田", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("深圳福田区")).SurfaceForms);
        Assert.Contains("交大", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("上海交通大学")).SurfaceForms);
    }

    [Fact]
    public void APapersCredits_NameItsAuthors_AfterThePaperWasNamedOnce()
    {
        var result = Extract("近日，复旦大学计算机学院知微实验室的论文《面向多轮对话的检索增强记忆方法》被ACL 2026接收。"
            + "论文第一作者为实验室2024级博士研究生钱若水，通讯作者为孟可言。");

        Assert.True(Has(result, "钱若水", "author_of", "面向多轮对话的检索增强记忆方法"), Describe(result));
        Assert.True(Has(result, "孟可言", "author_of", "面向多轮对话的检索增强记忆方法"), Describe(result));
    }
    [Fact]
    public void ALabsStaffAndStudents_NamedByTheLabsKind_BelongToIt_AndWhoTookPartInTheResearch_WroteThePaper()
    {
        var result = Extract("近日，南开大学人工智能学院视觉计算实验室的论文《基于稀疏注意力的三维重建方法》被CVPR 2027接收。"
            + "论文第一作者为实验室2022级博士研究生葛书言，通讯作者为闵若川；实验室助理研究员费晓岚、硕士研究生程一帆，以及复旦大学计算机学院副教授段明哲共同参与了研究。");

        Assert.True(Has(result, "费晓岚", "works_at", "南开大学人工智能学院视觉计算实验室"), Describe(result));
        Assert.True(Has(result, "程一帆", "affiliated_with", "南开大学人工智能学院视觉计算实验室"), Describe(result));
        foreach (var author in new[] { "费晓岚", "程一帆", "段明哲" })
        {
            Assert.True(Has(result, author, "author_of", "基于稀疏注意力的三维重建方法"), Describe(result));
        }
    }

    [Fact]
    public void TheFirmSomeoneCameFrom_IsTheirPast_AndTheOneTheyJoined_TheirPresent()
    {
        var result = Extract("闵若川现任视觉计算实验室主任，2018年从谷歌回国加入南开大学，长期从事三维视觉研究。");

        Assert.True(Has(result, "闵若川", "former_employee_of", "谷歌"), Describe(result));
        Assert.True(Has(result, "闵若川", "works_at", "南开大学"), Describe(result));
        Assert.False(Has(result, "谷歌", "affiliated_with", "南开大学"), Describe(result));
    }

    [Fact]
    public void AVisitingStayAtALab_IsNoEmployment()
    {
        var result = Extract("南开大学视觉计算实验室今年招收了五名博士生。段明哲本科毕业于复旦大学，曾在视觉计算实验室从事访问研究。");

        Assert.True(Has(result, "段明哲", "affiliated_with", "南开大学视觉计算实验室"), Describe(result));
        Assert.False(Has(result, "段明哲", "former_employee_of", "南开大学视觉计算实验室"), Describe(result));
    }

    [Fact]
    public void AFirmsOwnText_SpeaksForItAsWe_OutsideTheQuotesItGives()
    {
        var result = Extract("# Sable Point Ventures 2026 Annual Letter to Limited Partners\n\nDear Limited Partners,\n\n"
            + "This was the busiest year in Sable Point Ventures' history. We led Pennywhistle Labs' seed round in 2021, alongside Index Ventures, "
            + "and added to our position in every round since.\n\n"
            + "\"We picked Ostrava Robotics as our manufacturing partner,\" said Dev Chandrasekar, Pennywhistle's founder.\n\n"
            + "Thank you for your trust.\n\nGeneral Partners, Sable Point Ventures");

        Assert.True(Has(result, "Sable Point Ventures", "invests_in", "Pennywhistle Labs"), Describe(result));
        Assert.True(Has(result, "Index Ventures", "invests_in", "Pennywhistle Labs"), Describe(result));
        Assert.False(Has(result, "Sable Point Ventures", "partner_of", "Ostrava Robotics"), Describe(result));
        Assert.False(Has(result, "Ostrava Robotics", "partner_of", "Sable Point Ventures"), Describe(result));
    }

    [Fact]
    public void AMilestonesPagesDatedEntry_ThatNamesNoFirm_IsAboutTheFirmThePageNamesMost()
    {
        var result = Extract("苏州岚桥机器人科技有限公司（以下简称“岚桥机器人”）成立于2020年。岚桥机器人专注协作机器人。\n\n## 大事记\n\n"
            + "- 5月　完成数千万元天使轮融资，由远帆资本领投，苏州创投集团跟投。\n- 9月　与苏州大学机电工程学院共建联合实验室。\n- 11月　正式发布首款协作机器人LQ-3。\n");

        Assert.True(Has(result, "远帆资本", "invests_in", "岚桥机器人"), Describe(result));
        Assert.True(Has(result, "苏州创投集团", "invests_in", "岚桥机器人"), Describe(result));
        Assert.True(Has(result, "岚桥机器人", "partner_of", "苏州大学机电工程学院"), Describe(result));
        Assert.True(Has(result, "LQ-3", "product_of", "岚桥机器人"), Describe(result));
    }

    [Theory]
    // A leadership section's list, and a team page's bold names, hold titles in the firm the text is about; a title that
    // goes on to name another organisation is not.
    [InlineData("**Corveth AI** is a British artificial intelligence company. Corveth AI builds agents for insurers.\n\n## Leadership\n\n"
        + "- Ilse Marchbank – co-founder and chief executive officer\n- Oren Talbert – chief operating officer (previously at Stripe)\n- Wren Adair – board member, general partner at Brackenridge Partners\n",
        "Ilse Marchbank", "ceo_of", "Oren Talbert", "works_at")]
    [InlineData("杭州栖云智能科技有限公司（以下简称“栖云智能”）成立于2022年。栖云智能专注服务机器人。\n\n## 管理团队\n\n"
        + "**郑书远**｜联合创始人、董事长兼首席执行官\n\n**韩梓萌**｜联合创始人、首席技术官\n",
        "郑书远", "ceo_of", "韩梓萌", "cofounder_of")]
    public void ARostersTitles_WithNoFirm_AreInTheFirmTheTextIsAbout(string text, string first, string firstPredicate, string second, string secondPredicate)
    {
        var result = Extract(text);
        var firm = result.Entities.Where(e => e.Type == EntityType.Organization).MaxBy(e => e.MentionCount)!.SurfaceForms[0];

        Assert.True(Has(result, first, firstPredicate, firm), Describe(result));
        Assert.True(Has(result, second, secondPredicate, firm), Describe(result));
        Assert.False(Has(result, "Wren Adair", "works_at", firm), Describe(result));
    }

    [Fact]
    public void ACallsParticipants_WithNoFirm_HoldPostsInTheFirmItsTitleNames_NotInItsSupplierNamedMore()
    {
        var result = Extract("Ardentis Semiconductor (ARDT) Q3 Fiscal 2026 Earnings Call Transcript\n\nCompany Participants\n"
            + "Lorna Lorimer — Co-Founder, President and Chief Executive Officer\nVictor Ostrom — Chief Financial Officer\n\n"
            + "Operator\n\nGood afternoon, and welcome to the Ardentis Semiconductor third-quarter earnings call.\n\n"
            + "Thanks, operator. Q3 was a record quarter for Ardentis. Our accelerator is built on TSMC's N3P process, TSMC packages it, "
            + "and TSMC will make the next one too.");

        Assert.True(Has(result, "Lorna Lorimer", "ceo_of", "Ardentis Semiconductor"), Describe(result));
        Assert.True(Has(result, "Victor Ostrom", "works_at", "Ardentis Semiconductor"), Describe(result));
        Assert.False(Has(result, "Lorna Lorimer", "ceo_of", "TSMC"), Describe(result));
    }

    [Theory]
    // An investor Q&A's and a milestones page's cues: partners and rivals listed with their kind after 等, customers a product is
    // delivered to, a joint venture's parties, a post the firm just named has, a subsidiary an answer names with no owner,
    // a fair the firm exhibits at, a label's title before a name, a prize a product wins (without its edition and tier).
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。公司与英伟达、海光信息等芯片厂商保持长期合作。", "澄衡计算", "partner_of", "海光信息")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。公司与新华三、宁畅等厂商在AI服务器市场存在竞争。", "澄衡计算", "competitor_of", "宁畅")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。公司TH-G8800训练服务器已向中国移动、字节跳动旗下火山引擎等客户批量交付。", "澄衡计算", "partner_of", "火山引擎")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。2026年6月，公司与合肥市产业投资控股（集团）有限公司、北京澜微半导体有限公司共同出资设立合肥衡算智能科技有限公司。", "北京澜微半导体有限公司", "invests_in", "合肥衡算智能科技有限公司")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。液冷业务由全资子公司澄衡液冷科技有限公司承担，该公司位于无锡市，总经理为韩子嵘先生。", "韩子嵘", "leads", "澄衡液冷科技有限公司")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）投资者问答。\n\n**问3：** 液冷业务进展如何？子公司在哪里？\n**董秘回复：** 您好！液冷业务由全资子公司澄衡液冷科技有限公司承担。澄衡计算的服务器已批量出货。澄衡计算在南京。", "澄衡液冷科技有限公司", "part_of", "澄衡计算")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。公司于2025年设立南京澄衡智算研究院，院长由公司首席科学家戴明樾博士担任。", "戴明樾", "leads", "南京澄衡智算研究院")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。公司已参展2026世界人工智能大会，并发布新一代训练服务器。", "澄衡计算", "participant_of", "2026世界人工智能大会")]
    [InlineData("南京澄衡计算技术股份有限公司（以下简称“澄衡计算”或“公司”）今天发布投资者问答。请以公司在巨潮资讯网披露的公告为准。\n\n（董事会秘书：彭雪岑）", "彭雪岑", "works_at", "澄衡计算")]
    [InlineData("“灵掌D5”是擎川智能的五指灵巧手。11月，“灵掌D5”荣获第五届紫金山具身智能创新奖金奖。", "灵掌D5", "participant_of", "紫金山具身智能创新奖")]
    public void AFilingsAnswer_StatesTheRelationItsCueSays(string text, string subject, string predicate, string @object)
    {
        var result = Extract(text);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    // A speakers page: each bio opens with an emphasised line, the name and each post with its firm after a comma; the bio
    // under it opens with the given name alone, which is no place and no part of the firm the line above ends with.
    private const string SpeakersPage = "---\ntitle: Speakers\n---\n\n# Tidewater AI Forum — Speakers\n\n"
        + "**Daniel Ashgrove** — Founder, Lumenfold Labs; Managing General Partner, Quillhaven Fund\n"
        + "Daniel previously led research at Baidu and holds a PhD from Caltech.\n\n"
        + "**Dr. Helena Vasquez-Marr** — Director, Center for Tidal Computing, Georgetown University\n"
        + "Helena directs the center's work on ocean models.\n\n"
        + "**Kwabena Asante-Owusu** — Managing Partner, Saltmarsh Ventures\n"
        + "Kwabena co-founded Saltmarsh Ventures in 2019.\n\n"
        + "**Ravi Menon** — Head of Research, Brinefield Compute\n"
        + "Ravi Menon heads research at Brinefield Compute.\n";

    [Theory]
    [InlineData("Daniel Ashgrove", "founder_of", "Lumenfold Labs")]
    [InlineData("Daniel Ashgrove", "works_at", "Quillhaven Fund")]
    [InlineData("Helena Vasquez-Marr", "leads", "Center for Tidal Computing")]
    [InlineData("Kwabena Asante-Owusu", "works_at", "Saltmarsh Ventures")]
    [InlineData("Ravi Menon", "works_at", "Brinefield Compute")]
    public void SpeakersPage_EachPostOnANamesLine_IsInTheFirmNamedAfterItsComma(string person, string predicate, string organization)
    {
        var result = Extract(SpeakersPage);

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    [Fact]
    public void SpeakersPage_NamesNoDegreeOrFieldOfATitle_AndNoGivenNameApart()
    {
        var result = Extract(SpeakersPage);

        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f is "PhD" or "Research" || f.EndsWith(" Helena", StringComparison.Ordinal)));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Helena Vasquez-Marr") && e.SurfaceForms.Contains("Helena"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Kwabena Asante-Owusu"));
    }

    [Fact]
    public void Pleading_PartyLabelsAndOutlineMarks_AreNoPartOfANameAndNameNoOne()
    {
        var result = Extract("---\ntitle: Complaint\n---\n\n*A. Plaintiffs*\n\n14. Plaintiff Thornbury Lane Publishing LLC is a publisher based in Burlington, Vermont.\n\n"
            + "*B. Defendants*\n\n17. Defendant Tobias Quennell is the chief technology officer of Veltmoor Labs, Inc., as alleged in Part V.\n");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Thornbury Lane Publishing LLC"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Tobias Quennell"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.Contains("Plaintiff", StringComparison.Ordinal) || f.Contains("Defendant", StringComparison.Ordinal) || f == "Part V"));
    }

    // Minutes list attendees under their organisation: a bare title in brackets is a post there. (The firm's two people are named
    // again below: in the list alone the tagger reads 方若谷 as a firm and misses 景一帆.)
    [Theory]
    [InlineData("方若谷", "ceo_of", "杭州岐衡医疗科技有限公司")]
    [InlineData("景一帆", "works_at", "杭州岐衡医疗科技有限公司")]
    [InlineData("钟毓澜", "leads", "浙江大学临床智能计算实验室")]
    [InlineData("韦恺", "works_at", "浙江大学临床智能计算实验室")]
    public void MinutesAttendeeLine_ABareTitleInBrackets_IsAPostInTheOrganisationTheLineOpensWith(string person, string predicate, string organization)
    {
        var result = Extract("**参会人员：**\n\n- 浙江大学临床智能计算实验室：钟毓澜（实验室主任、教授）、韦恺（博士后研究员）\n"
            + "- 杭州岐衡医疗科技有限公司：方若谷（首席执行官）、景一帆（CTO）\n\n方若谷介绍，岐衡医疗的产品已在两家医院试用。景一帆负责模型部署。\n");

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    // A grant award's labelled lines: each investigator's organisation after a comma or in brackets employs them; the
    // award's reference is no name.
    [Theory]
    [InlineData("Helena Brackley", "University of Edinburgh")]
    [InlineData("Rhys Ambrose-Tate", "University of Edinburgh")]
    [InlineData("Yusuf Adewale-Grant", "University of Glasgow")]
    public void GrantAwardLines_EachInvestigatorsOrganisation_EmploysThem(string person, string organization)
    {
        var result = Extract("**EP/Z81042/1 — Verifiable Reasoning in Small Language Models**\nPI: Dr Helena Brackley, University of Edinburgh\n"
            + "Co-Is: Prof. Rhys Ambrose-Tate (University of Edinburgh); Dr Yusuf Adewale-Grant (University of Glasgow)\nPartners: Arm\n");

        Assert.True(Has(result, person, "works_at", organization), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Z81042"));
    }

    [Fact]
    public void ALetteredRoundAfterAnotherFirmsRound_IsTheSameFirmsRound_NotItsInvestors()
    {
        var result = Extract("澜栖智能成立于2020年。腾讯领投了澜栖的 B 轮，C 轮则由岚山投资领投、腾讯继续加注。");

        Assert.True(Has(result, "岚山投资", "invests_in", "澜栖"), Describe(result));
        Assert.True(Has(result, "腾讯", "invests_in", "澜栖"), Describe(result));
        Assert.False(Has(result, "岚山投资", "invests_in", "腾讯"), Describe(result));
    }

    [Fact]
    public void TheCustomersASpeakerListsAfterAColon_AreTheSpeakersFirmsPartners_AndARivalIsNoProduct()
    {
        var result = Extract("**庞望舒**：\n\n感谢我们的客户：中国东方航空、平安银行、维途物流。Claude Code是我们最直接的对手。\n\n岱朔科技创始人庞望舒今天发表了演讲。");

        foreach (var customer in new[] { "中国东方航空", "平安银行", "维途物流" })
        {
            Assert.True(Has(result, "岱朔科技", "partner_of", customer), $"{customer}: {Describe(result)}");
        }
        Assert.DoesNotContain(result.Relations, r => r.Predicate == "product_of" && result.Entities.Any(e => e.Id == r.SubjectId && e.SurfaceForms.Contains("Claude Code")));
    }
}
