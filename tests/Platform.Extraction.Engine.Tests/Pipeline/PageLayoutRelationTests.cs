using static Platform.Extraction.Engine.Tests.Pipeline.StatedRelations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// Relations a page states by its layout rather than in sentences: a registry's tables, a filing's officers table and
/// board list, a paper's numbered affiliations, a project list's labelled fields, a portfolio's lines, a chat's speaker
/// tags and a team page's bio under its name.
/// </summary>
public class PageLayoutRelationTests
{
    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    private const string RegistryPage = "杭州栖梧智能科技有限公司\n存续　高新技术企业\n曾用名：杭州栖梧信息技术有限公司\n\n"
        + "企业简介\n杭州栖梧智能科技有限公司成立于2020年，是一家工业视觉企业。\n\n"
        + "股东信息 3\n序号　股东名称　持股比例　认缴出资额(万元)\n1　纪衡　40.50%　405\n2　宁波栖云企业管理合伙企业（有限合伙）　20.00%　200\n3　科大讯飞股份有限公司　12.00%　120\n\n"
        + "主要人员 3\n序号　姓名　职务\n1　纪衡　董事长,总经理\n2　温若岚　董事,首席技术官\n3　白晏　董事\n\n"
        + "对外投资 2\n序号　被投资企业名称　法定代表人　成立日期　投资比例　状态\n1　上海栖梧数据技术有限公司　温若岚　2021-01-05　100%　存续\n2　南京霁川机器人有限公司　路遥川　2019-03-11　15%　存续\n";

    [Theory]
    [InlineData("纪衡", "invests_in", "杭州栖梧智能科技有限公司")]
    [InlineData("宁波栖云企业管理合伙企业（有限合伙）", "invests_in", "杭州栖梧智能科技有限公司")]
    [InlineData("科大讯飞股份有限公司", "invests_in", "杭州栖梧智能科技有限公司")]
    [InlineData("纪衡", "leads", "杭州栖梧智能科技有限公司")]
    [InlineData("温若岚", "member_of", "杭州栖梧智能科技有限公司")]
    [InlineData("温若岚", "works_at", "杭州栖梧智能科技有限公司")]
    [InlineData("白晏", "member_of", "杭州栖梧智能科技有限公司")]
    [InlineData("上海栖梧数据技术有限公司", "part_of", "杭州栖梧智能科技有限公司")]
    [InlineData("杭州栖梧智能科技有限公司", "invests_in", "南京霁川机器人有限公司")]
    public void RegistryPage_ItsTablesRows_StateHoldingsAndPosts(string subject, string predicate, string @object)
    {
        var result = Extract(RegistryPage);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void RegistryPage_AFormerName_IsTheFirmItself_WhichKeepsItsNameOfToday()
    {
        var result = Extract(RegistryPage);

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("杭州栖梧智能科技有限公司"));
        Assert.Contains("杭州栖梧信息技术有限公司", firm.SurfaceForms);
        Assert.Equal("杭州栖梧智能科技有限公司", firm.Name);
    }

    [Fact]
    public void ExecutiveDirector_IsEmployed_NotABoardMemberOnly()
    {
        var result = Extract("杭州栖梧智能科技有限公司\n\n主要人员\n序号　姓名　职务\n1　纪衡　执行董事\n\n杭州栖梧智能科技有限公司成立于2020年。\n");

        Assert.True(Has(result, "纪衡", "works_at", "杭州栖梧智能科技有限公司"), Describe(result));
        Assert.False(Has(result, "纪衡", "member_of", "杭州栖梧智能科技有限公司"), Describe(result));
    }

    private const string AnnualReport = "# Brackwater Systems, Inc. Annual Report (Excerpts)\n\n## Information about our Executive Officers\n\n"
        + "| Name | Age | Position |\n|---|---|---|\n| Corwin Blakeley | 51 | Co-Founder, Chief Executive Officer and Chair |\n| Imogen Rask | 46 | Chief Financial Officer |\n\n"
        + "*Corwin Blakeley* co-founded Brackwater in 2018. Before founding Brackwater, Mr. Blakeley was a research scientist at Google Brain.\n\n"
        + "## Board of Directors\n\n- **Odile Ferrant**: Chief Executive Officer, Harrowgate Freight Group. Audit Committee\n"
        + "- **Ansel Morrow**: Partner, Lightspeed Venture Partners; Lead Independent Director\n\nBrackwater Systems builds inference servers.\n";

    [Theory]
    [InlineData("Corwin Blakeley", "cofounder_of", "Brackwater Systems, Inc.")]
    [InlineData("Corwin Blakeley", "ceo_of", "Brackwater Systems, Inc.")]
    [InlineData("Imogen Rask", "works_at", "Brackwater Systems, Inc.")]
    [InlineData("Odile Ferrant", "ceo_of", "Harrowgate Freight Group")]
    [InlineData("Ansel Morrow", "works_at", "Lightspeed Venture Partners")]
    public void FilingsOfficersTableAndBoardList_StateEachPost(string person, string predicate, string organization)
    {
        var result = Extract(AnnualReport);

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    [Fact]
    public void FilingsOfficersTable_ANameTheTaggerReadAsAPlace_IsAPersonWhereverTheTextNamesIt()
    {
        var result = Extract(AnnualReport);

        var blakeley = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Corwin Blakeley"));
        Assert.Equal(EntityType.Person, blakeley.Type);
        Assert.Contains("Blakeley", blakeley.SurfaceForms);
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Odile Ferrant"));
    }

    private const string PaperFrontMatter = "# Sparse Routing for Small Agents\n\nSparse Routing for Small Agents\n\n"
        + "Ilse Marwood1,2,*, Tomas Brenneke1, Ngozi Adeyemi3, Kaito Hirabayashi4,*\n\n"
        + "1 Department of Computer Science, ETH Zurich, Zurich, Switzerland\n2 Ferncastle AI Research, London, United Kingdom\n"
        + "3 Mila – Quebec AI Institute and Université de Montréal, Montréal, Canada\n4 Saltreed Labs, Osaka, Japan\n\n"
        + "Abstract\n\nWe study routing in small models.\n\nCompeting interests\n\nK.H. is a co-founder of Saltreed Labs and holds equity in the company.\n";

    [Theory]
    [InlineData("Ilse Marwood", "works_at", "Department of Computer Science")]
    [InlineData("Ilse Marwood", "works_at", "Ferncastle AI Research")]
    [InlineData("Ngozi Adeyemi", "works_at", "Université de Montréal")]
    [InlineData("Kaito Hirabayashi", "works_at", "Saltreed Labs")]
    [InlineData("Kaito Hirabayashi", "cofounder_of", "Saltreed Labs")]
    [InlineData("Department of Computer Science", "part_of", "ETH Zurich")]
    [InlineData("Ferncastle AI Research", "located_in", "London")]
    [InlineData("Saltreed Labs", "located_in", "Japan")]
    public void PapersTitleBlock_AuthorsWorkWhereTheirNumbersSay(string subject, string predicate, string @object)
    {
        var result = Extract(PaperFrontMatter);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void PapersTitleBlock_AuthorsAreNamedWithoutTheirNumbers_AndByTheirInitials()
    {
        var result = Extract(PaperFrontMatter);

        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Tomas Brenneke"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.EndsWith('1') || f.EndsWith('2')));
        Assert.Contains("K.H.", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Kaito Hirabayashi")).SurfaceForms);
    }

    [Theory]
    [InlineData("承担单位：合肥霁岚智能科技有限公司；项目负责人：邵听澜；合作单位：中国科学技术大学、马鞍山钢铁股份有限公司\n所属领域：人工智能\n", "邵听澜", "works_at", "合肥霁岚智能科技有限公司")]
    [InlineData("承担单位：合肥霁岚智能科技有限公司；项目负责人：邵听澜；合作单位：中国科学技术大学、马鞍山钢铁股份有限公司\n所属领域：人工智能\n", "合肥霁岚智能科技有限公司", "partner_of", "马鞍山钢铁股份有限公司")]
    [InlineData("**EP/Q11111/1 — Small Proofs**\nPI: Dr Maren Holt, University of Glasgow\nPartners: Arm; Kelpie Analytics Ltd\nAmount: £900,000\n", "University of Glasgow", "partner_of", "Kelpie Analytics Ltd")]
    public void ProjectList_ItsLabelledFields_StateTheLeadsInvestigatorAndPartners(string text, string subject, string predicate, string @object)
    {
        var result = Extract(text);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Theory]
    [InlineData("陆星澜", "cofounder_of", "栖野机器人")]
    [InlineData("曹闻溪", "cofounder_of", "栖野机器人")]
    [InlineData("袁启舟", "founder_of", "迭川科技")]
    [InlineData("澄屿资本", "invests_in", "栖野机器人")]
    [InlineData("澄屿资本", "invests_in", "迭川科技")]
    public void PortfolioPage_EachLine_NamesTheCompanysFoundersAndTheInvestorsStake(string subject, string predicate, string @object)
    {
        var result = Extract("## 关于我们\n\n澄屿资本成立于2016年，是一家风险投资机构。澄屿资本专注早期投资。\n\n## 被投企业\n\n以下为部分被投企业：\n\n"
            + "- 栖野机器人｜家庭服务人形机器人｜创始人：陆星澜、曹闻溪｜轮次：A轮\n- 迭川科技｜大模型推理引擎｜创始人：袁启舟｜轮次：天使轮\n");

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void ChatLog_ASpeakerTagsOrganisationInBrackets_IsWhereTheSpeakerWorks_NotWhomTheSpeakerAddresses()
    {
        var result = Extract("【2026-12-01 09:02】周启岚（衡川创投）：早。本周新闻有点多。\n【2026-12-01 09:16】宋佳宁（36氪）：@林予川 这轮是你们领的？方便聊两句不\n"
            + "【2026-12-01 09:31】林予川（澄湾资本）：是，我们领投。\n");

        Assert.True(Has(result, "周启岚", "works_at", "衡川创投"), Describe(result));
        Assert.True(Has(result, "林予川", "works_at", "澄湾资本"), Describe(result));
        Assert.False(Has(result, "林予川", "works_at", "36氪"), Describe(result));
    }

    [Theory]
    [InlineData("Selka Okonjo", "cofounder_of")]
    [InlineData("Tobin Haskard", "cofounder_of")]
    [InlineData("Selka Okonjo", "ceo_of")]
    [InlineData("Tobin Haskard", "works_at")]
    [InlineData("Corvane 3", "product_of")]
    public void Infobox_ItsFields_StateTheFirmsPeopleAndProducts(string subject, string predicate)
    {
        var result = Extract("# Quillmere AI\n\nQuillmere AI is a Canadian artificial intelligence company.\n\nQuillmere AI\nType: Private\n"
            + "Founders: Selka Okonjo; Tobin Haskard\nHeadquarters: Toronto, Ontario, Canada\nKey people: Selka Okonjo (CEO); Tobin Haskard (CTO)\n"
            + "Products: Corvane 3; Quillmere Relay\nParent: Marrowby Group (2025–present)\nWebsite: quillmere.ai\n\nQuillmere AI trains language models. "
            + "In 2024 Selka Okonjo and Tobin Haskard spoke at a conference in Montreal.\n");

        Assert.True(Has(result, subject, predicate, "Quillmere AI"), Describe(result));
        Assert.True(Has(result, "Quillmere AI", "located_in", "Toronto"), Describe(result));
        Assert.True(Has(result, "Quillmere AI", "part_of", "Marrowby Group"), Describe(result));
    }

    [Theory]
    [InlineData("周砚川", "former_employee_of", "红杉中国")]
    [InlineData("周砚川", "affiliated_with", "斯坦福大学")]
    [InlineData("韩亦川", "former_employee_of", "阿里云")]
    [InlineData("韩亦川", "affiliated_with", "浙江大学")]
    public void TeamPage_TheBioUnderANameAndTitle_IsThatPersonsCareer(string person, string predicate, string organization)
    {
        var result = Extract("## 团队\n\n**周砚川｜创始合伙人**\n曾任红杉中国副总裁。清华大学电子工程系本科，斯坦福大学MBA。\n\n"
            + "**韩亦川｜合伙人**\n负责芯片方向。加入澄屿前在阿里云任产品总监。浙江大学计算机科学硕士。\n");

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    private const string Signatories = "We ask governments to fund public compute for open research.\n\nSigned,\n\n**Researchers**\n\n"
        + "Prof. Orla Brennick-Vance, Professor of Computer Science, University of Edinburgh\n"
        + "Dr. Matthias Oberholz, Associate Professor, ETH Zurich (in a personal capacity)\n"
        + "Prof. Idris Okonkwo-Hale, Director, Tidemark Lab for Open Machine Learning, University of Toronto\n"
        + "Kenji Arakawa-Lowe, PhD candidate, Stanford University\n"
        + "Dr. Paulo Esteves Brandao, Research Engineer, formerly at Google DeepMind\n\n**Founders**\n\n"
        + "Maren Solvik, Co-founder and CEO, Brightfold AI\n"
        + "Tarun Bhalla-Ross, Founder, Copperwick Inference (formerly at Hugging Face)\n";

    [Theory]
    [InlineData("Orla Brennick-Vance", "works_at", "University of Edinburgh")]
    [InlineData("Matthias Oberholz", "works_at", "ETH Zurich")]
    [InlineData("Idris Okonkwo-Hale", "leads", "Tidemark Lab for Open Machine Learning")]
    [InlineData("Kenji Arakawa-Lowe", "affiliated_with", "Stanford University")]
    [InlineData("Paulo Esteves Brandao", "former_employee_of", "Google DeepMind")]
    [InlineData("Maren Solvik", "cofounder_of", "Brightfold AI")]
    [InlineData("Maren Solvik", "ceo_of", "Brightfold AI")]
    [InlineData("Tarun Bhalla-Ross", "founder_of", "Copperwick Inference")]
    [InlineData("Tarun Bhalla-Ross", "former_employee_of", "Hugging Face")]
    public void SignatoriesList_EachLinesTitlesAreHeldAtTheOrganisationAfterThem(string person, string predicate, string organization)
    {
        var result = Extract(Signatories);

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    [Theory]
    [InlineData("Callum Reddaway", "works_at", "Google DeepMind")]
    [InlineData("Ines Halvorsen", "cofounder_of", "Pellbrook Robotics")]
    [InlineData("Ines Halvorsen", "works_at", "Pellbrook Robotics")]
    [InlineData("Oyelaran Bassey", "works_at", "Index Ventures")]
    public void FeedComments_ACommentersHeadline_IsTheirPostAtTheirFirm(string person, string predicate, string organization)
    {
        var result = Extract("Pellbrook Robotics hired a new head of research this week.\n\n**Callum Reddaway** · Staff Research Scientist at Google DeepMind\n"
            + "Congrats! Well deserved.\nLike · Reply · 42\n\n**Ines Halvorsen** · Co-founder & CTO at Pellbrook Robotics\nThrilled to have you.\n\n"
            + "**Oyelaran Bassey** · Talent Partner at Index Ventures\nGreat hire.\n");

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    private const string Homepage = "# 岑牧之 - 南京大学人工智能学院教师个人主页\n\n## 基本信息\n\n姓名：岑牧之\n职称：教授\n\n## 教育经历\n\n"
        + "2003.09–2007.07　复旦大学计算机科学技术学院，学士\n2007.09–2012.07　北京大学信息科学技术学院，博士\n\n## 工作经历\n\n"
        + "2012.08–2016.06　微软亚洲研究院，研究员\n2016.07–至今　　南京大学人工智能学院，教授\n2021.03–至今　　南京大学智能感知实验室，主任\n\n"
        + "## 学术兼职\n\n- 中国人工智能学会理事\n- 中国计算机学会会员\n";

    [Theory]
    [InlineData("岑牧之", "affiliated_with", "复旦大学计算机科学技术学院")]
    [InlineData("岑牧之", "affiliated_with", "北京大学信息科学技术学院")]
    [InlineData("岑牧之", "former_employee_of", "微软亚洲研究院")]
    [InlineData("岑牧之", "works_at", "南京大学人工智能学院")]
    [InlineData("岑牧之", "leads", "南京大学智能感知实验室")]
    [InlineData("岑牧之", "member_of", "中国人工智能学会")]
    [InlineData("岑牧之", "member_of", "中国计算机学会")]
    public void PersonalHomepage_ItsDatedLinesAndSeats_AreThePagesPersonsCareer(string person, string predicate, string organization)
    {
        var result = Extract(Homepage);

        Assert.True(Has(result, person, predicate, organization), Describe(result));
    }

    [Fact]
    public void PersonalHomepage_AnAuthorsPinyinName_IsThePersonNamedInChinese()
    {
        var result = Extract(Homepage + "\n## 代表性论文\n\n1. Muzhi Cen, Lan Qiao. Sparse Grasping with Language Priors. CVPR 2025.\n");

        var person = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("岑牧之"));
        Assert.Contains("Muzhi Cen", person.SurfaceForms);
    }

    private const string RankingAndDirectory = "# 砚台科技评论｜2026年度AI创业公司榜单\n\n**No.1　霁岚智算**\n成立时间：2023年｜总部：北京\n"
        + "创始人/CEO：穆承泽，清华大学博士\n核心产品：QL-Infer推理云\n最新融资：C轮，12亿元，高瓴创投领投\n\n"
        + "**No.2　楮木机器人**\n成立时间：2022年｜总部：上海\n联合创始人/CEO：费雨桐，上海交通大学博士\n核心产品：人形机器人CM-H2\n"
        + "最新融资：B+轮，8亿元，启明创投领投，红杉中国跟投\n\n## 参展商名录\n\n**展位号：1A16**\n企业名称：深圳砾渡微电子有限公司（砾渡微）\n"
        + "企业简介：专注边缘推理芯片。客户包括大疆创新。2025年完成B轮融资，由深创投领投。\n展品：LD-R200边缘推理芯片及开发板\n\n## 投资组合\n\n"
        + "- 栖川机器人｜双臂人形机器人｜创始人：陆星野、曹闻笛｜轮次：A轮\n- 知泊医疗｜病理影像辅助诊断｜创始人：吕诗涵｜轮次：A+轮\n";

    [Theory]
    [InlineData("霁岚智算", "located_in", "北京")]
    [InlineData("穆承泽", "founder_of", "霁岚智算")]
    [InlineData("穆承泽", "ceo_of", "霁岚智算")]
    [InlineData("高瓴创投", "invests_in", "霁岚智算")]
    [InlineData("费雨桐", "cofounder_of", "楮木机器人")]
    [InlineData("费雨桐", "ceo_of", "楮木机器人")]
    [InlineData("CM-H2", "product_of", "楮木机器人")]
    [InlineData("红杉中国", "invests_in", "楮木机器人")]
    [InlineData("LD-R200", "product_of", "深圳砾渡微电子有限公司")]
    [InlineData("深圳砾渡微电子有限公司", "partner_of", "大疆创新")]
    [InlineData("深创投", "invests_in", "深圳砾渡微电子有限公司")]
    public void RankingAndDirectoryEntries_TheirFieldsAreTheNamedFirmsFacts(string subject, string predicate, string @object)
    {
        var result = Extract(RankingAndDirectory);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void RankingEntries_TheRankIsNoName_AndAFieldOfAnEntryWithoutAFirmIsNoOnesElse()
    {
        var result = Extract(RankingAndDirectory);

        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("No.1"));
        Assert.False(Has(result, "穆承泽", "founder_of", "深圳砾渡微电子有限公司"), Describe(result));
        Assert.False(Has(result, "吕诗涵", "founder_of", "栖川机器人"), Describe(result));
    }

    private const string FeedPost = "**Ana Loureiro** · 1st\nHead of Research at Quillfen Robotics\n2d · Edited\n\n"
        + "I'm thrilled to share that I've joined Quillfen Robotics as Head of Research! I'll lead Quillfen Robotics's new Lisbon hub.\n\n---\n\n"
        + "**Quillfen Robotics**\nRobotics · 214 followers · Pittsburgh, Pennsylvania\n1d\n\n"
        + "The hire follows our $90M Series B led by Index Ventures. Quillfen Robotics is now competing directly with Figure AI.\n";

    [Theory]
    [InlineData("Ana Loureiro", "works_at", "Quillfen Robotics")]
    [InlineData("Index Ventures", "invests_in", "Quillfen Robotics")]
    [InlineData("Quillfen Robotics", "competitor_of", "Figure AI")]
    public void FeedPost_TheAuthorIsTheI_AndACompanyPageIsTheWe(string subject, string predicate, string @object)
    {
        var result = Extract(FeedPost);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void FeedPost_LeadingAFirmsNewHub_IsNoLeadingTheFirm()
    {
        var result = Extract(FeedPost);

        Assert.False(Has(result, "Ana Loureiro", "leads", "Quillfen Robotics"), Describe(result));
    }

    private const string ModelCard = "# Gullwing-VL-4B model card\n\nlicense: apache-2.0\n\nGullwing-VL-4B reads customs forms for the freight forwarders Pettrel Labs serves.\n\n## Model Details\n\n"
        + "- **Developed by:** Pettrel Labs (Porto, Portugal)\n- **Funded by:** Pettrel Labs and the Skovgaard Foundation (Copenhagen)\n";

    [Theory]
    [InlineData("Gullwing-VL-4B", "product_of", "Pettrel Labs")]
    [InlineData("Skovgaard Foundation", "partner_of", "Pettrel Labs")]
    [InlineData("Pettrel Labs", "located_in", "Porto")]
    [InlineData("Pettrel Labs", "located_in", "Portugal")]
    public void ModelCard_ItsFieldsAndTheirBracketedPlaces_SayWhoMadeAndFundedTheModel(string subject, string predicate, string @object)
    {
        var result = Extract(ModelCard);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void ThePlaceInARegisteredName_IsNoneOfTheFirmsSeats()
    {
        var result = Extract("安岚机器人（南京）有限公司成立于2021年，主要生产巡检机器人。");

        Assert.False(Has(result, "安岚机器人", "located_in", "南京"), Describe(result));
    }

    [Fact]
    public void AskMeAnything_WhoeverIntroducesThemself_IsTheI()
    {
        var result = Extract("Hi all! I'm Dana Wexford, co-founder and CEO of Fernbrook. Before this I spent six years at Epic Systems; "
            + "my co-founder Miguel Sarrasin (our CTO) was an engineer at Google Health. Miguel Sarrasin says hi. Miguel Sarrasin will answer too.\n\n"
            + "In April we closed a $24M Series A. We rent NVIDIA H100s from CoreWeave.\n");

        Assert.True(Has(result, "Dana Wexford", "former_employee_of", "Epic Systems"), Describe(result));
        Assert.False(Has(result, "Miguel Sarrasin", "former_employee_of", "Epic Systems"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("24M", StringComparison.Ordinal)));
        Assert.False(Has(result, "H100s", "product_of", "CoreWeave") || Has(result, "NVIDIA H100s", "product_of", "CoreWeave"), Describe(result));
    }

    private const string PatentPage = "本月整理苏州岚桥智能科技有限公司新公开的发明专利申请。\n\n"
        + "**一、一种多模态检索增强的问答方法**\n(21)申请号：202510123456.7　(22)申请日：2025.03.02\n(10)公开号：CN121100234A\n"
        + "(71)申请人：苏州岚桥智能科技有限公司；复旦大学\n地址：215000 江苏省苏州市工业园区星湖街328号\n"
        + "(72)发明人：韩知微、庞予川、宋澄\n(74)专利代理机构：苏州衡岳专利代理事务所（普通合伙）32288　代理人：柏青禾\n"
        + "(57)摘要：本发明公开了一种问答方法。\n";

    [Theory]
    [InlineData("苏州岚桥智能科技有限公司", "author_of", "CN121100234A")]
    [InlineData("复旦大学", "author_of", "CN121100234A")]
    [InlineData("韩知微", "author_of", "CN121100234A")]
    [InlineData("庞予川", "author_of", "CN121100234A")]
    [InlineData("宋澄", "author_of", "CN121100234A")]
    [InlineData("苏州岚桥智能科技有限公司", "partner_of", "复旦大学")]
    [InlineData("苏州衡岳专利代理事务所（普通合伙）", "partner_of", "苏州岚桥智能科技有限公司")]
    [InlineData("柏青禾", "works_at", "苏州衡岳专利代理事务所（普通合伙）")]
    [InlineData("苏州岚桥智能科技有限公司", "located_in", "苏州市")]
    public void PatentRecord_ItsApplicantsInventorsAgencyAndAddress_StateWhoMadeThePatent(string subject, string predicate, string @object)
    {
        var result = Extract(PatentPage);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Work && e.SurfaceForms.Contains("CN121100234A"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.Contains('、') || f.Contains("星湖街")));
    }

    private const string LeadershipPage = "# Leadership | Corvalis\n\nCorvalis builds evaluation tools. Corvalis Studio and Corvalis Gate run in 80 deployments, "
        + "and Corvalis Labs, our research arm in Montreal, publishes the benchmarks. Corvalis was founded in 2021.\n\n"
        + "**Ines Maravilla**\n*Co-founder & Chief Executive Officer*\nInes co-founded Corvalis in 2021. She holds an MBA from INSEAD.\n\n"
        + "**Tobiah Quennell**\n*Chief Financial Officer*\nTobiah joined Corvalis from Stripe.\n\n"
        + "Thanks for reading about Corvalis.\n";

    [Theory]
    [InlineData("Ines Maravilla", "ceo_of", "Corvalis")]
    [InlineData("Ines Maravilla", "cofounder_of", "Corvalis")]
    [InlineData("Tobiah Quennell", "works_at", "Corvalis")]
    public void TeamPage_TheTitleOnTheLineUnderAName_IsAPostInTheFirmWhoseUnitsAndProductsCarryItsName(string subject, string predicate, string @object)
    {
        var result = Extract(LeadershipPage);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Corvalis") && e.SurfaceForms.Contains("Corvalis Labs"));
    }

    [Fact]
    public void AnEmailsHeader_NamesPeople_AndATitleLineOverASentenceNamesNoFirm()
    {
        var result = Extract("From: Sarah Whitcombe <sarah@ternvik.no>\nCc: Jorunn Elvestad <jorunn@ternvik.no>, Pavel Hrubes <pavel@gullmarsh.ai>\n"
            + "Subject: Pilot kickoff\n\nThanks for the call today.\n\n"
            + "**侯济川**｜联合创始人、首席执行官\n南京大学计算机博士，曾任华为云架构师。\n\n澄溪智能成立于2022年。澄溪智能的产品已上线。\n");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Pavel Hrubes"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Jorunn Elvestad"));
        Assert.False(Has(result, "侯济川", "ceo_of", "南京大学"), Describe(result));
    }

    private const string ProxyExcerpt = "**Director Nominees**\n\nBrightvale Systems, Inc. (\"Brightvale\") nominated the directors below. Brightvale makes "
        + "grid software. Brightvale is based in Denver.\n\n**Odalys Fenner**\nAge: 57 | Director since: 2020 | Committees: Audit (Chair)\n"
        + "Ms. Fenner was chief financial officer of Harlow Mills until 2019.\nOther public company boards: Quillon Foods, Inc.; Steadcroft Energy Corp.\n"
        + "Education: B.A., Purdue University; M.B.A., Harvard Business School\n\n岑望舒是一位计算机科学家。\n\n"
        + "| 项目 | 内容 |\n|---|---|\n| 中文名 | 岑望舒 |\n| 毕业院校 | 浙江大学、斯坦福大学 |\n";

    [Theory]
    [InlineData("Odalys Fenner", "member_of", "Brightvale Systems, Inc.")]
    [InlineData("Odalys Fenner", "member_of", "Quillon Foods, Inc.")]
    [InlineData("Odalys Fenner", "member_of", "Steadcroft Energy Corp.")]
    [InlineData("Odalys Fenner", "affiliated_with", "Harvard Business School")]
    [InlineData("岑望舒", "affiliated_with", "浙江大学")]
    [InlineData("岑望舒", "affiliated_with", "斯坦福大学")]
    public void ProfileFields_UnderAPersonsHeadingOrNameField_GiveTheirSchoolsAndSeats(string subject, string predicate, string @object)
    {
        var result = Extract(ProxyExcerpt);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    private const string ForumAgenda = "# 2026首届澄江具身智能产业论坛议程\n\n"
        + "主办单位：昆明市科学技术局、云南大学\n承办单位：昆明澄岳机器人科技有限公司\n协办单位：华为云、腾讯云\n\n"
        + "09:00-09:20　开幕致辞　致辞嘉宾：岳临川　昆明市科学技术局副局长\n"
        + "09:20-09:50　主旨演讲：《具身智能的下一步》　演讲嘉宾：柯望舒　昆明澄岳机器人科技有限公司首席科学家\n\n"
        + "对话嘉宾：\n- 宁知遥　腾讯云高级研究员\n- 施澹如　云南大学信息学院教授\n\n会后合影。\n";

    [Theory]
    [InlineData("昆明市科学技术局", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("云南大学", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("昆明澄岳机器人科技有限公司", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("华为云", "partner_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("岳临川", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("柯望舒", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("柯望舒", "works_at", "昆明澄岳机器人科技有限公司")]
    [InlineData("宁知遥", "participant_of", "2026首届澄江具身智能产业论坛")]
    [InlineData("施澹如", "participant_of", "2026首届澄江具身智能产业论坛")]
    public void ForumAgenda_ItsOrganiserFieldsAndSpeakersLines_StateWhoTakesPart(string subject, string predicate, string @object)
    {
        var result = Extract(ForumAgenda);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void LectureSeries_NamedAsAForumOfTalks_IsTheEventItsSpeakersTakePartIn()
    {
        var result = Extract("# 信息学院“澄湖AI前沿讲坛”学术报告预告\n\n主办单位：南昌大学信息工程学院\n\n报告人：邰明远 教授（复旦大学）\n");

        Assert.True(Has(result, "邰明远", "participant_of", "澄湖AI前沿讲坛"), Describe(result));
        Assert.True(Has(result, "南昌大学信息工程学院", "participant_of", "澄湖AI前沿讲坛"), Describe(result));
    }

    [Fact]
    public void LectureNotice_WhoseEventIsNamedOnlyInASpeakersBio_GivesTheSpeakersToNoEvent()
    {
        var result = Extract("# 信息学院学术讲座预告\n\n主办单位：南昌大学信息工程学院\n\n报告人：邰明远 教授（复旦大学）\n"
            + "报告人简介：邰明远，复旦大学教授，在CVPR等会议发表论文三十余篇。\n");

        Assert.DoesNotContain(result.Relations, r => r.Predicate == "participant_of");
        Assert.True(Has(result, "邰明远", "works_at", "复旦大学"), Describe(result));
    }

    private const string AnnualReportSection = "# 董事、监事、高级管理人员情况\n\n本节所称“公司”“岚舸科技”均指宁州岚舸科技股份有限公司。\n\n"
        + "| 姓名 | 职务 | 任期 | 主要兼职单位 |\n|---|---|---|---|\n| 甘知行 | 董事长 | 2024.01–2027.01 | 岚舸（南京）数据服务有限公司 |\n\n"
        + "甘知行先生，1978年出生，中国国籍，复旦大学软件工程专业硕士。2003年至2012年任金蝶软件高级工程师，现任公司董事长。\n\n"
        + "卜清漪女士，1986年出生，中国国籍，厦门大学会计学硕士。曾任容诚会计师事务所审计经理，2024年2月起任公司财务总监。\n\n"
        + "乔湛先生，1990年出生，中国国籍，南昌大学学士。2019年加入公司，现任公司交付中心经理。\n";

    [Theory]
    [InlineData("甘知行", "works_at", "宁州岚舸科技股份有限公司")]
    [InlineData("甘知行", "affiliated_with", "复旦大学")]
    [InlineData("甘知行", "former_employee_of", "金蝶")]
    [InlineData("卜清漪", "affiliated_with", "厦门大学")]
    [InlineData("卜清漪", "former_employee_of", "容诚会计师事务所")]
    [InlineData("卜清漪", "works_at", "宁州岚舸科技股份有限公司")]
    [InlineData("乔湛", "affiliated_with", "南昌大学")]
    [InlineData("乔湛", "works_at", "宁州岚舸科技股份有限公司")]
    public void AnnualReportsOfficers_TheFilingsDefinedCompanyAndEachResumesSchoolsAndPosts_AreRead(string subject, string predicate, string @object)
    {
        var result = Extract(AnnualReportSection);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("岚舸（南京）数据服务有限公司"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("均指") || f.StartsWith("任容诚")));
    }

    private const string ConferenceCommittees = "# 第二届全国机器学习系统研讨会组织机构\n\n## 主办单位\n宁州岚舸科技股份有限公司\n\n"
        + "## 大会主席\n邰明远（复旦大学）\n厉书禾（南昌大学）\n\n## 组织委员会\n主席：殳晴川（厦门大学）\n"
        + "委员：萧砚冰（宁州岚舸科技股份有限公司）、栾知夏（用友网络）、闵若澜（南昌大学）\n\n"
        + "## 特邀报告\n报告人：韦清和 研究员（复旦大学）\n个人简介：韦清和，厦门大学计算机博士，曾任用友网络首席架构师，2021年加入复旦大学。\n";

    [Theory]
    [InlineData("邰明远", "works_at", "复旦大学")]
    [InlineData("厉书禾", "works_at", "南昌大学")]
    [InlineData("殳晴川", "works_at", "厦门大学")]
    [InlineData("萧砚冰", "works_at", "宁州岚舸科技股份有限公司")]
    [InlineData("栾知夏", "works_at", "用友网络")]
    [InlineData("闵若澜", "works_at", "南昌大学")]
    [InlineData("韦清和", "works_at", "复旦大学")]
    [InlineData("韦清和", "former_employee_of", "用友网络")]
    [InlineData("韦清和", "affiliated_with", "厦门大学")]
    public void ConferenceCommittees_EachMembersUnitInBrackets_IsWhereTheyWork(string subject, string predicate, string @object)
    {
        var result = Extract(ConferenceCommittees);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.False(Has(result, "殳晴川", "works_at", "宁州岚舸科技股份有限公司"), Describe(result));
    }

    private const string ConferenceEditions = "# 第二届全国机器学习系统学术会议（NMLS 2026）\n\n"
        + "第二届全国机器学习系统学术会议（NMLS 2026）将于2026年6月12日至14日在福建厦门召开，是继NMLS 2024（昆明）、NMLS 2025（太原）之后的第二届。\n\n"
        + "## 主办单位\n宁州岚舸科技股份有限公司\n\n## 承办单位\n厦门大学信息学院\n南昌大学\n\n## 特邀报告\n报告人：韦清和 研究员（复旦大学）\n";

    [Theory]
    [InlineData("NMLS 2026", "located_in", "厦门")]
    [InlineData("NMLS 2024", "located_in", "昆明")]
    [InlineData("NMLS 2025", "located_in", "太原")]
    [InlineData("宁州岚舸科技股份有限公司", "participant_of", "NMLS 2026")]
    [InlineData("厦门大学信息学院", "participant_of", "NMLS 2026")]
    [InlineData("南昌大学", "participant_of", "NMLS 2026")]
    [InlineData("韦清和", "participant_of", "NMLS 2026")]
    public void ConferenceEditions_EachYearAnEventWhereItIsHeld_ItsOrganisersUnderHeadings(string subject, string predicate, string @object)
    {
        var result = Extract(ConferenceEditions);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("NMLS 2025") && e.SurfaceForms.Contains("太原"));
    }

    private const string StandardForeword = "# T/QXAI 014—2026《智能体服务质量评价 第1部分：通则》前言\n\nT/QXAI 014—2026\n代替 T/QXAI 003—2023\n\n"
        + "本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。\n\n"
        + "本文件是T/QXAI 014《智能体服务质量评价》的第1部分。\n\n本文件代替T/QXAI 003—2023《对话系统服务质量评价》。\n\n"
        + "本文件起草单位：宁州岚舸科技股份有限公司、南昌大学、厦门大学。\n\n本文件主要起草人：韦清和、殳晴川、栾知夏、闵若澜。\n\n"
        + "## 2　规范性引用文件\n\nGB/T 41867—2022　信息技术　人工智能　术语\nISO/IEC 22989:2022　Information technology\n";

    [Theory]
    [InlineData("宁州岚舸科技股份有限公司", "author_of", "T/QXAI 014—2026")]
    [InlineData("厦门大学", "author_of", "T/QXAI 014—2026")]
    [InlineData("韦清和", "author_of", "T/QXAI 014—2026")]
    [InlineData("闵若澜", "author_of", "T/QXAI 014—2026")]
    [InlineData("T/QXAI 014—2026", "part_of", "T/QXAI 014")]
    [InlineData("T/QXAI 003—2023", "predecessor_of", "T/QXAI 014—2026")]
    public void StandardForeword_ThisDocumentIsTheStandardItsCoverNames(string subject, string predicate, string @object)
    {
        var result = Extract(StandardForeword);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Work && e.SurfaceForms.Contains("T/QXAI 003—2023") && e.SurfaceForms.Contains("对话系统服务质量评价"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Work && e.SurfaceForms.Contains("GB/T 41867—2022"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Work && e.SurfaceForms.Contains("ISO/IEC 22989:2022"));
    }

    private const string MediaAdvisory = "# MEDIA ADVISORY: Tidewater Robotics Summit 2027 Comes to Norfolk\n\n**WHO:**\n"
        + "The Tidewater Autonomy Council, with speakers including:\n- Rosalind Achterberg, Chief Executive Officer, Quayline Systems\n- Desmond Okafor, Partner, Harrowgate Ventures\n\n"
        + "**WHAT:**\nThe Tidewater Robotics Summit 2027, a one-day gathering on port automation.\n\n"
        + "**SPONSORS AND PARTNERS:**\nGold sponsors: Quayline Systems, Harrowgate Ventures\n"
        + "Community partners: Virginia Maritime Robotics Alliance (VMRA), Elizabeth River Makers Guild\nMedia partner: Portside Dispatch\n";

    [Theory]
    [InlineData("Rosalind Achterberg", "participant_of", "Tidewater Robotics Summit 2027")]
    [InlineData("Desmond Okafor", "participant_of", "Tidewater Robotics Summit 2027")]
    [InlineData("Quayline Systems", "partner_of", "Tidewater Robotics Summit 2027")]
    [InlineData("Virginia Maritime Robotics Alliance", "partner_of", "Tidewater Robotics Summit 2027")]
    [InlineData("Elizabeth River Makers Guild", "partner_of", "Tidewater Robotics Summit 2027")]
    [InlineData("Portside Dispatch", "partner_of", "Tidewater Robotics Summit 2027")]
    public void MediaAdvisory_ItsSpeakersAndSponsorsByTier_TakePartInTheEventNamedWithItsYear(string subject, string predicate, string @object)
    {
        var result = Extract(MediaAdvisory);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Event && e.SurfaceForms.Contains("Tidewater Robotics Summit 2027"));
    }

    private const string JournalPaper = "# 面向港口调度的多智能体强化学习方法\n\n计算机应用研究　　2026，43（11）\n\n面向港口调度的多智能体强化学习方法\n\n"
        + "邰明远1,2，厉书禾1，殳晴川2\n\nMulti-agent Reinforcement Learning for Port Scheduling\nTAI Mingyuan1,2, LI Shuhe1, SHU Qingchuan2\n\n1．南昌大学 信息工程学院，南昌 330031\n2．宁州岚舸科技股份有限公司，厦门 361000\n\n"
        + "作者简介：邰明远（1990—），男，博士研究生，研究方向为强化学习；厉书禾（1975—），男，博士，教授。\n\n参考文献：\n\n"
        + "[1] 栾知夏，闵若澜. 集装箱码头泊位分配的启发式算法[J]. 系统工程学报，2024，39（2）：1-12.\n"
        + "[2] HALVORSEN K, ODUYA T, et al. Cooperative agents for berth scheduling[C]//Proceedings of the Port Systems Workshop, 2023.\n";

    [Theory]
    [InlineData("邰明远", "author_of", "面向港口调度的多智能体强化学习方法")]
    [InlineData("殳晴川", "author_of", "面向港口调度的多智能体强化学习方法")]
    [InlineData("邰明远", "affiliated_with", "南昌大学 信息工程学院")]
    [InlineData("邰明远", "works_at", "宁州岚舸科技股份有限公司")]
    [InlineData("厉书禾", "works_at", "南昌大学 信息工程学院")]
    [InlineData("南昌大学 信息工程学院", "located_in", "南昌")]
    [InlineData("栾知夏", "author_of", "集装箱码头泊位分配的启发式算法")]
    [InlineData("闵若澜", "author_of", "集装箱码头泊位分配的启发式算法")]
    [InlineData("HALVORSEN K", "author_of", "Cooperative agents for berth scheduling")]
    [InlineData("ODUYA T", "author_of", "Cooperative agents for berth scheduling")]
    public void JournalPaper_NumberedAuthorsAndReferences_WroteTheirPapersAndBelongToTheirUnits(string subject, string predicate, string @object)
    {
        var result = Extract(JournalPaper);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains("TAI Mingyuan") && e.SurfaceForms.Contains("邰明远"));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Work && e.SurfaceForms.Contains("系统工程学报"));
        Assert.False(Has(result, "邰明远", "works_at", "南昌大学 信息工程学院"), Describe(result));
    }

    private const string JudgmentParties = "# 宁州岚舸科技股份有限公司与厦门栎川数据有限公司计算机软件许可使用合同纠纷一审民事判决书\n\n"
        + "原告：宁州岚舸科技股份有限公司，住所地福建省厦门市思明区。\n法定代表人：邵明远，董事长。\n委托诉讼代理人：厉书禾，福建衡舟律师事务所律师。\n"
        + "被告：厦门栎川数据有限公司，住所地福建省厦门市湖里区。\n法定代表人：殳晴川，总经理。\n\n"
        + "原告宁州岚舸科技股份有限公司（以下简称岚舸公司）与被告厦门栎川数据有限公司（以下简称栎川公司）计算机软件许可使用合同纠纷一案，本院依法审理。"
        + "栎川公司系上海翎湄投资管理有限公司全资子公司。\n";

    [Theory]
    [InlineData("邵明远", "works_at", "宁州岚舸科技股份有限公司")]
    [InlineData("厉书禾", "works_at", "福建衡舟律师事务所")]
    [InlineData("殳晴川", "leads", "厦门栎川数据有限公司")]
    public void JudgmentParties_EachRepresentativeAndLawyer_HoldTheirPostsAtTheirParty(string subject, string predicate, string @object)
    {
        var result = Extract(JudgmentParties);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains("宁州岚舸科技股份有限公司") && e.SurfaceForms.Contains("岚舸公司"));
        Assert.Contains(result.Entities, e => e.SurfaceForms.Contains("上海翎湄投资管理有限公司"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("告") || f.StartsWith("系")));
    }

    private const string AwardNotice = "# 厦门市湖里区数据管理中心算力平台项目中标（成交）结果公告\n\n三、中标（成交）信息\n供应商名称：厦门栎川数据有限公司\n\n"
        + "四、主要标的信息\n1. 名称：AI训练服务器；品牌（如有）：华为；规格型号：Atlas 900T B3；数量：8台；制造商：华为技术有限公司\n"
        + "2. 名称：推理服务器；品牌（如有）：浪潮；规格型号：NF7788M9；数量：12台；制造商：浪潮电子信息产业股份有限公司\n\n"
        + "九、联系方式\n1.采购人信息\n名　称：厦门市湖里区数据管理中心\n地　址：福建省厦门市湖里区\n\n2.采购代理机构信息\n名　称：福建衡舟招标咨询有限公司\n";

    [Theory]
    [InlineData("厦门市湖里区数据管理中心", "partner_of", "厦门栎川数据有限公司")]
    [InlineData("厦门市湖里区数据管理中心", "partner_of", "福建衡舟招标咨询有限公司")]
    [InlineData("Atlas 900T B3", "product_of", "华为")]
    [InlineData("NF7788M9", "product_of", "浪潮电子信息产业股份有限公司")]
    public void AwardNotice_ThePurchaserNamedLast_ContractsWithTheSupplierAndAgent_ItemsMadeByTheirMakers(string subject, string predicate, string @object)
    {
        var result = Extract(AwardNotice);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    private const string ChannelExport = "# Slack export — Quillmere AI #sales (Dec 1 – Dec 4, 2026)\n\n"
        + "Channel: #sales (public) · 9 members, incl. Daniel Brooks (CEO & Co-founder), Emily Carter (Head of Sales), Jacob Miller (Solutions Engineer)\n\n"
        + "[09:02] Emily Carter: Morning! Our Snowflake listing goes live today and Snowflake wants a joint webinar.\n"
        + "[09:10] Jacob Miller: Snowflake asked for the demo script again.\n";

    [Theory]
    [InlineData("Daniel Brooks", "ceo_of", "Quillmere AI")]
    [InlineData("Daniel Brooks", "cofounder_of", "Quillmere AI")]
    [InlineData("Emily Carter", "works_at", "Quillmere AI")]
    [InlineData("Jacob Miller", "works_at", "Quillmere AI")]
    public void ChannelExport_MembersWithTheirPostsInBrackets_HoldThemInTheFirmItsHeadingNames(string subject, string predicate, string @object)
    {
        var result = Extract(ChannelExport);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.False(Has(result, subject, predicate, "Snowflake"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Solutions Engineer"));
    }

    private const string LaunchComments = "# Quillmere – notes that write themselves | Product Hunt\n\n"
        + "**Harriet Lindqvist** · Staff Engineer, Brambleton\nLove the Jira sync.\n\n**Owen Castell** · PM @ Tidewhistle Health\nDoes it handle custom fields?\n\n"
        + "**Marta Quiroga** · Founder, Cobblewick\nCongrats on the launch!\n";

    [Theory]
    [InlineData("Harriet Lindqvist", "works_at", "Brambleton")]
    [InlineData("Owen Castell", "works_at", "Tidewhistle Health")]
    [InlineData("Marta Quiroga", "founder_of", "Cobblewick")]
    public void LaunchComments_EachCommentersPostAndFirm_OnTheirNameLine(string subject, string predicate, string @object)
    {
        var result = Extract(LaunchComments);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    private const string OfficersTable = "Halvercrest Systems, Inc. (\"Halvercrest,\" the \"Company\") builds grid software. Halvercrest sells to utilities.\n\n"
        + "Information about our Executive Officers\n\nName | Age | Position\nMarcus Whitfield | 52 | Co-Founder, Chief Executive Officer and Chairman\n"
        + "Hannah Prescott | 49 | Chief Financial Officer\nOliver Grant | 55 | General Counsel and Secretary\n";

    [Theory]
    [InlineData("Marcus Whitfield", "cofounder_of", "Halvercrest Systems, Inc.")]
    [InlineData("Marcus Whitfield", "ceo_of", "Halvercrest Systems, Inc.")]
    [InlineData("Hannah Prescott", "works_at", "Halvercrest Systems, Inc.")]
    [InlineData("Oliver Grant", "works_at", "Halvercrest Systems, Inc.")]
    public void OfficersTable_ARowUnderItsHeaderRow_IsNoLineWrapped(string subject, string predicate, string @object)
    {
        var result = Extract(OfficersTable);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("Position")));
    }

    private const string HiringThread = "# Ask HN: Who is hiring?\n\n**jdoe** 2 days ago\n\n"
        + "Quillfern | Staff Engineer, Data Platform | Denver, CO | ONSITE\n\n"
        + "We help county clerks digitise records. Founded in 2023 by Odalys Brenneman (ex-Palantir) and Tiberius Okoro (ex-Stripe). Backed by Lux Capital.\n\n"
        + "**kbarr** 1 day ago\n\nBraidmoor | Senior Product Designer | Lisbon | REMOTE (EU)\n\n"
        + "Co-founded by Sabine Harlow (CEO), Matteo Quist and Ines Valdre. Investors include Index Ventures.\n";

    [Theory]
    [InlineData("Quillfern", "located_in", "Denver")]
    [InlineData("Odalys Brenneman", "cofounder_of", "Quillfern")]
    [InlineData("Tiberius Okoro", "cofounder_of", "Quillfern")]
    [InlineData("Odalys Brenneman", "former_employee_of", "Palantir")]
    [InlineData("Tiberius Okoro", "former_employee_of", "Stripe")]
    [InlineData("Lux Capital", "invests_in", "Quillfern")]
    [InlineData("Braidmoor", "located_in", "Lisbon")]
    [InlineData("Sabine Harlow", "cofounder_of", "Braidmoor")]
    [InlineData("Matteo Quist", "cofounder_of", "Braidmoor")]
    [InlineData("Ines Valdre", "cofounder_of", "Braidmoor")]
    [InlineData("Index Ventures", "invests_in", "Braidmoor")]
    public void HiringPosts_TheirHeadersAndUnsaidSubjects_AreTheFirmsPosting(string subject, string predicate, string @object)
    {
        var result = Extract(HiringThread);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Braidmoor"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Senior Product Designer") || e.SurfaceForms.Contains("ONSITE"));
    }

    private const string CompanyProfileTable = "# Wrenhaven: company profile and funding\n\n**Wrenhaven** · Private · Series B\n\n| | |\n|---|---|\n"
        + "| Founders | Aurelio Stanek, Priyanka Dattani |\n| Headquarters | Austin, Texas, United States |\n"
        + "| Lead Investors | Sequoia Capital, Redpoint Ventures |\n| Competitors | Databricks, Snowflake |\n\n## About\n\nWrenhaven sells data tools to hospitals. Wrenhaven opened an office in Denver this year.\n";

    [Theory]
    [InlineData("Aurelio Stanek", "cofounder_of", "Wrenhaven")]
    [InlineData("Priyanka Dattani", "cofounder_of", "Wrenhaven")]
    [InlineData("Wrenhaven", "located_in", "Austin")]
    [InlineData("Austin", "located_in", "Texas")]
    [InlineData("Sequoia Capital", "invests_in", "Wrenhaven")]
    [InlineData("Redpoint Ventures", "invests_in", "Wrenhaven")]
    [InlineData("Databricks", "competitor_of", "Wrenhaven")]
    public void CompanyProfilesTable_ItsFieldCells_StateTheFirmsFacts(string subject, string predicate, string @object)
    {
        var result = Extract(CompanyProfileTable);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.Contains('·') || f.Contains('*')));
    }

    private const string ProspectusSummary = "杭州砚川科技股份有限公司（下称“砚川科技”或“砚川”）向香港联交所递交招股书，高盛与澹台证券担任联席保荐人。\n\n"
        + "| 股东 | 持股比例 | 备注 |\n|---|---|---|\n| 骆屿舟 | 21.4% | 创始人 |\n| 腾讯 | 9.8% | A 轮领投 |\n| 青梧资本 | 6.2% | B 轮领投 |\n\n"
        + "| 子公司 | 所在城市 | 主要业务 |\n|---|---|---|\n| 砚川数智科技有限公司 | 成都 | 交付 |\n\n"
        + "| 排名 | 客户 | 收入占比 |\n|---|---|---|\n| 1 | 瓯峰商业银行 | 15.1% |\n\n"
        + "**骆屿舟**，44 岁，董事长兼首席执行官，砚川科技创始人。\n\n**沈槿**，41 岁，首席财务官。沈槿曾任高盛亚洲投资银行部董事总经理。\n\n"
        + "阿里巴巴同时是砚川的股东、供应商和竞争对手。";

    [Theory]
    // A Markdown table's columns say what each row's name is to the firm the text is about: its shareholders, its subsidiaries
    // (seated where the city column says) and its customers.
    [InlineData("骆屿舟", "invests_in", "砚川科技")]
    [InlineData("腾讯", "invests_in", "砚川科技")]
    [InlineData("青梧资本", "invests_in", "砚川科技")]
    [InlineData("砚川数智科技有限公司", "part_of", "砚川科技")]
    [InlineData("砚川数智科技有限公司", "located_in", "成都")]
    [InlineData("瓯峰商业银行", "partner_of", "砚川科技")]
    // A profile's paragraph gives the age, then the posts, then the firm's name with a further post of its own.
    [InlineData("骆屿舟", "ceo_of", "砚川科技")]
    [InlineData("骆屿舟", "founder_of", "砚川科技")]
    [InlineData("沈槿", "works_at", "砚川科技")]
    // A managing director (董事总经理) held a post, not a board seat; the listing's sponsors are the filer's partners; a firm
    // may hold several roles for another at once.
    [InlineData("沈槿", "former_employee_of", "高盛亚洲投资银行部")]
    [InlineData("高盛", "partner_of", "砚川科技")]
    [InlineData("澹台证券", "partner_of", "砚川科技")]
    [InlineData("阿里巴巴", "invests_in", "砚川科技")]
    [InlineData("阿里巴巴", "partner_of", "砚川科技")]
    [InlineData("阿里巴巴", "competitor_of", "砚川科技")]
    public void ProspectusSummary_ItsTablesProfilesAndRoles_StateTheFirmsRelations(string subject, string predicate, string @object)
    {
        var result = Extract(ProspectusSummary);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void ProspectusSummary_ItsShortNamesAreTheFirm_AndAManagingDirectorSitsOnNoBoard()
    {
        var result = Extract(ProspectusSummary);

        var firm = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("砚川科技"));
        Assert.Contains("砚川", firm.SurfaceForms);
        Assert.Contains("杭州砚川科技股份有限公司", firm.SurfaceForms);
        Assert.False(Has(result, "沈槿", "member_of", "高盛亚洲投资银行部"), Describe(result));
    }

    private const string FundingRoundup = """
        **本周要闻**：我们挑出了三起值得关注的交易。

        | 公司 | 轮次 | 金额 | 领投方 | 城市 |
        |---|---|---|---|---|
        | 澜声科技 | A轮 | 1亿元 | 红杉中国 | 杭州 |
        | 岫石半导体 | B轮 | 4亿元 | 阿里巴巴、云栖资本 | 上海 |
        | 砚田数据 | 天使轮 | 数千万元 | 百度 | 北京 |

        ### 1｜澜声科技完成1亿元A轮融资

        杭州语音公司**澜声科技**宣布完成1亿元A轮融资，由红杉中国领投，多家老股东跟投。

        ### 3｜砚田数据获天使轮

        砚田数据此前从未公开披露过融资。
        """;

    [Theory]
    // A roundup's table names each row's firm in its first column: the investors and the city are that firm's.
    [InlineData("云栖资本", "invests_in", "岫石半导体")]
    [InlineData("百度", "invests_in", "砚田数据")]
    [InlineData("岫石半导体", "located_in", "上海")]
    [InlineData("砚田数据", "located_in", "北京")]
    public void FundingRoundup_ATablesFirmColumn_HoldsEachRowsRelations(string subject, string predicate, string @object)
    {
        var result = Extract(FundingRoundup);

        Assert.True(Has(result, subject, predicate, @object), Describe(result));
    }

    [Fact]
    public void FundingRoundup_InvestorsOfOneRow_AreNoneOfAnotherRowsFirm_AndACountedKindIsNoName()
    {
        var result = Extract(FundingRoundup);

        Assert.False(Has(result, "百度", "invests_in", "澜声科技"), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("多家老股东"));
    }

    [Fact]
    public void ARankingsEntries_TheCityFieldUnderEachHeading_SeatsThatHeadingsFirm()
    {
        var result = Extract("""
            ### 01 | 砚溪智能：把语音模型装进耳机

            **城市：杭州｜方向：语音大模型**

            砚溪智能的创始人许观澜曾在阿里巴巴做语音识别。砚溪智能今年出货了二十万副耳机，砚溪智能的客户大多是教育公司。

            ### 02 | 澜石科技：给工厂做质检

            **城市：成都｜方向：工业视觉**

            澜石科技的创始人贺松年是四川大学的教授。
            """);

        Assert.True(Has(result, "澜石科技", "located_in", "成都"), Describe(result));
        Assert.True(Has(result, "砚溪智能", "located_in", "杭州"), Describe(result));
        Assert.False(Has(result, "砚溪智能", "located_in", "成都"), Describe(result));
    }

    [Fact]
    public void EarningsCall_ParticipantsListedWithASpacedHyphen_HoldTheirPostsInTheFirm()
    {
        var result = Extract("""
            Orvale Systems, Inc. (ORVL) Q1 Fiscal 2026 Earnings Call Transcript

            Company Participants
            Anna Brandt - Chief Financial Officer
            Tobias Wrenfield - Co-Founder and Chief Executive Officer

            Operator

            Good afternoon, and welcome to the Orvale Systems first quarter call.

            Tobias Wrenfield

            Thanks. Orvale Systems had a strong quarter, and Orvale Systems will keep investing.
            """);

        Assert.True(Has(result, "Tobias Wrenfield", "ceo_of", "Orvale Systems"), Describe(result));
        Assert.True(Has(result, "Tobias Wrenfield", "cofounder_of", "Orvale Systems"), Describe(result));
    }
}
