namespace Platform.Extraction.Engine.Tests.Pipeline;

public class RelationExtractionTests
{
    private static readonly IEntityExtractor Extractor = ExtractionEngine.CreateDefault();

    private static IEnumerable<(string, string, string)> Stated(string text) =>
        Extractor.Extract(text).Relations.Where(r => r.Predicate != "co_occurrence").Select(r => (r.SubjectId, r.Predicate, r.ObjectId));

    [Fact]
    public void BodiesThatJointlyIssueAPlan_AreEachItsAuthor_NotTheOfficeThatPresentsIt()
    {
        var result = Extractor.Extract("江西省工业和信息化厅、江西省商务厅近日联合印发《江西省低空经济提速发展方案》。江西省人民政府新闻办公室举行新闻发布会，对《发展方案》作了解读。");
        string Id(string name) => result.Entities.Single(e => e.SurfaceForms.Contains(name)).Id;
        var plan = Id("江西省低空经济提速发展方案");

        Assert.Contains(result.Relations, r => r.SubjectId == Id("江西省工业和信息化厅") && r.Predicate == "author_of" && r.ObjectId == plan);
        Assert.Contains(result.Relations, r => r.SubjectId == Id("江西省商务厅") && r.Predicate == "author_of" && r.ObjectId == plan);
        Assert.DoesNotContain(result.Relations, r => r.SubjectId == Id("江西省人民政府新闻办公室") && r.Predicate == "author_of");
    }

    [Theory]
    [InlineData("Brisklane Logistics makes routing software. Halyard Capital, which led Brisklane's $25 million Series A, has a seat on the board.", "Halyard Capital", "invests_in", "Brisklane Logistics")]
    [InlineData("栖木医疗面对的最大对手是去年已在科创板上市的澜瞳科技。", "栖木医疗", "competitor_of", "澜瞳科技")]
    public void ABackerOrARivalDescribedBeforeItsName_IsStated(string text, string subject, string predicate, string @object)
    {
        var result = Extractor.Extract(text);
        string Id(string name) => result.Entities.Single(e => e.SurfaceForms.Contains(name)).Id;

        Assert.Contains(result.Relations, r => r.SubjectId == Id(subject) && r.Predicate == predicate && r.ObjectId == Id(@object));
    }

    [Fact]
    public void TheBackersOfARoundTheFirmTookAfterAComma_InvestInTheFirmTheTextIsAbout()
    {
        var result = Extractor.Extract("岚泽机器人成立于2021年。去年，公司又拿下1.5亿元B轮融资，由启明创投领投、云启资本跟投。");
        string Id(string name) => result.Entities.Single(e => e.SurfaceForms.Contains(name)).Id;

        Assert.Contains(result.Relations, r => r.SubjectId == Id("启明创投") && r.Predicate == "invests_in" && r.ObjectId == Id("岚泽机器人"));
    }

    [Fact]
    public void ABiographysPastPostsAndFirms_AreStatedOfTheOnePersonNamed()
    {
        var result = Extractor.Extract("Ingrid Halvorsen was born in Tromsø. In 1981 she joined the faculty of Dunmore University. "
            + "From 1990 she directed the Dunmore Acoustics Laboratory. Pavel Orlik, who studied in her lab, went on to found Sonarith Labs.");
        string Id(string name) => result.Entities.Single(e => e.SurfaceForms.Contains(name)).Id;
        var stated = result.Relations.Select(r => (r.SubjectId, r.Predicate, r.ObjectId)).ToList();

        Assert.Contains((Id("Ingrid Halvorsen"), "works_at", Id("Dunmore University")), stated);
        Assert.Contains((Id("Ingrid Halvorsen"), "leads", Id("Dunmore Acoustics Laboratory")), stated);
        Assert.Contains((Id("Pavel Orlik"), "founder_of", Id("Sonarith Labs")), stated);
    }

    [Fact]
    public void AnEarningsCallQuestionerLabelledWithTheirBank_WorksThere()
    {
        var result = Extractor.Extract("Operator: Our next question comes from Lucia Ferraro.\n\nLucia Ferraro – Deutsche Bank: Thanks. How should we model capex next year?\n");
        string Id(string name) => result.Entities.Single(e => e.SurfaceForms.Contains(name)).Id;

        Assert.Contains(result.Relations, r => r.SubjectId == Id("Lucia Ferraro") && r.Predicate == "works_at" && r.ObjectId == Id("Deutsche Bank"));
    }

    [Theory]
    [InlineData("微软 CEO 萨提亚·纳德拉今天发表讲话。")]
    [InlineData("萨提亚·纳德拉是微软的首席执行官。")]
    [InlineData("Satya Nadella, the CEO of Microsoft, spoke today.")]
    [InlineData("Microsoft CEO Satya Nadella spoke today.")]
    public void CeoOf_IsFound_InChineseAndEnglish(string text) =>
        Assert.Contains(("satya-nadella", "ceo_of", "microsoft"), Stated(text));

    [Fact]
    public void CustomersIncludingTwoFirms_AreBothTheShippersPartners()
    {
        var relations = Stated("Corvane Labs plans to ship its chip, the CV-9, to customers including Valdor and Kestwick Motors.").ToList();

        Assert.Contains(("ent:corvane-labs", "partner_of", "ent:valdor"), relations);
        Assert.Contains(("ent:corvane-labs", "partner_of", "ent:kestwick-motors"), relations);
    }

    [Fact]
    public void ACityBeforeTheKindOfFirm_SaysWhereTheFirmIs() =>
        Assert.Contains(("ent:halberd-partners", "located_in", "dubai"),
            Stated("The startup has raised $90 million from investors including the Dubai fund Halberd Partners."));

    [Fact]
    public void CoFounder_WinsOverFounder_ForTheSamePair()
    {
        var relations = Stated("Demis Hassabis co-founded DeepMind in London. Demis Hassabis founded DeepMind with friends.").ToList();
        Assert.Contains(("demis-hassabis", "cofounder_of", "deepmind"), relations);
        Assert.DoesNotContain(("demis-hassabis", "founder_of", "deepmind"), relations);
    }

    [Fact]
    public void AuthorOf_SeesThroughTitleMarks()
    {
        Assert.Contains(("mustafa-suleyman", "author_of", "the-coming-wave"), Stated("穆斯塔法·苏莱曼在新书《浪潮将至》中讨论了技术风险。"));
    }

    [Fact]
    public void FirstPerson_InASpeech_IsTheSpeaker()
    {
        const string speech = "穆斯塔法·苏莱曼发表演讲。苏莱曼说：今年，我加入了微软。苏莱曼还说，我创立了 DeepMind。";
        var relations = Stated(speech).ToList();
        Assert.Contains(("mustafa-suleyman", "works_at", "microsoft"), relations);
        Assert.Contains(("mustafa-suleyman", "founder_of", "deepmind"), relations);
    }

    [Fact]
    public void ListOfParticipants_GivesOneRelationEach()
    {
        var relations = Stated("世界人工智能大会汇聚了来自谷歌、微软和英伟达的代表。").ToList();
        var participants = relations.Where(r => r.Item2 == "participant_of").Select(r => r.Item1).Order().ToList();
        Assert.Equal(["google", "microsoft", "nvidia"], participants);
    }

    [Fact]
    public void StatedRelation_CarriesEvidenceFromTheOriginalText()
    {
        const string text = "Satya Nadella, the CEO of Microsoft, spoke today.";
        var relation = Assert.Single(Extractor.Extract(text).Relations, r => r.Predicate == "ceo_of");
        Assert.Equal(relation.Evidence, text[relation.EvidenceStart..relation.EvidenceEnd]);
        Assert.Contains("CEO of Microsoft", relation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesInOneSentence_CoOccur()
    {
        var relation = Assert.Single(Extractor.Extract("OpenAI and Anthropic both build chat assistants.").Relations, r => r.Predicate == "co_occurrence");
        Assert.Equal(["anthropic", "openai"], new[] { relation.SubjectId, relation.ObjectId });
    }

    [Fact]
    public void KnowledgeBaseFact_YieldsToWhatTheTextStates()
    {
        var relations = Stated("Nick Clegg, Meta's former president of global affairs, spoke first. 前 Meta 总裁尼克·克莱格随后发言。").ToList();
        Assert.DoesNotContain(relations, r => r.Item2 == "works_at" && r.Item3 == "meta");
    }

    [Fact]
    public void RelativeClause_BetweenSubjectAndVerb_IsSkipped() =>
        Assert.Contains(("dario-amodei", "cofounder_of", "anthropic"),
            Stated("Dario Amodei, who previously worked at OpenAI, co-founded Anthropic in 2021."));

    [Fact]
    public void RoleWithModifiers_AfterAPossessive_IsEmployment() =>
        Assert.Contains(("yann-lecun", "works_at", "meta"), Stated("Meta's chief AI scientist Yann LeCun disagreed."));

    [Fact]
    public void SpeakingAtAnEvent_IsParticipation() =>
        Assert.Contains(("robin-li", "participant_of", "waic"), Stated("百度CEO李彦宏在世界人工智能大会上表示，模型会越来越便宜。"));

    [Fact]
    public void FoundingWithPartners_MakesEveryoneACoFounder()
    {
        var relations = Stated("Sam Altman co-founded OpenAI with Elon Musk and Greg Brockman in 2015.").ToList();
        Assert.Contains(("sam-altman", "cofounder_of", "openai"), relations);
        Assert.Contains(("elon-musk", "cofounder_of", "openai"), relations);
        Assert.Contains(("greg-brockman", "cofounder_of", "openai"), relations);
    }

    [Fact]
    public void SameRelation_OnTheSameEvidence_IsReportedOnce() =>
        Assert.Single(Extractor.Extract("Later, Elon Musk founded xAI.").Relations, r => r.Predicate == "founder_of");

    [Theory]
    [InlineData("Cisco and Dell Technologies joined the Linux Foundation last year.", "cisco", "affiliated_with", "linux-foundation")]
    [InlineData("Linux基金会的成员包括思科、红帽和甲骨文。", "red-hat", "affiliated_with", "linux-foundation")]
    [InlineData("李飞飞曾在谷歌工作过两年。", "fei-fei-li", "former_employee_of", "google")]
    [InlineData("Demis Hassabis leads Google DeepMind and its research teams.", "demis-hassabis", "leads", "deepmind")]
    [InlineData("阿里巴巴旗下的阿里云发布了新模型。", "alibaba-cloud", "part_of", "alibaba")]
    [InlineData("Microsoft announced a partnership with OpenAI in 2019.", "microsoft", "partner_of", "openai")]
    [InlineData("Amazon invested billions in Anthropic over two years.", "amazon", "invests_in", "anthropic")]
    [InlineData("OpenAI is headquartered in San Francisco.", "openai", "located_in", "san-francisco")]
    public void EachPredicate_IsFoundFromItsCue(string text, string subject, string predicate, string obj) =>
        Assert.Contains((subject, predicate, obj), Stated(text));

    [Theory]
    [InlineData("Bill Gates visited Microsoft's new campus last week.")]
    [InlineData("黄仁勋表示，英伟达的芯片供不应求。")]
    public void KnowledgeBaseFact_WithoutItsWordsInTheSentence_IsNotReported(string text) =>
        Assert.DoesNotContain(Stated(text), r => r.Item2 == "works_at");

    [Fact]
    public void KnowledgeBaseFact_WithATitleBetweenTheNames_IsReported() =>
        Assert.Contains(("kevin-scott", "works_at", "microsoft"), Stated("Kevin Scott, who is at Microsoft, described the supercomputer."));

    [Fact]
    public void ChainOfTitles_StatesEachTitle()
    {
        var relations = Stated("英伟达创始人兼首席执行官黄仁勋发表演讲。").ToList();
        Assert.Contains(("jensen-huang", "founder_of", "nvidia"), relations);
        Assert.Contains(("jensen-huang", "ceo_of", "nvidia"), relations);
        Assert.DoesNotContain(("jensen-huang", "works_at", "nvidia"), relations);
    }

    [Fact]
    public void FormerTitle_IsFormerEmployment() =>
        Assert.Equal([("mira-murati", "former_employee_of", "openai")], Stated("Mira Murati, OpenAI's former chief technology officer, spoke.").Distinct());

    [Fact]
    public void UnitNamedAfterItsUniversity_IsPartOfIt_AndTheUniversityIsListedByTheNameInsideTheUnits()
    {
        var result = Extractor.Extract("清华大学智能产业研究院发布了报告。");
        var institute = Assert.Single(result.Entities, e => e.Type == EntityType.Organization && e.Id != "tsinghua-university");
        Assert.Equal("清华大学智能产业研究院", institute.Name);
        Assert.Contains(result.Relations, r => r.SubjectId == institute.Id && r.Predicate == "part_of" && r.ObjectId == "tsinghua-university");
        var university = Assert.Single(result.Mentions, m => m.EntityId == "tsinghua-university");
        Assert.Equal((0, "清华大学"), (university.Start, university.Text));
        Assert.Contains(result.Entities, e => e.Id == "tsinghua-university" && e.MentionCount == 1);
    }

    [Fact]
    public void UniversityNamedElsewhereToo_GetsNoExtraMentionInsideItsUnitsName()
    {
        var result = Extractor.Extract("北京大学今年扩招。北京大学计算机学院的团队发布了新模型。");

        Assert.Equal(1, result.Mentions.Count(m => m.EntityId == "peking-university"));
        Assert.Contains(result.Relations, r => r.Predicate == "part_of" && r.ObjectId == "peking-university");
    }

    [Fact]
    public void FoundersNamedTogether_AreCoFounders() =>
        Assert.Contains(("daniela-amodei", "cofounder_of", "anthropic"), Stated("Anthropic was founded by Dario Amodei and Daniela Amodei."));

    [Fact]
    public void BackersAfterABareHuo_InvestInTheFirm()
    {
        var relations = Stated("澄溪智能成立于2020年，曾获蓝湾资本和启辰创投投资。").ToList();

        Assert.Contains(relations, r => r.Item2 == "invests_in" && r.Item1.Contains("蓝湾资本") && r.Item3.Contains("澄溪智能"));
        Assert.Contains(relations, r => r.Item2 == "invests_in" && r.Item1.Contains("启辰创投") && r.Item3.Contains("澄溪智能"));
    }

    [Fact]
    public void WhatTheFirmIs_MayStandBetweenTheTitleOrOwnerAndItsName()
    {
        var relations = Stated("Lena Ward, chief executive of the speech-recognition start-up Tallis, spoke first. "
            + "Tallis, which is owned by the Denver-based investment firm Arbor Peak Partners, plans to hire.").ToList();

        Assert.Contains(("ent:lena-ward", "ceo_of", "ent:tallis"), relations);
        Assert.Contains(("ent:tallis", "part_of", "ent:arbor-peak-partners"), relations);
    }

    [Fact]
    public void AnInvestorNamedBefore向_InvestsInTheFirmAfterIt() =>
        Assert.Contains(("ent:云岭资本", "invests_in", "ent:青禾机器人"), Stated("云岭资本此前已向青禾机器人投资。"));

    [Fact]
    public void DonationsFromTwoBodies_FundTheOrganisation_BothOfThem()
    {
        var relations = Stated("The Brightwater Institute is funded by grants and by donations from the Halden Trust and the Moser Foundation.").ToList();

        Assert.Contains(("ent:halden-trust", "invests_in", "ent:brightwater-institute"), relations);
        Assert.Contains(("ent:moser-foundation", "invests_in", "ent:brightwater-institute"), relations);
    }

    [Fact]
    public void TheFoundationsExecutiveDirector_RunsTheFoundationNamedBefore() =>
        Assert.Contains(("ent:ida-brandt", "ceo_of", "ent:corvin-foundation"),
            Stated("The Corvin Foundation released a model on Tuesday. Ida Brandt, the foundation's executive director, said it was free to use."));

    [Theory]
    [InlineData("Tamsin Coyle and Arjun Bhatt, who met as doctoral students at ETH Zurich, founded Larkspur Robotics.", "Arjun Bhatt", "ETH Zurich")]
    [InlineData("Tamsin Coyle and Arjun Bhatt, both PhD students at the University of Lisbon, won the prize.", "Tamsin Coyle", "University of Lisbon")]
    [InlineData("Hedda Varga spent six years at Adobe and holds a PhD in computer vision from ETH Zurich.", "Hedda Varga", "ETH Zurich")]
    [InlineData("Tamsin Coyle is a University of Michigan graduate.", "Tamsin Coyle", "University of Michigan")]
    [InlineData("Hedda Varga left Adobe in May. She read law at the University of Cambridge.", "Hedda Varga", "University of Cambridge")]
    [InlineData("Hedda Varga joined Adobe in 2019. She earned her master's and PhD at KAIST.", "Hedda Varga", "KAIST")]
    [InlineData("Mara Quist holds a BA from Princeton and a PhD from Caltech.", "Mara Quist", "Princeton University")]
    [InlineData("Mara Quist holds a BA from Princeton and a PhD from Caltech.", "Mara Quist", "California Institute of Technology")]
    [InlineData("Ravi Patel studied at Carnegie Mellon and MIT and earned his PhD at UC Berkeley.", "Ravi Patel", "Massachusetts Institute of Technology")]
    [InlineData("Ravi Patel studied at Carnegie Mellon and MIT and earned his PhD at UC Berkeley.", "Ravi Patel", "University of California, Berkeley")]
    [InlineData("Jonas Berg is a graduate of KTH Royal Institute of Technology.", "Jonas Berg", "KTH Royal Institute of Technology")]
    public void WhereSomeoneStudied_SaidTheWaysNewsSaysIt_IsAnAffiliation(string text, string person, string school) =>
        Assert.Contains((person, "affiliated_with", school), StatedByName(text));

    [Theory]
    [InlineData("Operator: Our next question is from Dana Whitlock of Barclays.", "Dana Whitlock", "works_at", "Barclays")]
    [InlineData("Nadia Serrano, a data engineer at the Setúbal freight forwarder Veleiro Logística, joined the team.", "Nadia Serrano", "works_at", "Veleiro Logística")]
    [InlineData("Tamsin Coyle and Arjun Bhatt, engineers at Berlin-based Quellwerk Software, took the prize.", "Tamsin Coyle", "works_at", "Quellwerk Software")]
    [InlineData("Brightfen Labs has promoted Hedda Varga to chief executive.", "Hedda Varga", "ceo_of", "Brightfen Labs")]
    [InlineData("Brightfen Labs has appointed Min-jae Seo head of applied research.", "Min-jae Seo", "works_at", "Brightfen Labs")]
    [InlineData("Hedda Varga, a former engineering director at Adobe, is Brightfen Labs' new head of infrastructure.", "Hedda Varga", "works_at", "Brightfen Labs")]
    [InlineData("Lena Ortiz was formerly a principal researcher at Microsoft Research.", "Lena Ortiz", "former_employee_of", "Microsoft Research")]
    [InlineData("Most of the work came out of Brackwater Robotics Lab, which Maria Lopez runs.", "Maria Lopez", "leads", "Brackwater Robotics Lab")]
    [InlineData("The cluster was rented from Ortolan Compute, which is a Montreal outfit running on hydro.", "Ortolan Compute", "located_in", "Montreal")]
    [InlineData("Orrin Vale co-founded Coursera, founded and led Google Brain, and later taught.", "Orrin Vale", "founder_of", "Google Brain")]
    [InlineData("Veltmoor Labs, Inc. (\"Veltmoor\") is a Delaware corporation with its principal place of business in San Francisco, California.", "Veltmoor Labs, Inc.", "located_in", "San Francisco")]
    public void APostNamedTheWaysPeopleMovesColumnsNameIt_IsStated(string text, string person, string predicate, string firm) =>
        Assert.Contains((person, predicate, firm), StatedByName(text));

    [Fact]
    public void TheCompanyInANewslettersItem_IsTheFirmTheItemOpensWith()
    {
        var relations = StatedByName("Corvel Labs, a Tel Aviv start-up, was bought by Datadog. Corvel Labs had raised $20 million.\n\n"
            + "Wrenmoor Bio, a San Diego-based drug-discovery shop, raised $55 million. Chief executive Ada Price says the company's Foldline model is ready.\n\n"
            + "Pellmore Motion, a Melbourne video start-up, has been bought by Canva. Founder Jasper Tait will stay on, and Pellmore's Reelcraft editor will ship inside Canva.");

        Assert.Contains(("Foldline", "product_of", "Wrenmoor Bio"), relations);
        Assert.Contains(("Wrenmoor Bio", "located_in", "San Diego"), relations);
        Assert.Contains(("Reelcraft", "product_of", "Pellmore Motion"), relations);
    }

    [Fact]
    public void AProspectusSponsorCustomersSuppliersAndRivals_ArePartnersAndCompetitorsOfTheFirmItIsAbout()
    {
        var relations = StatedByName("12月3日，无锡砺芯微电子股份有限公司（下称“砺芯微”）科创板IPO申请获受理，保荐机构为华泰联合证券。"
            + "2025年公司前五大客户收入占比为78%，其中第一大客户北京云岫数据科技有限公司贡献41%，第二、三大客户分别为浪潮信息和宁波远帆智算科技有限公司。"
            + "供应端同样集中：晶圆代工由台积电承担，封装测试主要委托江苏长川封测有限公司，ABF载板来自昆山迅联基板科技有限公司。"
            + "竞争格局方面，国内市场的主要对手为成都砥石科技有限公司，海外对手为英伟达。");

        foreach (var partner in new[] { "华泰联合证券", "北京云岫数据科技有限公司", "浪潮信息", "宁波远帆智算科技有限公司", "江苏长川封测有限公司", "昆山迅联基板科技有限公司" })
        {
            Assert.Contains(relations, r => r.Predicate == "partner_of" && (r.Subject, r.Object) is ("无锡砺芯微电子股份有限公司", var o) && o == partner
                || (r.Object, r.Subject) is ("无锡砺芯微电子股份有限公司", var s) && s == partner);
        }
        Assert.Contains(relations, r => r.Predicate == "partner_of" && r.Subject == "无锡砺芯微电子股份有限公司" && r.Object.Contains("TSMC", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(("无锡砺芯微电子股份有限公司", "competitor_of", "成都砥石科技有限公司"), relations);
        Assert.Contains(relations, r => r is ("无锡砺芯微电子股份有限公司", "competitor_of", var o) && o.Contains("Nvidia", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WherePeopleComeFrom_IsNoSupplier()
    {
        var relations = StatedByName("砺芯微成立于2021年，核心团队多来自华为海思和英伟达。");

        Assert.DoesNotContain(relations, r => r.Predicate == "partner_of");
    }

    [Fact]
    public void AResearchNotesFirm_ItsCustomerRivalsProductLineAndAnalysts_AreRead()
    {
        var relations = StatedByName("# 甬江证券：首次覆盖翎川精密，给予“买入”评级\n\n甬江证券机械与具身智能联合研究团队日前发布深度报告《关节之争：国产替代全景图》，首次覆盖苏州翎川精密传动股份有限公司（以下简称“翎川精密”）。"
            + "报告署名分析师为甬江证券机械行业首席分析师祁望川、具身智能组分析师钟离骏。"
            + "翎川精密已向优必选批量供应谐波减速器。目前公司核心产品为“砥岳”系列行星滚柱丝杠。"
            + "丝杠领域则与上银科技以及常州柘川传动科技有限公司直接竞争。鹿鸣资产半导体分析师贺承川认为，公司估值仍有上修空间。");

        Assert.Contains(relations, r => r is ("甬江证券", "author_of", var o) && o.StartsWith("关节之争", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("祁望川", "author_of", var o) && o.StartsWith("关节之争", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("钟离骏", "author_of", var o) && o.StartsWith("关节之争", StringComparison.Ordinal));
        Assert.Contains(("砥岳", "product_of", "苏州翎川精密传动股份有限公司"), relations);
        Assert.Contains(relations, r => r is ("苏州翎川精密传动股份有限公司", "partner_of", var o) && o.Contains("UBTech", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(("苏州翎川精密传动股份有限公司", "competitor_of", "常州柘川传动科技有限公司"), relations);
        Assert.Contains(("贺承川", "works_at", "鹿鸣资产"), relations);
        Assert.DoesNotContain(relations, r => r.Subject.StartsWith("丝杠", StringComparison.Ordinal) || r.Object.StartsWith("丝杠", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoNumberedModelsOfABrandThatIsAWord_AreTheFirmsProducts_AndTheFoundersTitlesOpeningAClause_AreTheFirms()
    {
        var relations = StatedByName("无锡砺芯微电子股份有限公司成立于2019年。股权结构上，创始人、董事长兼总经理陆启川直接持股17.4%。"
            + "2021年量产的锋刃F1采用16nm工艺；2023年推出的锋刃F2转向7nm，主打大模型推理。");

        Assert.Contains(("陆启川", "leads", "无锡砺芯微电子股份有限公司"), relations);
        Assert.Contains(("锋刃F1", "predecessor_of", "锋刃F2"), relations);
    }

    [Fact]
    public void AResultsListsPrizesAndTheirWinners_AreReadFromItsHeadingsAndItsSentences()
    {
        var relations = StatedByName("Harbourline Labs today announced the winners of its hackathon.\n\n**Halyard Grand Prize (€30,000): Team Corvina**\n\n"
            + "Team Corvina won the top prize for a customs agent.\n\n**Student Spirit Award: Team Lumeira**\n\n"
            + "A four-student team from the University of Porto received the Student Spirit Award. "
            + "Her novel \"The Quiet Harbour\" was a finalist for the National Book Award.");

        Assert.Contains(("Team Corvina", "participant_of", "Halyard Grand Prize"), relations);
        Assert.Contains(("The Quiet Harbour", "participant_of", "National Book Award"), relations);
        Assert.DoesNotContain(relations, r => r is (var s, "participant_of", _) && s.Contains("Porto", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAlumniFeaturesHonoursContestsAndAssociations_AreRead()
    {
        var result = Extractor.Extract("会上，三位校友创业者获颁“雁栖创业之星”称号。两人读书时曾一同参加ACM国际大学生程序设计竞赛。"
            + "团队约80人，其中三成是华科校友。阎晓岚还是华中科技大学深圳校友会理事。");
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);

        Assert.Contains(result.Entities, e => e is { Name: "雁栖创业之星", Type: EntityType.Event });
        Assert.Contains(result.Entities, e => e.Type == EntityType.Event && e.Name.Contains("程序设计竞赛", StringComparison.Ordinal));
        Assert.Contains(result.Mentions, m => m is { Text: "华科", EntityId: "hust" });
        Assert.Contains(result.Relations, r => r.Predicate == "member_of" && names[r.SubjectId] == "阎晓岚" && names[r.ObjectId] == "华中科技大学深圳校友会");
        Assert.Contains(result.Relations, r => r.Predicate == "part_of" && names[r.SubjectId] == "华中科技大学深圳校友会" && r.ObjectId == "hust");
    }

    [Fact]
    public void AnExecutiveDirectorForAFunction_WorksAtTheBody_WithoutRunningIt()
    {
        var relations = Stated("\"We will look hard at every deal,\" said Maren Holt, the Ofcom's executive director for enforcement.").ToList();

        Assert.Contains(relations, r => r.Item1 == "ent:maren-holt" && r.Item2 == "works_at");
        Assert.DoesNotContain(relations, r => r.Item1 == "ent:maren-holt" && r.Item2 == "ceo_of");
    }

    [Fact]
    public void YearsSpentAsAnEngineerAtAFirm_BeforeCoFoundingAnotherWithSomeone_GiveBothCoFoundersAndTheFormerEmployer()
    {
        var relations = Stated("Ida Brandt spent eight years as a staff engineer at Google before co-founding Corvin Labs with Jonas Meier in 2022.").ToList();

        Assert.Contains(("ent:ida-brandt", "former_employee_of", "google"), relations);
        Assert.Contains(("ent:ida-brandt", "cofounder_of", "ent:corvin-labs"), relations);
        Assert.Contains(("ent:jonas-meier", "cofounder_of", "ent:corvin-labs"), relations);
    }

    [Fact]
    public void ProductsListedEachWithItsOwnMaker_BelongToTheirOwnMakers()
    {
        var relations = Stated("The model beat Meta's Llama 3.1 8B and Mistral's Ministral 8B on most tasks.").ToList();

        Assert.Contains(("ent:ministral-8b", "product_of", "mistral-ai"), relations);
        Assert.DoesNotContain(("ent:ministral-8b", "product_of", "meta"), relations);
    }

    [Fact]
    public void APartnershipSignedAtAnEvent_IsAPartnership() =>
        Assert.Contains(("ent:青禾机器人", "partner_of", "ent:广汽集团"), Stated("青禾机器人与广汽集团在2025广州车展上签署了战略合作协议。"));

    [Fact]
    public void AFirmToBecomeAnothersWhollyOwnedSubsidiary_IsPartOfIt_NotAMember()
    {
        var relations = Stated("青禾机器人将成为云岭科技的全资子公司。").ToList();

        Assert.Contains(("ent:青禾机器人", "part_of", "ent:云岭科技"), relations);
        Assert.DoesNotContain(("ent:青禾机器人", "affiliated_with", "ent:云岭科技"), relations);
    }

    [Fact]
    public void InvestorsNamedInAppositionAfterTheFirm_InvestInIt()
    {
        var relations = Stated("Harbor Vision's investors, Balderton Capital and Seedcamp, backed it early.").ToList();

        Assert.Contains(("balderton", "invests_in", "ent:harbor-vision"), relations);
        Assert.Contains(("ent:seedcamp", "invests_in", "ent:harbor-vision"), relations);
    }

    [Fact]
    public void AFirmsCustomersIncluded_MakesThemItsPartners() =>
        Assert.Contains(("ent:harbor-vision-labs", "partner_of", "ent:university-of-leeds"),
            Stated("Harbor Vision Labs' customers included the University of Leeds and the exam board OCR."));

    [Fact]
    public void AChiefExecutiveWhoFoundedTheFirmWithSomeone_IsACoFounder()
    {
        var relations = Stated("Nina Patel, Harbor Vision's chief executive, founded the company in 2020 with Omar Reyes.").ToList();

        Assert.Contains(("ent:nina-patel", "cofounder_of", "ent:harbor-vision"), relations);
        Assert.DoesNotContain(("ent:nina-patel", "founder_of", "ent:harbor-vision"), relations);
    }

    [Fact]
    public void ALicensingFeeOrALicensingDeal_MakesTwoFirmsPartners()
    {
        var relations = Stated("Microsoft will pay Harbor Vision a licensing fee for its models. Google's licensing deal with Character.AI came first.").ToList();

        Assert.Contains(("microsoft", "partner_of", "ent:harbor-vision"), relations);
        Assert.Contains(("google", "partner_of", "character-ai"), relations);
    }

    [Fact]
    public void TheCompanysMainProduct_IsTheFirmNamedBefore() =>
        Assert.Contains(("ent:青禾臂", "product_of", "ent:青禾机器人"), Stated("青禾机器人成立于2019年。公司主要产品“青禾臂”已经量产。"));

    [Fact]
    public void AFirmLeftWhereSheHadRunATeam_IsAFormerEmployer() =>
        Assert.Contains(("ent:nina-patel", "former_employee_of", "grammarly"),
            Stated("Nina Patel founded Harbor Vision in 2020 after leaving Grammarly, where she had run the product team."));

    [Fact]
    public void ThePreviousGenerationNamedInAComparison_IsThePredecessor() =>
        Assert.Contains(("ent:星河3", "predecessor_of", "ent:星河4"),
            Stated("云帆科技推出大模型“星河-4”。“星河-4”的推理速度比上一代“星河-3”提高了一倍。"));

    [Fact]
    public void AFirmThatSaysItHasHiredSomeone_EmploysThem() =>
        Assert.Contains(("ent:elena-marsh", "works_at", "ent:corvane-labs"),
            Stated("Corvane Labs said on Monday that it will open an office in Oslo and has hired Elena Marsh to lead it."));

    [Fact]
    public void WhereSheTookHerDoctorate_AfterHerEarlierEmployer_IsAnAffiliation()
    {
        var relations = Stated("Elena Marsh spent five years at Nvidia, where she built compilers for the CUDA toolkit, and before that completed a PhD at ETH Zurich.").ToList();

        Assert.Contains(("ent:elena-marsh", "affiliated_with", "eth-zurich"), relations);
        Assert.DoesNotContain(("ent:elena-marsh", "former_employee_of", "eth-zurich"), relations);
    }

    [Fact]
    public void AnHonoraryPositionAtAUniversitysCentre_IsAnAffiliationWithTheCentre()
    {
        var relations = Stated("Elena Marsh keeps an honorary position at Oxford's Centre for Machine Vision.").ToList();

        Assert.Contains(relations, r => r is ("ent:elena-marsh", "affiliated_with", var centre) && centre.Contains("centre-for-machine-vision"));
        Assert.Contains(relations, r => r is (var centre, "part_of", "university-of-oxford") && centre.Contains("centre-for-machine-vision"));
    }

    [Fact]
    public void FoundingAFirmWithItsChiefExecutive_MakesBothCoFoundersAndHerTheChiefExecutive()
    {
        var relations = Stated("Corvane Labs hired Tom Reyes. He reports to Jonas Berg, who co-founded the company in 2021 with chief executive Mara Lind.").ToList();

        Assert.Contains(("ent:mara-lind", "ceo_of", "ent:corvane-labs"), relations);
        Assert.Contains(("ent:mara-lind", "cofounder_of", "ent:corvane-labs"), relations);
    }

    [Fact]
    public void TheMakerOfAProduct_InAnApposition_MakesIt() =>
        Assert.Contains(("ent:tessellate", "product_of", "ent:corvane-labs"),
            Stated("Corvane Labs, the Oslo-based maker of the Tessellate coding assistant, raised money on Tuesday."));

    [Fact]
    public void ItsRival_InAnApposition_CompetesWithTheFirmTheSentenceIsAbout() =>
        Assert.Contains(("mistral-ai", "competitor_of", "ent:corvane-labs"),
            Stated("The office puts Corvane Labs close to its customers, and comes a month after Mistral AI, its larger rival, opened one nearby."));

    [Fact]
    public void AProductThatCompetesWithOthers_IsTheirCompetitor()
    {
        var relations = Stated("Corvane Labs sells the Tessellate coding assistant. Tessellate competes with GitHub Copilot and with Cursor.").ToList();

        Assert.Contains(("ent:tessellate", "competitor_of", "github-copilot"), relations);
        Assert.Contains(("ent:tessellate", "competitor_of", "cursor"), relations);
    }

    [Fact]
    public void TheBusinessesAProductIsUsedBy_AreItsMakersPartners() =>
        Assert.Contains(("ent:corvane-labs", "partner_of", "ent:rabobank"),
            Stated("Corvane Labs raised money in May. The company says Tessellate is used by about 900 businesses, including Rabobank and Zalando."));

    [Fact]
    public void AnInvestorDescribedByItsKindInAList_InvestsToo() =>
        Assert.Contains(("ent:bpifrance", "invests_in", "ent:corvane-labs"),
            Stated("Corvane Labs raised $40 million in a round led by Atomico, with participation from Northzone and the French state-backed fund Bpifrance."));

    [Fact]
    public void ARoundWithADecimalAmount_NamesWhoLedItAndWhoJoined()
    {
        var relations = Stated("云帆科技是一家软件公司。云帆科技成立于2021年，今年获得启明创投领投的2.5亿元A轮融资，顺为资本跟投。").ToList();

        Assert.Contains(("qiming-venture-partners", "invests_in", "ent:云帆科技"), relations);
        Assert.Contains(("shunwei-capital", "invests_in", "ent:云帆科技"), relations);
    }

    [Fact]
    public void TwoWhoAgreed_ArePartners_ThoughTheAsideHoldsAThousandsSeparator_ButSignatoriesOfACodeAreNot()
    {
        Assert.Contains(("ent:northwind-pictures", "partner_of", "ent:vocalis"),
            Stated("Northwind Pictures and Vocalis, the union that represents about 12,000 voice actors, have agreed on new rules."));
        Assert.DoesNotContain(Stated("OpenAI, Anthropic, Google and Cohere have signed the code of practice."), r => r.Item2 == "partner_of");
    }

    [Fact]
    public void TheUnionTheTextDescribed_IsWhatTheUnionStandsFor_AndJoiningItsPicketLinesIsNoJob()
    {
        var relations = Stated("Northwind Pictures and Vocalis, the union that represents voice actors, met on Monday. "
            + "Maria Santos, the union's president, praised a similar deal the union reached with the start-up Sonatic. "
            + "The actor Tom Hale, who joined the union's picket lines, welcomed it.").ToList();

        Assert.Contains(("ent:maria-santos", "works_at", "ent:vocalis"), relations);
        Assert.Contains(relations, r => r is ("ent:vocalis", "partner_of", "ent:sonatic") or ("ent:sonatic", "partner_of", "ent:vocalis"));
        Assert.DoesNotContain(relations, r => r is ("ent:tom-hale", "works_at", _));
    }

    [Fact]
    public void ATitleWithWhatItCovers_BeforeTheName_IsAPostAtTheFirm() =>
        Assert.Contains(("ent:lena-fischer", "works_at", "ent:northwind-pictures"),
            Stated("Northwind Pictures signed the deal. Northwind's senior vice president for business affairs, Lena Fischer, said it was fair."));

    [Fact]
    public void AFirmCountedAmongItsCustomers_AndAVendorWhoseSoftwareTheStudioUsed_ArePartners()
    {
        var relations = Stated("Northwind Pictures hired vendors, including Sonatic, a London start-up whose dubbing software the studio used last year. "
            + "Sonatic is backed by Atomico. It counts Ubisoft among its other customers.").ToList();

        Assert.Contains(relations, r => r is ("ent:northwind-pictures", "partner_of", "ent:sonatic") or ("ent:sonatic", "partner_of", "ent:northwind-pictures"));
        Assert.Contains(relations, r => r is ("ent:sonatic", "partner_of", "ubisoft") or ("ubisoft", "partner_of", "ent:sonatic") or ("ent:sonatic", "partner_of", "ent:ubisoft") or ("ent:ubisoft", "partner_of", "ent:sonatic"));
    }

    [Fact]
    public void TheFirmsUsingAProduct_AndWhereTheFirmRentsItsCompute_AreItsPartners()
    {
        var relations = Stated("云帆科技推出了客服助手“听潮”。云帆科技副总裁王敏说，已有两百多家企业接入“听潮”，其中包括顺丰和海尔集团。"
            + "王敏介绍，公司从今年起在华为云位于贵安的数据中心租用了额外的算力。").ToList();

        Assert.Contains(relations, r => r is ("ent:云帆科技", "partner_of", var customer) && customer.Contains("顺丰", StringComparison.Ordinal) || r.Item1.Contains("顺丰", StringComparison.Ordinal) && r.Item2 == "partner_of");
        Assert.Contains(relations, r => r.Item2 == "partner_of" && (r.Item1 + r.Item3).Contains("huawei", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereAFirmWasFounded_PastWhatItsFounderWasBefore_IsWhereItIs() =>
        Assert.Contains(("ent:云帆科技", "located_in", "hangzhou"),
            Stated("云帆科技是一家软件公司。云帆科技由前淘宝推荐团队负责人王敏于2020年在杭州创办。"));

    [Fact]
    public void AFirmSpunOutByTwoPeople_HasThemBothAsCoFounders()
    {
        var relations = Stated("Kestrel Vision was spun out of the University of Cambridge in 2021 by Dr Ana Ruiz, a former engineer at Arm, and Tom Berg.").ToList();

        Assert.Contains(("ent:ana-ruiz", "cofounder_of", "ent:kestrel-vision"), relations);
        Assert.Contains(("ent:tom-berg", "cofounder_of", "ent:kestrel-vision"), relations);
    }

    [Fact]
    public void CompetingWithAFirmsProductAndWithAnother_IsNoRivalryWithItsOwner()
    {
        var relations = Stated("Kestrel Vision sells scouting software. The company competes with Hudl's Wyscout and with SkillCorner.").ToList();

        Assert.Contains(relations, r => r.Item2 == "competitor_of" && (r.Item1 + r.Item3).Contains("skillcorner", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Item2 == "competitor_of" && (r.Item1 + r.Item3).Contains("hudl", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoAFirmWorksWith_AndWhereItTrainsItsModels_AreItsPartners()
    {
        var relations = Stated("Kestrel Vision raised money in a round led by Atomico, and also works with Ajax. Kestrel Vision trains its models on Amazon Web Services.").ToList();

        Assert.Contains(("ent:kestrel-vision", "partner_of", "ent:ajax"), relations);
        Assert.Contains(("ent:kestrel-vision", "partner_of", "aws"), relations);
    }

    [Fact]
    public void APersonWhoOwnsAClub_InvestsInIt() =>
        Assert.Contains(("ent:karl-weber", "invests_in", "ent:fc-nordsee"),
            Stated("FC Nordsee, owned by the shipping magnate Karl Weber, won on Sunday."));

    [Fact]
    public void WhoSuppliesTheFirmASentenceOpensWith_IsItsPartner()
    {
        var relations = Stated("云帆科技是一家机器人公司。公司的巡检车“云巡”采用激光雷达，激光雷达由禾赛科技供应，底盘则由比亚迪提供。").ToList();

        Assert.Contains(("hesai", "partner_of", "ent:云帆科技"), relations);
        Assert.Contains(("byd", "partner_of", "ent:云帆科技"), relations);
        Assert.DoesNotContain(("byd", "partner_of", "hesai"), relations);
    }

    [Fact]
    public void AFirmBasedInACityBeforeAConcept_IsLocatedThere_AndItsAdvisoryBoardMembersAreAffiliated()
    {
        var relations = Stated("Kestrel Trust, a Boston-based AI safety charity, published a report. Its advisory board includes Fei-Fei Li.").ToList();

        Assert.Contains(relations, r => r is ("ent:kestrel-trust", "located_in", var city) && city.Contains("boston", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var person, "affiliated_with", "ent:kestrel-trust") && person.Contains("fei-fei-li", StringComparison.Ordinal));
    }

    [Fact]
    public void ACountedListOfFirmsSigningWithAUniversity_AreEachItsPartners_AndAHeadquartersDescribingTheNextNameIsItsOwn()
    {
        var relations = Stated("南京大学成立机器人学院。其中，优必选、小米和华为三家企业与南京大学签署合作协议，总部位于杭州的宇树科技则捐赠了机器人。").ToList();

        Assert.Contains(relations, r => r is (var firm, "partner_of", var university) && firm == "ubtech" && university == "nanjing-university");
        Assert.Contains(relations, r => r is (var firm, "partner_of", var university) && firm == "xiaomi" && university == "nanjing-university");
        Assert.Contains(relations, r => r is (var college, "part_of", var university) && college.Contains("机器人学院", StringComparison.Ordinal) && university == "nanjing-university");
        Assert.DoesNotContain(relations, r => r.Item2 == "located_in" && !r.Item1.Contains("unitree", StringComparison.Ordinal) && !r.Item1.Contains("宇树", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoMakesItsChips_WhoHoldsItsShares_AndWhoseKindOfProductItCompetesWith_AreNamed()
    {
        var relations = Stated("Corvane Silicon was founded in 2020 by Mara Lind. Its chips are manufactured by TSMC. "
            + "The company's largest shareholders are Sequoia Capital, with a 12% stake, and SoftBank, with 7%. "
            + "Corvane Silicon competes with Groq, as well as with Nvidia's data-centre GPUs.").ToList();

        Assert.Contains(("ent:corvane-silicon", "partner_of", "tsmc"), relations);
        Assert.Contains(relations, r => r is (var investor, "invests_in", "ent:corvane-silicon") && investor.Contains("sequoia", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var investor, "invests_in", "ent:corvane-silicon") && investor.Contains("softbank", StringComparison.Ordinal));
        Assert.Contains(("ent:corvane-silicon", "competitor_of", "nvidia"), relations);
    }

    [Fact]
    public void AFirmSetUpByTwo_WhatEachDidBefore_AndAFormerCounselOnItsBoard_AreRead()
    {
        var relations = Stated("Terrafold Analytics was set up in 2021 by Wanjiru Kamau, a soil scientist who spent six years at the International Potato Center, "
            + "and her co-founder Tomas Lindqvist, an engineer who worked on Spotify's data platform. "
            + "Sarah Okafor, formerly general counsel of Revolut, has joined the company's board.").ToList();

        Assert.Contains(relations, r => r is (var p, "cofounder_of", "ent:terrafold-analytics") && p.Contains("kamau", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "cofounder_of", "ent:terrafold-analytics") && p.Contains("lindqvist", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "former_employee_of", var o) && p.Contains("kamau", StringComparison.Ordinal) && o.Contains("potato", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (var p, "former_employee_of", "ent:terrafold-analytics") && p.Contains("kamau", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "former_employee_of", var o) && p.Contains("lindqvist", StringComparison.Ordinal) && o.Contains("spotify", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "former_employee_of", var o) && p.Contains("okafor", StringComparison.Ordinal) && o.Contains("revolut", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "affiliated_with", "ent:terrafold-analytics") && p.Contains("okafor", StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherCoFounderWhoLeftToStartAFirm_AndAFirmsCustomersNamedAfterTheirKind_AreRead()
    {
        var relations = Stated("Stackhold Robotics makes picking arms. Its other co-founder, Lena Hartmann, left the company last year to start Fernleaf Labs. "
            + "Stackhold ran out of cash after its largest customer, the supermarket chain Sainsbury's, paused a rollout. "
            + "Stackhold tests its arms on tasks written by its enterprise customers, such as the Royal Bank of Canada.").ToList();

        Assert.Contains(relations, r => r is (var p, "cofounder_of", "ent:stackhold-robotics") && p.Contains("hartmann", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "founder_of", "ent:fernleaf-labs") && p.Contains("hartmann", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("ent:stackhold-robotics", "partner_of", var o) && o.Contains("sainsbury", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("ent:stackhold-robotics", "partner_of", var o) && o.Contains("royal-bank", StringComparison.Ordinal));
    }

    [Fact]
    public void TheInvestorsOfAFirmWithASpinOutClause_BackTheFirm_NotTheUniversity()
    {
        var relations = Stated("Stackhold Robotics makes picking arms. Stackhold, which was spun out of the University of Cambridge's engineering department in 2017, "
            + "raised more than £90 million from investors including Octopus Ventures and the British Business Bank.").ToList();

        Assert.Contains(relations, r => r is ("ent:stackhold-robotics", "affiliated_with", "university-of-cambridge"));
        Assert.Contains(relations, r => r is (var investor, "invests_in", "ent:stackhold-robotics") && investor.Contains("octopus", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (_, "invests_in", "university-of-cambridge"));
    }

    [Fact]
    public void TheAuthoritysChiefExecutive_HeadsTheAuthorityNamedBefore()
    {
        var relations = Stated("Kenya's National Drought Management Authority signed the deal on Wednesday. "
            + "The authority's chief executive, Hassan Abdille, said the forecasts would help.").ToList();

        Assert.Contains(relations, r => r is (var p, "ceo_of", var o) && p.Contains("abdille", StringComparison.Ordinal) && o.Contains("drought", StringComparison.Ordinal));
    }

    [Fact]
    public void ChinesePostsListedBeforeAName_AGeneralManagersFirm_AndAFoundationsChair_AreRead()
    {
        var relations = Stated("评审委员会主任、中国科学院院士、复旦大学教授葛惟中致辞。云禾科技将语音业务分拆为独立子公司“云禾声学”，由原副总裁周启明出任总经理。"
            + "青川基金会成立于2024年。基金会理事长任思齐宣布了新计划。据公司首席技术官覃佳介绍，模型已上线。").ToList();

        Assert.Contains(relations, r => r is (var p, "member_of", "chinese-academy-of-sciences") && p.Contains("葛惟中", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "works_at", "fudan-university") && p.Contains("葛惟中", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "leads", var o) && p.Contains("周启明", StringComparison.Ordinal) && o.Contains("云禾声学", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (var p, "leads", var o) && p.Contains("周启明", StringComparison.Ordinal) && o.Contains("云禾科技", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "leads", var o) && p.Contains("任思齐", StringComparison.Ordinal) && o.Contains("青川基金会", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "works_at", _) && p.Contains("覃佳", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("广汽集团副总经理高锐表示，合作顺利。", "works_at")]
    [InlineData("蚂蚁集团智能终端事业部总经理刘韬表示，合作顺利。", "leads")]
    public void AGeneralManagerHeadsTheUnit_ADeputyWorksThere(string text, string predicate) =>
        Assert.Contains(Stated(text), r => r.Item2 == predicate && r.Item1.StartsWith("ent:", StringComparison.Ordinal));

    [Fact]
    public void DealsBetweenTwoPairs_ARivalListAfterIs_AndWhereSomeoneJoinedFrom_AreRead()
    {
        var relations = Stated("The deal follows similar agreements between OpenAI and Anthropic, and between Amazon and The New York Times. "
            + "云帆物流成立于2019年。云帆物流的主要竞争对手是满帮集团和顺丰。"
            + "Corvane Labs makes chips. Corvane's head of partnerships, Lucas Moreau, joined the company in March from Spotify.").ToList();

        Assert.Contains(("openai", "partner_of", "anthropic"), relations);
        Assert.Contains(relations, r => r is ("amazon", "partner_of", var o) && o.Contains("new-york-times", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "competitor_of", var o) && s.Contains("云帆物流", StringComparison.Ordinal) && o.Contains("满帮集团", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "former_employee_of", "spotify") && p.Contains("moreau", StringComparison.Ordinal));
    }

    [Fact]
    public void APilotPartner_ACityBasedFirm_ItsCustomersPastItsFounders_AndWhoLedItsRound_AreRead()
    {
        var relations = Stated("Calder Insurance said on Monday that claims now go through its app, after a pilot with the Dublin-based "
            + "computer-vision company Optica. Optica, founded in 2016 by Ana Ruiz and Tom Hale, counts Allianz and Aviva among its "
            + "customers. Its last funding round was led by Index Ventures.").ToList();

        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("calder", StringComparison.Ordinal) && o.Contains("optica", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "located_in", var o) && s.Contains("optica", StringComparison.Ordinal) && o.Contains("dublin", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("optica", StringComparison.Ordinal) && o.Contains("allianz", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("index-ventures", StringComparison.Ordinal) && o.Contains("optica", StringComparison.Ordinal));
    }

    [Fact]
    public void ASizedStartUpsCity_AFormerScientistThere_TwoOwnersWithTheirCountries_AndAModelTrainedByTwo_AreRead()
    {
        var relations = Stated("Wavecrest, a 40-person Lisbon start-up, was spun out of the Portuguese Institute of Oceanography in 2020 by "
            + "Rita Lopes, a former research engineer there, and Joao Reis. Meridia Telkom Nusantara opened a data centre. Meridia is "
            + "controlled by Spain's Ardent Holdings and Japan's Kiso Group. The service runs Nomad-3B, a Swahili-language model "
            + "trained by Safaricom with the Nairobi start-up Lughai.").ToList();

        Assert.Contains(relations, r => r is (var s, "located_in", var o) && s.Contains("wavecrest", StringComparison.Ordinal) && o.Contains("lisbon", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "former_employee_of", var o) && p.Contains("rita-lopes", StringComparison.Ordinal) && o.Contains("oceanography", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("meridia", StringComparison.Ordinal) && o.Contains("ardent-holdings", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("meridia", StringComparison.Ordinal) && o.Contains("kiso-group", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "product_of", var o) && s.Contains("nomad-3b", StringComparison.Ordinal) && o.Contains("lughai", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("safaricom", StringComparison.Ordinal) && o.Contains("lughai", StringComparison.Ordinal));
    }

    [Fact]
    public void ARivalWhoSignsADeal_OneFounderOfMany_ALaunchHelped_TheDirector_AndAnAdvocate_AreRead()
    {
        var relations = Stated("Udio's rival Suno, which faces a suit, signed an agreement with Warner last month. Vela Music, based in "
            + "Austin, was founded in 2021 by Mara Quinn and a group of former Spotify engineers. The Nordic AI Alliance, which KTH "
            + "professor Lars Holm helped launch in 2022, met in Oslo. Kenji Nakamura, the director of RIKEN, spoke. Dana Ortiz, a "
            + "policy advocate at the Electronic Frontier Foundation, disagreed. Maria Lind, a managing director at Lazard, left.").ToList();

        Assert.Contains(relations, r => r is (var s, "competitor_of", var o) && s.Contains("suno", StringComparison.Ordinal) && o.Contains("udio", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("suno", StringComparison.Ordinal) && o.Contains("warner", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (var s, "partner_of", var o) && s.Contains("udio", StringComparison.Ordinal) && o.Contains("warner", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "cofounder_of", var o) && p.Contains("mara-quinn", StringComparison.Ordinal) && o.Contains("vela-music", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "cofounder_of", var o) && p.Contains("lars-holm", StringComparison.Ordinal) && o.Contains("nordic-ai-alliance", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "leads", var o) && p.Contains("kenji-nakamura", StringComparison.Ordinal) && o.Contains("riken", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "works_at", var o) && p.Contains("dana-ortiz", StringComparison.Ordinal) && o.Contains("electronic-frontier", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "works_at", var o) && p.Contains("maria-lind", StringComparison.Ordinal) && o.Contains("lazard", StringComparison.Ordinal));
    }

    [Fact]
    public void AModelReleasedByAListWithAGloss_IsEachOnesProduct() =>
        Assert.Equal(3, Stated("Acme Labs, EPFL and the Swiss Data Science Center (SDSC) on Monday released Orca-2.").Distinct()
            .Count(r => r is (var s, "product_of", _) && s.Contains("orca-2", StringComparison.Ordinal)));

    [Fact]
    public void AFirmSpunOutOfAUniversitysResearch_ItsInvestorsAfter其_ABrandsOwner_AndWhatAFirmLaunchedInACity_AreRead()
    {
        var relations = Stated("百川智能是清华大学软件学院科研成果转化的公司，其投资方包括腾讯、阿里巴巴和上海市人工智能产业投资基金。"
            + "乐学思是远见教育旗下品牌。科大讯飞在合肥发布新款学习机“星河T5”。").ToList();

        Assert.Contains(relations, r => r is (_, "affiliated_with", var o) && o.Contains("软件学院", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("tencent", "invests_in", _));
        Assert.Contains(relations, r => r is (var s, "invests_in", _) && s.Contains("上海市人工智能产业投资基金", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("乐学思", StringComparison.Ordinal) && o.Contains("远见教育", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "product_of", "iflytek") && s.Contains("星河t5", StringComparison.Ordinal));
    }

    [Fact]
    public void ASupplierAfterAPartsMaker_IsNoPartnerOfThatMaker() =>
        Assert.DoesNotContain(Stated("座舱芯片采用高通骁龙8295，语音前端则由科大讯飞提供。"), r => r is (_, "partner_of", _));

    [Fact]
    public void AUnitNamedAfterAFirmTheTextNames_IsPartOfIt_AndWhoLeadsIt()
    {
        var relations = Stated("远航汽车与百度签约。远航汽车智能驾驶事业部总经理林岳介绍，合作顺利。").ToList();

        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("智能驾驶事业部", StringComparison.Ordinal) && o.EndsWith("远航汽车", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "leads", var o) && p.Contains("林岳", StringComparison.Ordinal) && o.Contains("智能驾驶事业部", StringComparison.Ordinal));
    }

    [Fact]
    public void ABusinessOfAMarketplace_IsPartOfIt_ARivalAfterATwoWordOwner_AndABackerIsAFirm_ButANationalityIsNoName()
    {
        var result = Extractor.Extract("Cardea Pay, the payments business of the Latin American marketplace Tienda Sol, screens every card payment. "
            + "Tienda Sol's rival Bancora, the Brazilian digital bank backed by Berkshire Hathaway, uses a similar system.");
        var relations = result.Relations.Select(r => (r.SubjectId, r.Predicate, r.ObjectId)).ToList();

        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("cardea-pay", StringComparison.Ordinal) && o.Contains("tienda-sol", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "competitor_of", var o) && s.Contains("bancora", StringComparison.Ordinal) && o.Contains("tienda-sol", StringComparison.Ordinal));
        Assert.Contains(result.Entities, e => e is { Name: "Berkshire Hathaway", Type: EntityType.Organization });
        Assert.DoesNotContain(result.Entities, e => e.Name == "Latin American");
    }

    [Fact]
    public void BackersAfterAnAside_ALicensee_ACitysGovernment_ATownsRegion_AndAnIncubator_AreRead()
    {
        var result = Extractor.Extract("Halvard Labs, which runs offices in Oslo and Lima, is backed by Northzone and Balderton Capital. "
            + "Halvard has licensed the rights to its compound to Stemwell Pharma. The City of Denver hired Civic Signal. "
            + "It runs assistants for Tempe, Arizona. 星数科技由北京大学人工智能研究院孵化。");
        var relations = result.Relations.Select(r => (r.SubjectId, r.Predicate, r.ObjectId)).ToList();

        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("northzone", StringComparison.Ordinal) && o.Contains("halvard", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("balderton", StringComparison.Ordinal) && o.Contains("halvard", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("halvard", StringComparison.Ordinal) && o.Contains("stemwell", StringComparison.Ordinal));
        Assert.Contains(result.Entities, e => e is { Name: "City of Denver", Type: EntityType.Organization });
        Assert.Contains(relations, r => r is (var s, "located_in", var o) && s.Contains("tempe", StringComparison.Ordinal) && o.Contains("arizona", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "affiliated_with", var o) && s.Contains("星数科技", StringComparison.Ordinal) && o.Contains("人工智能研究院", StringComparison.Ordinal));
    }

    [Fact]
    public void PlacesListedWithCommas_AreNoTownAndRegion() =>
        Assert.DoesNotContain(Stated("The firm has offices in Paris, London, Berlin, Madrid and Rome."), r => r.Item2 == "located_in");
    [Fact]
    public void TheTitlesAfterAFirmsHeadquartersClause_AreItsOwn()
    {
        var relations = Stated("星河航天总部位于西安，创始人兼CEO赵启明曾在金融行业工作多年。").ToList();

        Assert.Contains(relations, r => r is (var p, "ceo_of", var o) && p.Contains("赵启明", StringComparison.Ordinal) && o.Contains("星河航天", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "founder_of", var o) && p.Contains("赵启明", StringComparison.Ordinal) && o.Contains("星河航天", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompanyNounInApposition_IsTheFirmBeforeIt_NotTheSentencesSubject()
    {
        var relations = Stated("Brightfold Media signed a licensing deal with Nimbus AI, the Oakland lab behind the Kite assistant.").ToList();

        Assert.Contains(("ent:nimbus-ai", "located_in", "ent:oakland"), relations);
        Assert.Contains(("ent:kite", "product_of", "ent:nimbus-ai"), relations);
        Assert.DoesNotContain(relations, r => r.Item1 == "ent:brightfold-media" && r.Item2 is "located_in");
    }

    [Fact]
    public void WhatAFirmOwns_AndTheGroupItIsAUnitOf_AreParents()
    {
        var owner = Stated("Lakeshore Media Group, owner of the Duluth Herald and the Mesabi Gazette, agreed to the deal.").ToList();
        var unit = Stated("Fairbank Press, which owns the Erie Sentinel and is itself a unit of Colton Holdings, filed the suit.").ToList();
        var subsidiary = Stated("Trackline Systems, the Siemens subsidiary used by several clubs, declined to comment.").ToList();

        Assert.Contains(("ent:duluth-herald", "part_of", "ent:lakeshore-media-group"), owner);
        Assert.Contains(("ent:mesabi-gazette", "part_of", "ent:lakeshore-media-group"), owner);
        Assert.Contains(("ent:erie-sentinel", "part_of", "ent:fairbank-press"), unit);
        Assert.Contains(("ent:fairbank-press", "part_of", "ent:colton-holdings"), unit);
        Assert.Contains(subsidiary, r => r is ("ent:trackline-systems", "part_of", _));
    }

    [Fact]
    public void FoundersNamedBeforeTheFirm_AreItsCofounders_NotOfTheirFormerEmployer()
    {
        var relations = Stated("Halvard Robotics makes sensors for trucks. Founded in 2019 by Nadia Okoro and Omar Haddad, both former Intel engineers, "
            + "the Denver-based company now employs 80 people.").ToList();

        Assert.Contains(("ent:nadia-okoro", "cofounder_of", "ent:halvard-robotics"), relations);
        Assert.Contains(("ent:omar-haddad", "cofounder_of", "ent:halvard-robotics"), relations);
        Assert.DoesNotContain(relations, r => r is (_, "cofounder_of", "intel"));
    }

    [Fact]
    public void BackersListedWithoutTheirFirm_BackTheFirmTheTextIsAbout()
    {
        var relations = Stated("Veridan Semiconductor filed for a listing on Tuesday. Its revenue doubled.\n\nBackers include Northwind Capital and Arcadia Ventures.").ToList();

        Assert.Contains(("ent:northwind-capital", "invests_in", "ent:veridan-semiconductor"), relations);
        Assert.Contains(("ent:arcadia-ventures", "invests_in", "ent:veridan-semiconductor"), relations);
    }

    [Fact]
    public void ADemonstrativeDescribingAFirm_StandsForItInItsSentence_AndItsCityIsWhereItIs()
    {
        var relations = Stated("苏州远望数据科技有限公司负责算力平台。这家总部位于江苏苏州的企业去年获得腾讯的战略投资，其首席执行官孙立表示将扩大招聘。").ToList();

        Assert.Contains(relations, r => r is (_, "ceo_of", var o) && o.Contains("远望", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (_, "ceo_of", "tencent"));
        Assert.Contains(relations, r => r is (var s, "located_in", "suzhou") && s.Contains("远望", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (var s, "located_in", "jiangsu") && s.Contains("远望", StringComparison.Ordinal));
    }

    [Fact]
    public void WhatAFirmDevelopsWithSeveralPartners_IsEachOnesProduct_AndItsSubjectIsTheUnitNotTheGroup()
    {
        var relations = Stated("东岳集团旗下的山东远芯科技有限公司日前宣布，其与山东省农业科学院、山东省气象局共同研发的灌溉大模型“润田”已投入使用。").ToList();

        Assert.Contains(relations, r => r is (var p, "product_of", var o) && p.EndsWith("润田", StringComparison.Ordinal) && o.Contains("远芯", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "product_of", var o) && p.EndsWith("润田", StringComparison.Ordinal) && o.Contains("农业科学院", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (_, "product_of", var o) && o.Contains("东岳", StringComparison.Ordinal));
    }

    [Fact]
    public void AStudiosGameInTitleMarks_IsItsProduct_WhereverTheTextNamesIt()
    {
        var result = Extractor.Extract("网易旗下的青鸾工作室宣布，其开放世界游戏《云海行记》将于明年上线。《云海行记》自去年公测以来注册用户已超千万。");

        Assert.Contains(result.Entities, e => e is { Name: "云海行记", Type: EntityType.Product });
        Assert.Contains(result.Relations, r => r.Predicate == "product_of" && r.SubjectId.EndsWith("云海行记", StringComparison.Ordinal)
            && r.ObjectId.EndsWith("青鸾工作室", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAssociationsHeadAndMember_AfterWhatElseTheyAre_AreItsLeaderAndMember()
    {
        var relations = Stated("中国翻译协会昨日发表声明。协会会长、资深译者陈一鸣表示反对。协会会员、曾参与《远方》翻译的青年译者王小川也发声。").ToList();

        Assert.Contains(relations, r => r is (var p, "leads", var o) && p.Contains("陈一鸣", StringComparison.Ordinal) && o.Contains("翻译协会", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (_, "member_of", var o) && o.Contains("翻译协会", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionThenAPlaceInIt_AndACityThenItsCounty_AreWhereEachIs()
    {
        var relations = Stated("项目覆盖河北省沧州市和江苏盐城，运营中心位于沧州市献县。").ToList();

        Assert.Contains(relations, r => r is (var p, "located_in", "hebei") && p.Contains("沧州", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "located_in", "jiangsu") && p.Contains("盐城", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var p, "located_in", var o) && p.Contains("献县", StringComparison.Ordinal) && o.Contains("沧州", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDirectorOfAFirmsUnit_LeadsTheUnit_AndWhoLedAPieceOfWorkLeadsNoFirm()
    {
        var relations = Stated("At Halden Robotics the work was led by Mara Linde, director of the company's Coastal Systems Group.").ToList();

        Assert.Contains(("ent:mara-linde", "leads", "ent:coastal-systems-group"), relations);
        Assert.DoesNotContain(("ent:mara-linde", "leads", "ent:halden-robotics"), relations);
    }

    [Fact]
    public void ATownAndItsRegionBeforeBased_IsWhereTheTownIs() =>
        Assert.Contains(Stated("Ortho Robotics, a Tempe, Arizona-based maker of robot arms, raised new money."),
            r => r is (var s, "located_in", var o) && s.EndsWith("tempe", StringComparison.Ordinal) && o.EndsWith("arizona", StringComparison.Ordinal));

    [Fact]
    public void ASubsidiaryAfterItsParentsAnnouncement_IsPartOfTheParent() =>
        Assert.Contains(Stated("江城地铁集团有限公司12月2日宣布，其全资子公司江城地铁运营有限公司将在5号线投用巡检机器人。"),
            r => r is (var s, "part_of", var o) && s.Contains("运营", StringComparison.Ordinal) && o.Contains("集团", StringComparison.Ordinal));

    [Fact]
    public void TitlesOpeningASentenceAfterTheFirm_AreTheFirms()
    {
        var relations = Stated("青镜医疗成立于2021年，总部位于杭州，现有员工约90人。创始人兼首席执行官周舟此前在一家互联网公司负责医疗团队。").ToList();

        Assert.Contains(relations, r => r is (_, "founder_of", var o) && o.Contains("青镜", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (_, "ceo_of", var o) && o.Contains("青镜", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRoundAfterAnOpeningClause_IsTheFirmsRound()
    {
        var relations = Stated("星澜科技宣布完成A轮融资。公告显示，本轮融资由远山资本领投，青崖创投跟投。").ToList();

        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("远山", StringComparison.Ordinal) && o.Contains("星澜", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("青崖", StringComparison.Ordinal) && o.Contains("星澜", StringComparison.Ordinal));
    }

    [Fact]
    public void ASignedDeal_AndWhatOneFirmTakesFromAnother_MakePartners()
    {
        var relations = Stated("南岭银行同时与远穹云计算有限公司（远穹云）签约。北岸银行采用科大讯飞提供的语音客服系统。").ToList();

        Assert.Contains(relations, r => r is (var s, "partner_of", var o) && s.Contains("南岭", StringComparison.Ordinal) && o.Contains("远穹", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "partner_of", "iflytek") && s.Contains("北岸", StringComparison.Ordinal));
    }

    [Fact]
    public void AMemberFirmOfAnAssociation_AndACommitteeMember_AreMembers()
    {
        var relations = Stated("巡岭智能成立于2019年，总部位于深圳，是中国城市轨道交通协会会员单位。张敏同时担任中华医学会病理学分会委员。").ToList();

        Assert.Contains(relations, r => r is (var s, "member_of", var o) && s.Contains("巡岭", StringComparison.Ordinal) && o.Contains("协会", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (_, "member_of", var o) && o.Contains("病理学分会", StringComparison.Ordinal));
    }

    [Fact]
    public void AFirmHeadquarteredInAProvincesCity_IsInTheCity() =>
        Assert.Contains(Stated("总部位于江苏无锡的华岭精密制造有限公司已签订采购协议。"),
            r => r is (var s, "located_in", var o) && s.Contains("华岭", StringComparison.Ordinal) && o.Contains("无锡", StringComparison.Ordinal));

    [Fact]
    public void AModelBuiltBy_AndAMakerOfAModel_AreProductsOfTheFirm()
    {
        var relations = Stated("TideNet, an image-recognition model built by the Okapi Conservation Trust, flags poachers. Ferrow, the Dayton-based maker of the RouteWise planning model, sells software.").ToList();

        Assert.Contains(("ent:tidenet", "product_of", "ent:okapi-conservation-trust"), relations);
        Assert.Contains(relations, r => r is ("ent:routewise", "product_of", _));
    }

    [Fact]
    public void InvestorsWhoJoinedTheRound_InvestInTheFirmTheTextIsAbout()
    {
        var relations = Stated("DAYTON, Ohio — Ferrow Technologies Inc., a freight start-up, said on Tuesday it had raised $40 million in a round led by Larchmont Ventures. General Catalyst and Bolt Growth, the venture arm of shipping group A.P. Moller-Maersk, also joined the round.").ToList();

        Assert.Contains(relations, r => r is (var gc, "invests_in", var o) && gc.Contains("general-catalyst", StringComparison.Ordinal) && o.Contains("ferrow", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("ent:bolt-growth", "invests_in", var o) && o.Contains("ferrow", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "located_in", var o) && s.Contains("dayton", StringComparison.Ordinal) && o.Contains("ohio", StringComparison.Ordinal));
    }

    [Fact]
    public void AProductThatReplacedTheFirmsEarlierOne_IsItsSuccessor()
    {
        var relations = Stated("Ferrow Logistics Inc. sells the RouteWise routing model. RouteWise replaced the company's earlier rules-based planner, Dispatcher, in May. Quillmark sells the QuillDraft writing tool. QuillDraft succeeded NoteBot, the company's earlier product.").ToList();

        Assert.Contains(relations, r => r is (var s, "predecessor_of", var o) && s.Contains("dispatcher", StringComparison.Ordinal) && o.Contains("routewise", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "predecessor_of", var o) && s.Contains("notebot", StringComparison.Ordinal) && o.Contains("quilldraft", StringComparison.Ordinal));
    }

    [Fact]
    public void AStartUpSpunOutOfTheUniversity_IsItsSpinOut_AndTheRoundIsTheStartUps()
    {
        var relations = Stated("Carnegie Mellon University has a new spin-out. Gridlattice AI Inc., a materials start-up spun out of the university, said on Wednesday it had closed a $5 million seed round led by Fernhill Ventures.").ToList();

        Assert.Contains(relations, r => r is (var s, "affiliated_with", "carnegie-mellon-university") && s.Contains("gridlattice", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "invests_in", var o) && s.Contains("fernhill", StringComparison.Ordinal) && o.Contains("gridlattice", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is (_, "invests_in", "carnegie-mellon-university"));
    }

    [Fact]
    public void AProfessorInAUniversitysDepartment_WorksThere_AndWhoDirectsTheCenter_LeadsIt()
    {
        var relations = Stated("Helen Marsh, a professor in CMU's Department of Chemical Engineering, spoke first. The Center for Innovation Transfer helped; Jeanne Lowe, who directs the center, said so.").ToList();

        Assert.Contains(relations, r => r is ("ent:helen-marsh", "works_at", var o) && o.Contains("chemical-engineering", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is ("ent:jeanne-lowe", "leads", var o) && o.Contains("innovation-transfer", StringComparison.Ordinal));
    }

    [Fact]
    public void AFirmOwnedByAnotherPastAnAside_IsPartOfIt_AndARivalOfThePress_CompetesWithIt()
    {
        var relations = Stated("Lakeview Press Group, which publishes four weekly titles across Ohio, is owned by Ashgrove Holdings LLC, a New York firm. The Riverside Ledger, which competes with the Marlow Press for readers, will label AI content.").ToList();

        Assert.Contains(relations, r => r is (var s, "part_of", var o) && s.Contains("lakeview-press", StringComparison.Ordinal) && o.Contains("ashgrove", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is (var s, "competitor_of", var o) && s.Contains("ledger", StringComparison.Ordinal) && o.Contains("marlow-press", StringComparison.Ordinal));
    }

    private static List<(string Subject, string Predicate, string Object)> StatedByName(string text)
    {
        var result = Extractor.Extract(text);
        var names = result.Entities.ToDictionary(e => e.Id, e => e.Name);
        return result.Relations.Where(r => r.Predicate != "co_occurrence")
            .Select(r => (names.GetValueOrDefault(r.SubjectId, r.SubjectId), r.Predicate, names.GetValueOrDefault(r.ObjectId, r.ObjectId))).ToList();
    }

    [Fact]
    public void LetteredRoundsOneAfterAnother_AreEachTheFirmsOwn_WithEveryInvestorNamed()
    {
        var relations = StatedByName("澜芯半导体成立于2018年，至今完成四轮融资。2019年A轮由启明创投领投，2021年B轮由君联资本领投、深创投跟投。");

        Assert.Contains(("Qiming Venture Partners", "invests_in", "澜芯半导体"), relations);
        Assert.Contains(("Legend Capital", "invests_in", "澜芯半导体"), relations);
        Assert.Contains(("Shenzhen Capital Group", "invests_in", "澜芯半导体"), relations);
    }

    [Fact]
    public void FirmsListedAsTheCompanysTopCustomers_ArePartners_AndRivalsItListsAreNotEachOthers()
    {
        var relations = StatedByName("澜芯半导体总部位于苏州。联想集团、中国电信和京东位列公司2024年前五大客户。招股书将海光信息和英特尔列为主要竞争对手。");

        Assert.Contains(relations, r => r.Predicate == "partner_of" && r.Subject == "澜芯半导体" && r.Object is "中国电信" or "China Telecom");
        Assert.DoesNotContain(relations, r => r.Predicate == "competitor_of" && r.Subject.Contains("海光", StringComparison.Ordinal));
    }

    [Fact]
    public void AModelBuiltOnAnEarlierOne_IsItsSuccessor()
    {
        var relations = StatedByName("青梧研究院由青梧集团设立。青梧-3在青梧-2的基础上扩大了上下文窗口。");

        Assert.Contains(("青梧-2", "predecessor_of", "青梧-3"), relations);
    }

    [Fact]
    public void AdvisersRivalsSuccessorsAndLicensees_AreRead()
    {
        var relations = StatedByName("Quillfield Robotics agreed to buy Fenwick Sensing Ltd. on Monday. Hartley Sandler is acting as financial adviser to Quillfield Robotics, "
            + "while Fenwick Sensing is being advised by Moelis & Company. The Reaper V5, released in May as the successor to the Reaper V4, sprays faster. "
            + "Fenwick Sensing's main rival is still Nimbus Aerial Systems. Brookfield University has licensed the model to Fenwick Sensing.");

        Assert.Contains(relations, r => r is { Subject: "Hartley Sandler", Predicate: "partner_of" } && r.Object.StartsWith("Quillfield", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.Predicate == "partner_of" && r.Object == "Moelis & Company");
        Assert.Contains(("Reaper V4", "predecessor_of", "Reaper V5"), relations);
        Assert.Contains(relations, r => r is { Predicate: "competitor_of", Object: "Nimbus Aerial Systems" } && r.Subject.StartsWith("Fenwick", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Subject: "Brookfield University", Predicate: "partner_of" } && r.Object.StartsWith("Fenwick", StringComparison.Ordinal));
    }

    [Fact]
    public void ASpeechNamingAnInstitutesHomeDirectorAndPartners_IsRead()
    {
        var relations = StatedByName("Today I am announcing the Estonian AI Evaluation Institute. The institute will sit within my ministry, the Ministry of Economic Affairs. "
            + "Dr. Kadri Tamm has agreed to serve as the institute's first director. Kadri joins us from the University of Tartu. "
            + "Veriff and Skeldon Analytics, a young firm from Tallinn, signed the pledge.");

        Assert.Contains(relations, r => r is { Predicate: "part_of", Object: "Ministry of Economic Affairs" } && r.Subject.Contains("AI Evaluation Institute", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Subject: "Kadri Tamm", Predicate: "leads" } && r.Object.Contains("AI Evaluation Institute", StringComparison.Ordinal));
        Assert.Contains(("Kadri Tamm", "former_employee_of", "University of Tartu"), relations);
        Assert.Contains(("Skeldon Analytics", "located_in", "Tallinn"), relations);
    }

    [Fact]
    public void ARelativeClauseAboutAFirmsOfficer_NamesThatFirm_NotTheOneTheQuoteMentioned()
    {
        var relations = StatedByName("Quillfield Robotics agreed to buy Fenwick Sensing Ltd. on Monday. \"Fenwick Sensing is very good at mapping,\" said Owen Pike, Quillfield's chief executive, who co-founded the company in 2016 with Mira Shah.");

        Assert.Contains(relations, r => r is { Subject: "Owen Pike", Predicate: "cofounder_of" } && r.Object.StartsWith("Quillfield", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r is { Subject: "Owen Pike", Predicate: "cofounder_of" } && r.Object.StartsWith("Fenwick", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileOfOfficersAndTheirPasts_IsRead_WithTheKindNounsStandingForTheNamedBodies()
    {
        var relations = StatedByName("Harlowe District Council approved the plan. The council's leader, Tom Brask, praised it. "
            + "Kestwick Power, the Derby-based utility, will supply it. Nadia Orme, who runs the utility as chief executive, was pleased. "
            + "Pia Lund, who ran Nordic sales for Oracle before joining Kestwick Power, spoke next. Owen Tate, a Labour Party councillor, voted no. "
            + "The Fenmoor Pension Fund has already backed Kestwick Power through a minority stake. "
            + "The plan was reviewed by the Wessex Division of Energy Markets. Ruth Hale, who heads the division as commissioner, signed it.");

        Assert.Contains(("Tom Brask", "leads", "Harlowe District Council"), relations);
        Assert.Contains(("Nadia Orme", "ceo_of", "Kestwick Power"), relations);
        Assert.Contains(("Pia Lund", "former_employee_of", "Oracle"), relations);
        Assert.Contains(("Owen Tate", "member_of", "Labour Party"), relations);
        Assert.Contains(("Fenmoor Pension Fund", "invests_in", "Kestwick Power"), relations);
        Assert.DoesNotContain(relations, r => r is { Subject: "Fenmoor Pension Fund", Predicate: "affiliated_with" });
        Assert.Contains(("Ruth Hale", "leads", "Wessex Division of Energy Markets"), relations);
    }

    [Fact]
    public void AnInterviewGuestsWe_IsTheGuestsFirm_ForCustomersProductsPastsAndMemberships()
    {
        var relations = StatedByName("Our guest is Ilse Maren, chief executive of Sundrop Machines.\n\nHOST: Who buys the robot?\n\n"
            + "MAREN: Calder Motors is our first paying customer. The Wren W1, our first robot, shipped last year. "
            + "My co-founder came from Siemens, where he worked on drives. We're a member of the Robotic Industries Council.");

        Assert.Contains(("Calder Motors", "partner_of", "Sundrop Machines"), relations);
        Assert.Contains(("Wren W1", "product_of", "Sundrop Machines"), relations);
        Assert.Contains(("Sundrop Machines", "member_of", "Robotic Industries Council"), relations);
    }

    [Fact]
    public void APersonWhoCameFromAFirmWhereTheyWorked_IsItsFormerEmployee()
    {
        var relations = StatedByName("Ravi Kantor joined Sundrop Machines last year. Ravi, our head of motors, came from Siemens, where he worked on motor drives.");

        Assert.Contains(("Ravi Kantor", "former_employee_of", "Siemens"), relations);
        Assert.DoesNotContain(("Ravi Kantor", "works_at", "Siemens"), relations);
    }

    [Fact]
    public void HonoursThatIncludeElectionAsAMember_MakeAMember() =>
        Assert.Contains(("Agnes Holm", "member_of", "Royal Swedish Academy of Engineering Sciences"),
            StatedByName("Agnes Holm retired on Friday. Holm's honors include election as a member of the Royal Swedish Academy of Engineering Sciences."));

    [Fact]
    public void AFirmHeadquarteredInACityOfARegion_IsInTheCity_NotAlsoInTheRegion()
    {
        var relations = StatedByName("驭远科技总部位于湖北武汉，首席执行官韩明曾任百度自动驾驶总监。");

        Assert.Contains(relations, r => r is { Subject: "驭远科技", Predicate: "located_in", Object: "Wuhan" });
        Assert.DoesNotContain(relations, r => r is { Subject: "驭远科技", Predicate: "located_in", Object: "Hubei" });
    }

    [Fact]
    public void ACareerProfile_IsRead_PostsFoundingsAcquisitionsAndInvestments()
    {
        var relations = StatedByName("Ada Lind joined the University of Bergen as a professor in 2001 and that year founded the university's Speech Lab, "
            + "which she has directed ever since. She has taken a part-time post as an adviser at the Nordic Institute for AI. "
            + "Maren Voigt and Ola Berg, who met as students in Bergen, co-founded Fjordline Labs. Tidewater Ventures led a $30 million investment in Fjordline Labs last year. "
            + "Quorra Speech, a translation start-up that Apple acquired in 2019, still sells its app. Westfield Labs, then the research arm of Halcyon Telecom, built the first version.");

        Assert.Contains(("Ada Lind", "works_at", "University of Bergen"), relations);
        Assert.Contains(("Ada Lind", "founder_of", "Speech Lab"), relations);
        Assert.Contains(("Ada Lind", "leads", "Speech Lab"), relations);
        Assert.Contains(("Ada Lind", "works_at", "Nordic Institute for AI"), relations);
        Assert.Contains(("Maren Voigt", "cofounder_of", "Fjordline Labs"), relations);
        Assert.Contains(("Ola Berg", "cofounder_of", "Fjordline Labs"), relations);
        Assert.Contains(("Tidewater Ventures", "invests_in", "Fjordline Labs"), relations);
        Assert.Contains(("Quorra Speech", "part_of", "Apple"), relations);
        Assert.Contains(("Westfield Labs", "part_of", "Halcyon Telecom"), relations);
    }

    [Fact]
    public void AFirmHiredForAJob_AndOneItLicensesFrom_AreItsPartners()
    {
        var relations = StatedByName("Harbour Crest Bank hired the accounting firm Kestrel Hale LLP to audit the model. "
            + "Harbour Crest Bank has begun checking every card payment through a fraud-scoring model licensed from Quillon Analytics Inc.");

        Assert.Contains(("Harbour Crest Bank", "partner_of", "Kestrel Hale LLP"), relations);
        Assert.Contains(relations, r => r is { Subject: "Harbour Crest Bank", Predicate: "partner_of" } && r.Object.StartsWith("Quillon Analytics", StringComparison.Ordinal));
    }

    [Fact]
    public void ChineseStatementsOfJointWorkPartnersLabsAndInvestors_AreRead()
    {
        var relations = StatedByName("灵越汽车科技有限公司今年推出新车。灵越此次推出的车型为LX-9，由灵越与北辰重工集团联合开发。"
            + "星驰智驾获得牌照，车型为星驰S7，合作主机厂是长安汽车。今年4月，星驰曾携S7量产版亮相世界人工智能大会。"
            + "星图智能与浙江大学、南京大学共建了两个联合实验室。星图智能还与复旦大学共建“多模态联合实验室”，实验室主任由复旦大学教授王川担任。"
            + "灵犀语音实验室依托浙江大学计算机学院建设。");

        Assert.Contains(("LX-9", "product_of", "北辰重工集团"), relations);
        Assert.Contains(relations, r => r is { Subject: "LX-9", Predicate: "product_of" } && r.Object.StartsWith("灵越", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Predicate: "partner_of", Object: "长安汽车" } && r.Subject.StartsWith("星驰", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Predicate: "participant_of" } && r.Subject.StartsWith("星驰", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Subject: "星图智能", Predicate: "partner_of", Object: "Nanjing University" });
        Assert.Contains(("王川", "leads", "多模态联合实验室"), relations);
        Assert.Contains(("灵犀语音实验室", "part_of", "浙江大学计算机学院"), relations);
    }

    [Fact]
    public void InvestorsListedAfterAFirmsRounds_InvestInIt() =>
        Assert.Contains(("Source Code Capital", "invests_in", "星图智能科技有限公司"),
            StatedByName("星图智能科技有限公司成立于2021年。公司累计完成三轮融资，投资方包括高瓴创投、源码资本等机构。"));

    [Fact]
    public void AWorkNamedBeforeWhatItIsAndWhoPublishedIt_IsTheirs_AsIsABookAfterHer()
    {
        var relations = StatedByName("Her concerns echoed \"Wiring the Grid Rush,\" a study published in May by Fernhill Advisory, the Bristol-based consultancy. "
            + "Agnes Holm retired on Friday. Her 2021 book, \"Listening Machines,\" is part memoir.");

        Assert.Contains(("Fernhill Advisory", "author_of", "Wiring the Grid Rush"), relations);
        Assert.Contains(("Agnes Holm", "author_of", "Listening Machines"), relations);
    }

    [Fact]
    public void AUnitNamedAfterItsFirmsShortName_IsPartOfTheFirm() =>
        Assert.Contains(("星岚AI研究院", "part_of", "星岚科技有限公司"), StatedByName("星岚科技有限公司今日发布新模型。星岚AI研究院院长刘洋介绍了模型细节。"));

    [Fact]
    public void ASpeechsWe_IsTheFirmOfTheOneWhoGivesIt_NotTheUnitTheyAlsoHead() =>
        Assert.Contains(("星岚-2", "product_of", "星岚科技有限公司"),
            StatedByName("星岚科技有限公司高级副总裁、星岚AI研究院院长刘洋发表主题演讲。\n\n各位开发者，大家好！我们的新模型“星岚-2”今天开源。"));

    [Fact]
    public void APostHeldBeforeComing_IsAPastEmployer() =>
        Assert.Contains(("Ada Lind", "former_employee_of", "University of Tartu"),
            StatedByName("Ada Lind came to Nokia Bell Labs in 1990, after a three-year research post at the University of Tartu."));
    private const string Filing =
        "杭州云栖数据股份有限公司（以下简称“公司”或“云栖数据”）董事会保证本公告内容真实。公司拟收购苏州青衡智能科技有限公司（以下简称“青衡智能”或“标的公司”）60%股权，"
        + "交易完成后，青衡智能将成为公司控股子公司。公司董事长韩书远表示，本次收购意义重大。\n\n"
        + "标的公司核心产品为保险大模型“衡知”。主要客户包括招商银行、泰康人寿等机构。标的公司在保险科技领域与众安科技、蚂蚁集团等企业存在直接竞争。\n\n"
        + "华泰联合证券有限责任公司担任本次交易的独立财务顾问，上海锦衡律师事务所担任法律顾问。";

    [Theory]
    // A filing's defined 公司 and 标的公司 are the firms it defined them as, wherever the words stand.
    [InlineData("韩书远", "works_at", "杭州云栖数据股份有限公司")]
    [InlineData("苏州青衡智能科技有限公司", "part_of", "杭州云栖数据股份有限公司")]
    [InlineData("衡知", "product_of", "苏州青衡智能科技有限公司")]
    [InlineData("苏州青衡智能科技有限公司", "partner_of", "泰康人寿")]
    [InlineData("苏州青衡智能科技有限公司", "competitor_of", "众安科技")]
    // Who advises on the filer's deal is the filer's adviser.
    [InlineData("华泰联合证券有限责任公司", "partner_of", "杭州云栖数据股份有限公司")]
    [InlineData("上海锦衡律师事务所", "partner_of", "杭州云栖数据股份有限公司")]
    public void AFilingsDefinedTerms_StandForTheFirmsTheyDefine(string subject, string predicate, string @object)
    {
        var relations = StatedByName(Filing);

        Assert.True(relations.Any(r => r.Predicate == predicate && ((r.Subject, r.Object) == (subject, @object) || (predicate != "product_of" && (r.Subject, r.Object) == (@object, subject)))),
            string.Join("; ", relations));
    }

    [Fact]
    public void WhereAFirmIsRegistered_AfterWhenItWasFounded_IsWhereItIs() =>
        Assert.Contains(StatedByName("青衡智能成立于2021年，注册地位于苏州市，专注于保险大模型。"), r => r is ("青衡智能", "located_in", var place) && place.Contains("苏州", StringComparison.Ordinal) || r.Object == "Suzhou");
    [Fact]
    public void AContractAwardNotice_TiesTheIssuerToEachAwardee_AndEachSubcontractorToItsAwardee()
    {
        var relations = StatedByName("NOTICE OF CONTRACT AWARD\n\nIssuing agency: Department of Transportation, State of Oregon\n\n"
            + "Lot 1 — Traffic Forecasting\nAwardee: Wrenhaven Analytics, Inc., Portland, OR\nAmount: $4,100,000 (24 months)\nSubcontractor: Google Cloud (hosting)\n\n"
            + "Lot 2 — Road Sensors\nAwardee: Tarnwick Systems LLC, Salem, OR\nSubcontractor: Brightfold Data LLC\n");

        Assert.Contains(relations, r => r.Predicate == "partner_of" && r.Subject.Contains("Department of Transportation", StringComparison.Ordinal) && r.Object.StartsWith("Wrenhaven Analytics", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.Predicate == "partner_of" && r.Subject.Contains("Department of Transportation", StringComparison.Ordinal) && r.Object.StartsWith("Tarnwick Systems", StringComparison.Ordinal));
        Assert.Contains(relations, r => r is { Subject: "Google Cloud", Predicate: "partner_of" } && r.Object.StartsWith("Wrenhaven Analytics", StringComparison.Ordinal));
        Assert.Contains(relations, r => r.Subject.StartsWith("Brightfold Data", StringComparison.Ordinal) && r.Predicate == "partner_of" && r.Object.StartsWith("Tarnwick Systems", StringComparison.Ordinal));
        Assert.DoesNotContain(relations, r => r.Subject == "Google Cloud" && r.Object.StartsWith("Tarnwick Systems", StringComparison.Ordinal));
    }

    [Theory]
    // A list of titles with their authors, and a citation's first author.
    [InlineData("Books mentioned:\n\n- The Mythical Man-Month, by Fred Brooks\n- The Goal, by Eliyahu M. Goldratt\n", "Eliyahu M. Goldratt", "The Goal")]
    [InlineData("Books mentioned:\n\n- The Mythical Man-Month, by Fred Brooks\n- The Goal, by Eliyahu M. Goldratt\n", "Fred Brooks", "The Mythical Man-Month")]
    [InlineData("Papers:\n\n- \"Drift-Aware Evaluation of Tool-Using Agents\", by Lotte Verhagen and Kwame Asante-Rhys (NeurIPS 2025)\n", "Kwame Asante-Rhys", "Drift-Aware Evaluation of Tool-Using Agents")]
    [InlineData("Papers:\n\n- \"Sparse Routing at Scale\" (Okonjo et al., 2024)\n\nOkonjo wrote it at Stanford.", "Okonjo", "Sparse Routing at Scale")]
    // A report cited by its publisher after the title.
    [InlineData("In its recent report, \"The State of Data Governance 2026\", analyst firm Calloway Insight Group found that most buyers had paused.", "Calloway Insight Group", "The State of Data Governance 2026")]
    public void AWorkNamedWithItsAuthor_HasThatAuthor(string text, string author, string work) =>
        Assert.Contains((author, "author_of", work), StatedByName(text));

    [Theory]
    [InlineData("Daria Omondi runs Halyard AI. Daria started her career at Ondrix Robotics, then founded Halyard.", "Daria Omondi", "former_employee_of", "Ondrix Robotics")]
    [InlineData("Born in Trondheim, Norway, Sigrun Akerholt studied statistics at Stanford University.", "Trondheim", "located_in", "Norway")]
    [InlineData("Sigrun Akerholt studied at the Norwegian University of Science and Technology, in her home city, before earning a doctorate in statistics at Stanford University.", "Sigrun Akerholt", "affiliated_with", "Stanford University")]
    [InlineData("Sigrun Akerholt was a critic of leaderboards. In a 2016 lecture at the NeurIPS conference she warned that gains were noise.", "Sigrun Akerholt", "participant_of", "NeurIPS")]
    [InlineData("Rafe Oduya co-founded Coldharbor AI in 2014; the company, which sells forecasting software, was backed early by Sequoia Capital.", "Sequoia Capital", "invests_in", "Coldharbor AI")]
    [InlineData("For Eastmoor Credit Union, a Marlowe Data customer since 2023, the win was speed.", "Marlowe Data", "partner_of", "Eastmoor Credit Union")]
    [InlineData("The awards went to Pinecrest Data Systems of Colorado Springs, which will build a tool.", "Pinecrest Data Systems", "located_in", "Colorado Springs")]
    [InlineData("Daria Omondi founded Halyard AI in 2024.\n\nIn this episode:\n\n- (11:45) Ballast, Halyard's open-source evaluation harness, and Halyard Watch, the paid product", "Ballast", "product_of", "Halyard AI")]
    [InlineData("The team grew. Farah Qureshi joins as a partner from Google DeepMind, where she led applied research.", "Farah Qureshi", "former_employee_of", "DeepMind")]
    [InlineData("Rookmere Robotics builds hands. In June Sable Point Ventures led Rookmere's $42 million Series B, with Lux Capital participating.", "Lux Capital", "invests_in", "Rookmere Robotics")]
    [InlineData("Rookmere Robotics builds hands. In June Sable Point Ventures led Rookmere's $42 million Series B, with Lux Capital participating.", "Sable Point Ventures", "invests_in", "Rookmere Robotics")]
    [InlineData("**Portfolio highlights.** Two companies deserve mention.\n\n*Vellum Forge* (London) was started by Ishaan Kapadia and Coralie Dumont, both former Freshfields lawyers.", "Ishaan Kapadia", "cofounder_of", "Vellum Forge")]
    [InlineData("Ondine Data is announcing a strategic partnership with Ferrowind AI, the Toronto-based start-up.", "Ondine Data", "partner_of", "Ferrowind AI")]
    [InlineData("# Panelists say the token bill is the product\n\nBy Adaora Nwachukwu, Senior Editor, Rack & Silicon\n\nSAN JOSE, Calif. — The panel was crowded.", "Adaora Nwachukwu", "works_at", "Rack & Silicon")]
    public void AnEnglishStatement_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Fact]
    public void WhoLeftAUnit_LeftTheUnit_NotItsOwner() =>
        Assert.DoesNotContain(("Ayodele Banjo", "former_employee_of", "Carnegie Mellon University"),
            StatedByName("*Rookmere Robotics* (Pittsburgh) was founded by Dr. Ayodele Banjo, who left Carnegie Mellon's Robotics Institute in 2023 to build dexterous manipulation for warehouse picking."));

    [Theory]
    // An association's annual meeting: who is elected to its posts (not the firms they already head), its member firms, the
    // report it issues with another body, where its secretariat is.
    [InlineData(AnnualMeeting, "关颂文", "works_at", "广东省人工智能芯片产业协会")]
    [InlineData(AnnualMeeting, "欧阳青", "works_at", "广东省人工智能芯片产业协会")]
    [InlineData(AnnualMeeting, "孔令达", "member_of", "广东省人工智能芯片产业协会")]
    [InlineData(AnnualMeeting, "谭振华", "member_of", "广东省人工智能芯片产业协会")]
    [InlineData(AnnualMeeting, "广州晟岚智能科技有限公司", "member_of", "广东省人工智能芯片产业协会")]
    [InlineData(AnnualMeeting, "广东省人工智能芯片产业协会", "author_of", "广东省智能芯片产业发展报告(2026)")]
    [InlineData(AnnualMeeting, "广东省人工智能芯片产业协会", "located_in", "Guangzhou")]
    public void AnAssociationsAnnualMeeting_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Fact]
    public void APostOneIsElectedTo_IsTheAssociations_NotAFirmNamedBefore() =>
        Assert.DoesNotContain(StatedByName(AnnualMeeting), r => r.Subject == "欧阳青" && r.Object != "广东省人工智能芯片产业协会");

    [Fact]
    public void AnAllianceAnAssociationLeadsInFounding_IsNotItsUnit_AndItsMembersAreTheAlliances()
    {
        var relations = StatedByName("深圳市无人机协会秘书长刘梦娜介绍，协会明年将牵头成立低空经济产业联盟，首批成员单位包括华为、大疆和深圳大学。");

        Assert.DoesNotContain(("低空经济产业联盟", "part_of", "深圳市无人机协会"), relations);
        Assert.DoesNotContain(("DJI", "member_of", "深圳市无人机协会"), relations);
        Assert.Contains(("DJI", "member_of", "低空经济产业联盟"), relations);
    }

    private const string AnnualMeeting = "# 广东省人工智能芯片产业协会召开2026年年会 麦绍华当选会长\n\n本报广州12月5日讯 12月4日，广东省人工智能芯片产业协会2026年年会在广州白云国际会议中心举行。\n\n"
        + "大会选举产生第二届理事会。广州晟岚智能科技有限公司董事长麦绍华当选会长；华为云华南区域总裁关颂文、华南理工大学教授冯慧琳当选副会长；欧阳青连任秘书长。"
        + "东莞松湖智芯科技有限公司总经理孔令达等31人当选理事。协会首任会长谭振华卸任，被聘为协会名誉会长。\n\n"
        + "年会上，协会联合中国信息通信研究院发布了《广东省智能芯片产业发展报告（2026）》。\n\n"
        + "会议期间，晟岚智能、松湖智芯等18家会员单位共同签署了《大湾区芯片互认倡议》。\n\n"
        + "据悉，协会成立于2023年，目前共有会员单位286家，秘书处设在广州。";

    [Theory]
    // A listed group's personnel announcement: the founder who gives up one post and keeps another, where the new officers
    // studied and worked, a subsidiary a clause opens with, rivals the analyst compares it with, the analyst's broker.
    [InlineData(Reshuffle, "袁立勤", "founder_of", "上海岚朔智能科技集团股份有限公司")]
    [InlineData(Reshuffle, "袁立勤", "works_at", "上海岚朔智能科技集团股份有限公司")]
    [InlineData(Reshuffle, "聂书川", "affiliated_with", "Zhejiang University")]
    [InlineData(Reshuffle, "符以恒", "former_employee_of", "Tencent")]
    [InlineData(Reshuffle, "上海岚朔云计算有限公司", "part_of", "上海岚朔智能科技集团股份有限公司")]
    [InlineData(Reshuffle, "SenseTime", "competitor_of", "上海岚朔智能科技集团股份有限公司")]
    [InlineData(Reshuffle, "甄若雪", "works_at", "华璟证券")]
    public void APersonnelAnnouncement_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Fact]
    public void AFounderWhoNoLongerHoldsAPost_DoesNotHoldIt() =>
        Assert.DoesNotContain(("袁立勤", "ceo_of", "上海岚朔智能科技集团股份有限公司"), StatedByName(Reshuffle));

    private const string Reshuffle = "12月4日晚间，上海岚朔智能科技集团股份有限公司（688599.SH，以下简称“岚朔智能”）发布公告称，聘任符以恒为集团首席执行官（CEO）。"
        + "创始人袁立勤不再兼任CEO，将继续担任董事长。\n\n符以恒毕业于上海交通大学，此前在腾讯云任职逾十年，今年9月从腾讯离职。"
        + "新任CTO聂书川此前担任微软亚洲研究院首席研究员，长期从事多模态大模型研究，博士毕业于浙江大学。\n\n"
        + "全资子公司上海岚朔云计算有限公司（“岚朔云”）总经理由谷雨晴出任。\n\n"
        + "华璟证券计算机行业首席分析师甄若雪对记者表示：“与商汤科技、科大讯飞等对手相比，岚朔智能的大客户销售能力一直是弱项。”";

    [Theory]
    // An analyst's market brief: what each vendor makes, its flagship, its backers, its founders' former employer, its anchor
    // customer and its closest rival.
    [InlineData(MarketBrief, "Hollowgate Forge", "product_of", "Hollowgate Labs")]
    [InlineData(MarketBrief, "Ostmark Capital", "invests_in", "Hollowgate Labs")]
    [InlineData(MarketBrief, "Hollowgate Labs", "partner_of", "Rhenfeld Bank")]
    [InlineData(MarketBrief, "Cascadine Synthetics", "competitor_of", "Hollowgate Labs")]
    [InlineData(MarketBrief, "Tagwell Studio", "product_of", "Tagwell Inc.")]
    [InlineData(MarketBrief, "Keziah Obuya", "cofounder_of", "Tagwell Inc.")]
    [InlineData(MarketBrief, "Keziah Obuya", "former_employee_of", "Cohere")]
    public void AMarketBrief_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    private const string MarketBrief = "**Labeling.** The brief calls Toronto's Tagwell Inc. the fastest mover. Its flagship, Tagwell Studio, pairs human annotators "
        + "with model-assisted pre-labeling. Tagwell raised a $62 million Series B in October. The start-up was founded in 2022 by Keziah Obuya and Lars Henneberg, "
        + "both formerly of Cohere.\n\n**Synthetic data.** Berlin-based Hollowgate Labs makes Hollowgate Forge, which generates privacy-safe tabular data; "
        + "its anchor customer is Frankfurt lender Rhenfeld Bank. Hollowgate closed a €24 million round from Ostmark Capital in July. Its closest rival, "
        + "the brief says, is Cascadine Synthetics, which has moved into the same banking accounts.";

    [Theory]
    // A people-moves column's items: who moved from where to where, who stepped down, who takes over, who co-founded with
    // whom, what the firm an item opens with a person makes and who backs it, and who compiled the issue.
    [InlineData("*Gradient Notes, issue 88 — compiled by Imani Roscoe*\n\nA busy week.", "Imani Roscoe", "works_at", "Gradient Notes")]
    [InlineData("Sanjana Iyer has moved from OpenAI, where she worked on global affairs, to Anthropic as head of EU policy.", "Sanjana Iyer", "works_at", "Anthropic")]
    [InlineData("Sanjana Iyer has moved from OpenAI, where she worked on global affairs, to Anthropic as head of EU policy.", "Sanjana Iyer", "former_employee_of", "OpenAI")]
    [InlineData("Rowan Ellery is stepping down as CEO of Corvel Speech, the voice-synthesis start-up he co-founded with Hugo Aldana in 2021, to join Nvidia as vice president of speech AI. Aldana takes over as Corvel's chief executive.", "Rowan Ellery", "former_employee_of", "Corvel Speech")]
    [InlineData("Rowan Ellery is stepping down as CEO of Corvel Speech, the voice-synthesis start-up he co-founded with Hugo Aldana in 2021, to join Nvidia as vice president of speech AI. Aldana takes over as Corvel's chief executive.", "Rowan Ellery", "works_at", "Nvidia")]
    [InlineData("Rowan Ellery is stepping down as CEO of Corvel Speech, the voice-synthesis start-up he co-founded with Hugo Aldana in 2021, to join Nvidia as vice president of speech AI. Aldana takes over as Corvel's chief executive.", "Hugo Aldana", "cofounder_of", "Corvel Speech")]
    [InlineData("Rowan Ellery is stepping down as CEO of Corvel Speech, the voice-synthesis start-up he co-founded with Hugo Aldana in 2021, to join Nvidia as vice president of speech AI. Aldana takes over as Corvel's chief executive.", "Hugo Aldana", "ceo_of", "Corvel Speech")]
    [InlineData("Chen Haoyu, a core contributor to the Qwen models at Alibaba Cloud, has left to co-found Kestrowe AI in Singapore with former Grab engineer Wei Shanlin.", "Chen Haoyu", "cofounder_of", "Kestrowe AI")]
    [InlineData("Chen Haoyu, a core contributor to the Qwen models at Alibaba Cloud, has left to co-found Kestrowe AI in Singapore with former Grab engineer Wei Shanlin.", "Chen Haoyu", "former_employee_of", "Alibaba Cloud")]
    [InlineData("Greer Montague is leaving Mistral AI in Paris for academia. She joins Carnegie Mellon University's Machine Learning Department as an assistant professor in January.", "Greer Montague", "works_at", "Machine Learning Department")]
    [InlineData("Pellworth Bio hired a chief scientist last week.\n\nBeatrix Hallström, who ran the machine-learning platform group at Spotify, is joining Saltmere Health as CTO. The Edinburgh company makes Saltmere Scribe, an ambient note-taking assistant now in pilots at four hospital trusts; it counts Balderton Capital among its backers.", "Beatrix Hallström", "works_at", "Saltmere Health")]
    [InlineData("Pellworth Bio hired a chief scientist last week.\n\nBeatrix Hallström, who ran the machine-learning platform group at Spotify, is joining Saltmere Health as CTO. The Edinburgh company makes Saltmere Scribe, an ambient note-taking assistant now in pilots at four hospital trusts; it counts Balderton Capital among its backers.", "Saltmere Scribe", "product_of", "Saltmere Health")]
    [InlineData("Pellworth Bio hired a chief scientist last week.\n\nBeatrix Hallström, who ran the machine-learning platform group at Spotify, is joining Saltmere Health as CTO. The Edinburgh company makes Saltmere Scribe, an ambient note-taking assistant now in pilots at four hospital trusts; it counts Balderton Capital among its backers.", "Balderton Capital", "invests_in", "Saltmere Health")]
    public void APeopleMovesItem_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Theory]
    // A list item's firm and who put money in it.
    [InlineData("——深圳沛岩机器人有限公司（沛岩机器人），研制四足巡检机器人，由顺为资本投资；\n——北京知萤科技有限公司（知萤科技），开发教育大模型，投资方包括高榕资本；", "Shunwei Capital", "深圳沛岩机器人有限公司")]
    [InlineData("——深圳沛岩机器人有限公司（沛岩机器人），研制四足巡检机器人，由顺为资本投资；\n——北京知萤科技有限公司（知萤科技），开发教育大模型，投资方包括高榕资本；", "Gaorong Ventures", "北京知萤科技有限公司")]
    [InlineData("——西安昱辰智能科技有限公司（昱辰智能），研发工业质检视觉系统，今年获君联资本领投的B轮融资；", "Legend Capital", "西安昱辰智能科技有限公司")]
    // A share register's holders, each in a clause of its own, and the register's firm named before it or, unnamed, the text's.
    [InlineData("杭州岚序智能科技有限公司（以下简称“岚序智能”或“标的公司”）成立于2020年。本次交易前，标的公司股权结构如下：创始人贺知舟持股40.00%；苏州栎川创业投资有限公司（以下简称“栎川创投”）持股12.00%；杭州岱屿资本管理有限公司旗下两支基金合计持股6.00%。", "苏州栎川创业投资有限公司", "杭州岚序智能科技有限公司")]
    [InlineData("杭州岚序智能科技有限公司（以下简称“岚序智能”或“标的公司”）成立于2020年。本次交易前，标的公司股权结构如下：创始人贺知舟持股40.00%；苏州栎川创业投资有限公司（以下简称“栎川创投”）持股12.00%；杭州岱屿资本管理有限公司旗下两支基金合计持股6.00%。", "杭州岱屿资本管理有限公司", "杭州岚序智能科技有限公司")]
    [InlineData("深圳澈屿微电子股份有限公司拟在科创板上市。澈屿微电子的芯片用于数据中心。\n\n股权结构上，创始人陆启帆直接持股17.4%。机构股东中，苏州栎川创业投资有限公司持股8.5%，为第一大机构股东；深创投持股5.1%。", "Shenzhen Capital Group", "深圳澈屿微电子股份有限公司")]
    [InlineData("合肥澈算微电子股份有限公司（下称“澈算微电子”）科创板IPO申请已获受理。\n\n机构股东方面，苏州栎川创业投资有限公司持股9.8%，为第一大外部股东；科大讯飞作为战略投资者持股4.5%。", "iFlytek", "合肥澈算微电子股份有限公司")]
    public void AListedFirmsBackers_InvestInIt(string text, string investor, string firm) =>
        Assert.Contains((investor, "invests_in", firm), StatedByName(text));

    [Theory]
    // A lab's unit word opening a clause is the lab; its head named clauses on; the body it belongs to; a paper's authors
    // and a prize's winners; a dateline's reporter and outlet.
    [InlineData("西北工业大学与管委会共同发起设立的沣渭智能无人系统研究院正式揭牌。研究院落户园区，首期聚焦无人机集群，由西工大教授柴景明担任院长。", "柴景明", "leads", "沣渭智能无人系统研究院")]
    [InlineData("编者按：南京大学人工智能学院群体智能实验室梳理了一年的科研情况。实验室成立于2015年，隶属南京大学人工智能学院。", "南京大学人工智能学院群体智能实验室", "part_of", "南京大学人工智能学院")]
    [InlineData("博士生邝一诺以第一作者身份发表的《Negotiating Agents in Open Worlds》被NeurIPS接收。", "邝一诺", "author_of", "Negotiating Agents in Open Worlds")]
    [InlineData("硕士生晏子骞与冼若霏合作的论文《Emergent Consensus in Dialogue》获ACL 2026杰出论文奖。", "冼若霏", "author_of", "Emergent Consensus in Dialogue")]
    [InlineData("硕士生晏子骞与冼若霏合作的论文《Emergent Consensus in Dialogue》获ACL 2026杰出论文奖。", "冼若霏", "participant_of", "ACL 2026杰出论文奖")]
    [InlineData("邰明哲教授领衔的“群体协同决策”项目获2026年度吴文俊人工智能科学技术奖自然科学奖一等奖。", "邰明哲", "participant_of", "吴文俊人工智能科学技术奖")]
    [InlineData("极客前哨记者 温以宁 发自北京\n\n12月5日上午，北京深弈智能科技有限公司举办发布会。", "温以宁", "works_at", "极客前哨")]
    [InlineData("实验室主任邰明哲教授今年当选中国计算机学会（CCF）会士。", "邰明哲", "member_of", "China Computer Federation")]
    [InlineData("2025年8月，TC-20在北京世界无人机大会上亮相，展台前排起了长队。", "世界无人机大会", "located_in", "Beijing")]
    public void AChineseStatement_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Theory]
    // A university's news release: the lab's director named by the lab's kind after 担任, the joint lab built within a school.
    [InlineData("双方共建“岚大—屿星多模态联合实验室”。根据协议，联合实验室依托人工智能学院建设，由学院韩清川教授担任实验室主任。", "韩清川", "leads", "岚大—屿星多模态联合实验室")]
    [InlineData("岚州大学人工智能学院与屿星智能共建“岚大—屿星多模态联合实验室”。联合实验室依托人工智能学院建设。", "岚大—屿星多模态联合实验室", "part_of", "岚州大学人工智能学院")]
    // A funding roundup's item: the firm after the kind of firm it is, its founders by 公司由…联合创办, its investors
    // (超额跟投), and its founder named without it is its own, not the lead investor's.
    [InlineData("杭州智能体初创公司芥禾智能宣布完成数千万元天使轮融资，栎山资本领投，奇绩创坛跟投。创始人詹立中曾在阿里云担任算法专家。", "詹立中", "founder_of", "芥禾智能")]
    [InlineData("苏州的铖芯半导体完成B轮融资，由深创投领投。公司由宓远舟、卓琳联合创办：宓远舟曾在华为海思负责芯片设计。", "卓琳", "cofounder_of", "铖芯半导体")]
    [InlineData("深圳具身智能公司鹿屿机器人完成A+轮融资，红杉中国领投，老股东启山资本超额跟投。", "启山资本", "invests_in", "鹿屿机器人")]
    [InlineData("深圳具身智能公司鹿屿机器人完成A+轮融资。创始人兼CEO阙远杭毕业于香港科技大学，此前在大疆从事算法研发。", "阙远杭", "ceo_of", "鹿屿机器人")]
    // The rivals an issuer names in its prospectus, by its short name.
    [InlineData("合肥澈算微电子股份有限公司（下称“澈算微电子”）科创板IPO申请已获受理。在同行业可比公司中，澈算将寒武纪、海光信息列为主要竞争对手。", "合肥澈算微电子股份有限公司", "competitor_of", "Cambricon Technologies")]
    // A launch's products named with the maker's name before their own.
    [InlineData("深圳岚隼科技有限公司（下称“岚隼”）举行发布会。第二款新品：岚隼Echo AI耳机，支持同声传译。岚隼Echo售价899元。", "岚隼Echo", "product_of", "深圳岚隼科技有限公司")]
    public void AChineseReleaseOrRoundup_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Theory]
    // A launch live blog: an entry that names no firm is about the firm the blog covers, not the one the entry before named;
    // who takes the stage takes part in the launch.
    [InlineData(LaunchLiveBlog, "宗念川", "cofounder_of", "深圳岚隼科技有限公司")]
    [InlineData(LaunchLiveBlog, "阮星川", "works_at", "深圳岚隼科技有限公司")]
    [InlineData(LaunchLiveBlog, "邢以川", "participant_of", "岚隼2026冬季新品发布会")]
    [InlineData(LaunchLiveBlog, "俞知川", "participant_of", "岚隼2026冬季新品发布会")]
    public void ALaunchLiveBlog_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    private const string LaunchLiveBlog = "12月5日下午，深圳岚隼科技有限公司（下称“岚隼”）在深圳举行“岚隼2026冬季新品发布会”。\n\n"
        + "**14:00** 发布会正式开始。岚隼创始人兼CEO俞知川身穿灰色卫衣登台。\n\n"
        + "**14:20** 高通公司中国区副总裁邢以川上台助阵。他表示，双方联合调优了端侧推理。\n\n"
        + "**14:28** 联合创始人兼CTO宗念川讲解AI能力：眼镜端运行自研的大模型。\n\n"
        + "**15:01** 产品副总裁阮星川公布价格：岚隼Lens 2售价2999元。";

    [Fact]
    public void ATitleBeforeTheNextPersonsTitles_IsNotTheOnesBeforeIt()
    {
        var relations = StatedByName("副校长贺文川，岚安高新区管委会副主任郑立川，屿星智能董事长兼首席执行官卢少川出席仪式。");

        Assert.Contains(("卢少川", "ceo_of", "屿星智能"), relations);
        Assert.DoesNotContain(relations, r => r.Subject == "郑立川" && r.Object == "屿星智能");
    }

    [Theory]
    // A city's press release: its department's director by the department's name, a councilmember's subcommittee, the
    // media contact's office.
    [InlineData("PHOENIX — The City of Tucson Water Services Department today announced a contract. \"Every gallon counts,\" said Water Services Director Marisa Quintero.", "Marisa Quintero", "leads", "City of Tucson Water Services Department")]
    [InlineData("The Tucson City Council approved it on Tuesday. Councilmember Lucia Verdan, who chairs the council's Transportation, Infrastructure and Planning Subcommittee, called the contract practical.", "Lucia Verdan", "leads", "Transportation, Infrastructure and Planning Subcommittee")]
    // The body that announces a contract awarded, and a subcontractor named with its city.
    [InlineData("The Tucson Water Department today announced that Saguaro Data Systems, Inc., a software company headquartered in Tempe, has been awarded a five-year, $9.2 million contract to build a forecasting system.", "Tucson Water Department", "partner_of", "Saguaro Data Systems, Inc.")]
    [InlineData("Saguaro will be supported by two subcontractors. Mesquite Acoustic Labs of Tucson will supply the sensors.", "Mesquite Acoustic Labs", "located_in", "Tucson")]
    public void ACityPressRelease_StatesIt(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));

    [Fact]
    public void AChineseAwardNotice_TiesTheBuyerToTheWinner_AndTheSubcontractorToTheWinner()
    {
        var relations = StatedByName("中标结果公告\n\n采购人：安徽省数据资源管理局\n中标供应商：合肥澄明智能科技有限公司\n分包单位：科大讯飞股份有限公司\n");

        Assert.Contains(("安徽省数据资源管理局", "partner_of", "合肥澄明智能科技有限公司"), relations);
        Assert.Contains(relations, r => r is { Predicate: "partner_of", Object: "合肥澄明智能科技有限公司" } && r.Subject != "安徽省数据资源管理局");
    }

    // A lab's founder after "the London lab" is no firm in London; GPUs rented from a cloud are not its products.
    [Fact]
    public void AFoundersLabAndARentedChip_StateNoPlaceOfThePersonAndNoMaker()
    {
        var relations = StatedByName("For context: Tarnwell AI is the London lab Tobias Wrenfield started in 2023. Vesna-4 was trained on "
            + "NVIDIA H100s rented from Ortolan Compute, a cloud in Montreal.");

        Assert.DoesNotContain(relations, r => r is ("Tobias Wrenfield", "located_in", _));
        Assert.DoesNotContain(relations, r => r is (_, "product_of", "Ortolan Compute"));
    }

    // A round named after its firm's possessive, and two people who leave a firm together.
    [Theory]
    [InlineData("北京峪川智能科技有限公司成立于2021年。钱的方面，峪川的A轮由朔风资本领投，红杉中国跟投。", "朔风资本", "invests_in", "北京峪川智能科技有限公司")]
    [InlineData("北京峪川智能科技有限公司成立于2021年。钱的方面，峪川的A轮由朔风资本领投，红杉中国跟投。", "Sequoia Capital", "invests_in", "北京峪川智能科技有限公司")]
    [InlineData("北京峪川智能科技有限公司成立于2021年。周屹然和林晓棠一起离开峪川，在杭州创业。", "周屹然", "former_employee_of", "北京峪川智能科技有限公司")]
    public void ChineseRoundsAndDepartures_NamedInASecondWay_AreStated(string text, string subject, string predicate, string @object) =>
        Assert.Contains((subject, predicate, @object), StatedByName(text));
}
