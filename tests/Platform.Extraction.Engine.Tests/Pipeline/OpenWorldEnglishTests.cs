using Platform.Extraction.Engine.Evaluation;
using Platform.Extraction.Engine.Tests.Latin;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>English names no KB lists, read as the tagger reads them, and the floor on held-out sentences the engine never saw.</summary>
public class OpenWorldEnglishTests
{
    // The whole engine on WikiANN-en dev + WNUT17 dev: 0.468 before the tagger could join the chunker's pieces, 0.599 after
    // (unchanged when a past-tense verb stopped joins); 0.582 since a city named with its region is two places (WikiANN
    // annotates 304 of its 14,146 dev spans, "Kalamazoo, Michigan", as one: a convention the graph departs from on purpose).
    private const double HeldOutEngineF1Floor = 0.57;

    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    private static string Describe(ExtractionResult result) => string.Join(", ", result.Mentions.Select(m => $"{m.Text} {m.Type}"));

    [Fact]
    public void Extract_NameJoinedByOfThe_IsOneOrganizationAsTheTaggerReadsIt()
    {
        var result = Extract("She toured with the Sons of the Pioneers in the spring.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Sons of the Pioneers", Type: EntityType.Organization }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text is "Sons" or "Pioneers");
    }

    [Theory]
    // A firm whose name ends in an industry's head noun, a numbered fund, a first name that is also a modal inside a
    // sentence, partners' surnames closed by an ampersand, and a firm's rival named after its possessive.
    [InlineData("Optica, a London firm, counts Kaito Marine and GEICO among its customers.", "Kaito Marine", EntityType.Organization)]
    [InlineData("Its last round was led by SoftBank's Vision Fund 2.", "Vision Fund 2", EntityType.Organization)]
    [InlineData("She reports to the co-founder and chief executive Will Marshall.", "Will Marshall", EntityType.Person)]
    [InlineData("He was an associate at Wilmer, Cutler, Pickering, Hale & Dorr before that.", "Wilmer, Cutler, Pickering, Hale & Dorr", EntityType.Organization)]
    [InlineData("Udio's rival Suno, which faces a suit, signed a deal.", "Suno", EntityType.Organization)]
    // An acronym in apposition to a trade body, a document's title with its subtitle, and a machine named after a person.
    [InlineData("The deal drew complaints. EUCSA, the Vienna-based trade association for software vendors, filed one too.", "EUCSA", EntityType.Organization)]
    [InlineData("The regulator cited its own Frontier Compute Markets: Interim Report, published in May.", "Frontier Compute Markets: Interim Report", EntityType.Work)]
    [InlineData("The model was trained on the Henri Poincare supercomputer near Paris.", "Henri Poincare", EntityType.Product)]
    // A firm's tool named before its kind, and a place of two words before "-based".
    [InlineData("Its staff will move to Datadog, and the Corvel Trace tool will be folded into another product.", "Corvel Trace", EntityType.Product)]
    [InlineData("Wrenmoor Bio, a San Diego-based drug-discovery shop, raised $55 million.", "San Diego", EntityType.Location)]
    public void Extract_NameItsWordsOrItsPlaceGiveAway_IsTypedSo(string text, string name, EntityType type)
    {
        var result = Extract(text);

        Assert.True(result.Mentions.Any(m => m.Text == name && m.Type == type), Describe(result));
    }

    [Fact]
    public void Extract_TwoNamesTheTaggerReadsAcrossAVerb_StayTwoNames()
    {
        var result = Extract("Quarry Labs unveiled Beacon, a new coding assistant, at the event.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Quarry Labs", Type: EntityType.Organization }), Describe(result));
        Assert.True(result.Mentions.Any(m => m is { Text: "Beacon", Type: EntityType.Product }), Describe(result));
    }

    [Theory]
    [InlineData("Osprey Data, based in Toronto, sells labelled datasets.", "Osprey Data")]
    [InlineData("Investors backed Corvane Bio last week.", "Corvane Bio")]
    public void Extract_NameEndingInAnOrganisationHead_StaysWhole_WhateverTheTaggerMakesOfItsFirstWord(string text, string name)
    {
        var result = Extract(text);

        Assert.True(result.Mentions.Any(m => m.Text == name && m.Type == EntityType.Organization), Describe(result));
    }

    [Fact]
    public void Extract_PlaceInsideAnOrganizationsName_IsPartOfTheName()
    {
        var result = Extract("He studied at the United States Military Academy before the war.");

        Assert.True(result.Mentions.Any(m => m is { Text: "United States Military Academy", Type: EntityType.Organization }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("Kestrel Silicon is based in Austin, Texas, and sells chips.", "Austin", "Texas")]
    [InlineData("The venture will be based in Ann Arbor, Michigan, next year.", "Ann Arbor", "Michigan")]
    [InlineData("Microsoft opened an office in Redmond, Washington, last spring.", "Redmond", "Washington")]
    public void Extract_CityNamedWithItsRegion_IsTwoPlaces(string text, string city, string region)
    {
        var result = Extract(text);

        Assert.True(result.Mentions.Any(m => m is { Type: EntityType.Location } && m.Text == city), Describe(result));
        Assert.True(result.Mentions.Any(m => m is { Type: EntityType.Location } && m.Text == region), Describe(result));
    }

    [Fact]
    public void Extract_DatelineAndAPlaceBeforeAKindOfFirm_ArePlaces()
    {
        var result = Extract("DETROIT — Marlow Motors, the Detroit carmaker, said on Tuesday it will build a plant.");

        Assert.Equal(2, result.Mentions.Count(m => m is { Text: "DETROIT" or "Detroit", Type: EntityType.Location }));
    }

    [Fact]
    public void Extract_ATownsNameThatStartsAFirmsName_IsTheFirmWhereItNeverStandsAsAPlace()
    {
        var result = Extract("Aurora Vision Labs launched a depth camera on Monday. Aurora said the camera would ship in May.");

        Assert.Contains("Aurora", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Aurora Vision Labs")).SurfaceForms);
    }

    [Fact]
    public void Extract_ATownsNameThatStartsAFirmsName_StaysThePlaceWhereItStandsAsOne()
    {
        var result = Extract("Aurora Vision Labs launched a depth camera on Monday. It will open a second office in Aurora next year.");

        Assert.DoesNotContain("Aurora", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Aurora Vision Labs")).SurfaceForms);
    }

    [Fact]
    public void Extract_ShortFormThatReadsAsASurname_TakesTheTypeOfTheFullName()
    {
        var result = Extract("Marlow Motors builds cars. Priya Shah is Marlow's vice president. Marlow will invest $400 million, and Marlow owns the plant.");

        var marlow = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Marlow Motors"));
        Assert.Equal(EntityType.Organization, marlow.Type);
        Assert.Contains("Marlow", marlow.SurfaceForms);
    }

    [Fact]
    public void Extract_ProductRunningOnFromANameTheKnowledgeBaseNeedsContextFor_IsTheLongerName()
    {
        var result = Extract("Boston Dynamics builds robots. Quanta will contribute its robot-learning software, Atlas OS, to the venture.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Atlas OS", Type: EntityType.Product }), Describe(result));
    }

    [Theory]
    [InlineData("The award went to Marisol T. Okafor, who led the survey.", "Marisol T. Okafor")]
    [InlineData("Investors met J. R. Halvorsen in Oslo on Monday.", "J. R. Halvorsen")]
    public void Extract_InitialsInsideAPersonsName_StayInTheName(string text, string name)
    {
        var result = Extract(text);

        Assert.True(result.Mentions.Any(m => m.Text == name && m.Type == EntityType.Person), Describe(result));
    }

    [Fact]
    public void Extract_LetterOfAFundingRoundBeforeTheNextSentence_IsNoInitial()
    {
        var result = Extract("The startup closed its Series A. Investors included Northwind Capital.");

        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("Series A", StringComparison.Ordinal) || m.Text.Contains("Investors", StringComparison.Ordinal));
        Assert.True(result.Mentions.Any(m => m is { Text: "Northwind Capital", Type: EntityType.Organization }), Describe(result));
    }

    [Fact]
    public void Extract_RegionOpenedByACompassWord_IsOnePlace_ThoughTheKnowledgeBaseListsTheContinent()
    {
        var result = Extract("Demand grew fastest in South Asia and East Africa, the report said.");

        Assert.True(result.Mentions.Any(m => m is { Text: "South Asia", Type: EntityType.Location }), Describe(result));
        Assert.True(result.Mentions.Any(m => m is { Text: "East Africa", Type: EntityType.Location }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text is "Asia" or "Africa");
    }

    [Fact]
    public void Extract_PersonWhoseSurnameIsACuratedName_IsThePerson()
    {
        var result = Extract("The panel was chaired by Elena London and the economist Owen Stanford.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Elena London", Type: EntityType.Person }), Describe(result));
        Assert.True(result.Mentions.Any(m => m is { Text: "Owen Stanford", Type: EntityType.Person }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text is "London" or "Stanford");
    }

    [Fact]
    public void Extract_NewOpeningANameMidSentence_IsPartOfTheName()
    {
        var result = Extract("She trained at the New Meridian College of Nursing before moving to Lagos.");

        Assert.True(result.Mentions.Any(m => m is { Text: "New Meridian College of Nursing", Type: EntityType.Organization }), Describe(result));
    }

    [SharedNerDataFact]
    public void WholeEngine_EnglishHeldOut_StaysAboveFloor()
    {
        var systems = HeldOutEngineScores.English(ExtractionEngine.CreateDefault(), SharedNerData.Directory!);

        Assert.True(systems[0].Scores.Overall.F1 >= HeldOutEngineF1Floor, HeldOutEngineScores.Format("WikiANN-en dev + WNUT17 dev", systems));
    }

    [Fact]
    public void Extract_NationalityAdjectivesTogether_AreNoName()
    {
        var result = Extract("It speaks Swiss German better than most models, said Ida Brandt.");

        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("Swiss") || m.Text.Contains("German"));
    }

    [Fact]
    public void Extract_CuratedModelWithItsVersionAndSize_IsReadWhole()
    {
        var result = Extract("The model beat Meta's Llama 3.1 8B on most tasks.");

        Assert.Contains(result.Mentions, m => m.Text == "Llama 3.1 8B" && m.Type == EntityType.Product);
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Llama");
    }

    [Fact]
    public void Extract_UnitNameWithForAndOn_IsReadWhole_ButNotADateAfterIt()
    {
        var result = Extract("Tests by the Stanford Center for Research on Foundation Models are due. The MIT Media Lab on Monday said it agreed.");

        Assert.Contains(result.Mentions, m => m.Text == "Stanford Center for Research on Foundation Models");
        Assert.Contains(result.Mentions, m => m.Text == "MIT Media Lab");
    }

    [Fact]
    public void Extract_BodyNamedAfterACuratedPerson_IsAnOrganisation_AndThePersonAloneStaysThePerson()
    {
        var result = Extract("She was a research fellow at the Alan Turing Institute. Alan Turing was a mathematician.");

        Assert.Contains(result.Mentions, m => m.Text == "Alan Turing Institute" && m.Type == EntityType.Organization);
        Assert.Contains(result.Mentions, m => m.Text == "Alan Turing" && m.EntityId == "alan-turing");
    }

    [Fact]
    public void Extract_WhoMakesAThing_AndAFundNamedAfterItsKind_AreOrganisations()
    {
        var result = Extract("Tessellate is made by Anysphere. Participation came from the Dutch state-backed fund Invest-NL.");

        Assert.Contains(result.Mentions, m => m.Text == "Anysphere" && m.Type == EntityType.Organization);
        Assert.Contains(result.Mentions, m => m.Text == "Invest-NL" && m.Type == EntityType.Organization);
    }

    [Fact]
    public void Extract_TheBusinessesAProductIsUsedBy_AreOrganisations() =>
        Assert.Contains(Extract("Tessellate is used by 900 businesses, including ING and Zalando.").Mentions, m => m.Text == "ING" && m.Type == EntityType.Organization);

    [Fact]
    public void Extract_AnEverydayWordsPossessive_OpensOnePlacesName_NotAnOwnersUnit()
    {
        var result = Extract("The lab, at King's Cross, opens in May.");

        Assert.Contains(result.Mentions, m => m.Text == "King's Cross");
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Cross");
    }

    [Fact]
    public void Extract_ANewerVersionNamed_MakesTheOlderOneAProductToo()
    {
        var result = Extract("Corvane Labs released Tessellate 3 on Monday. Tessellate 3 writes faster, and Tessellate 2 stays on sale.");

        Assert.Contains(result.Mentions, m => m.Text == "Tessellate 2" && m.Type == EntityType.Product);
        Assert.NotEqual(result.Mentions.First(m => m.Text == "Tessellate 2").EntityId, result.Mentions.First(m => m.Text == "Tessellate 3").EntityId);
    }

    [Fact]
    public void Extract_ADoubleBarrelledSurname_IsNoPlace_ButTwoPlacesJoinedAreTwo()
    {
        var result = Extract("The news came from Duncan Crabtree-Ireland, its director. US-China trade fell.");

        Assert.Contains(result.Mentions, m => m.Text == "Duncan Crabtree-Ireland" && m.Type == EntityType.Person);
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Ireland");
        Assert.Contains(result.Mentions, m => m.Text == "China" && m.Type == EntityType.Location);
    }

    [Fact]
    public void Extract_AStudiosShortName_OpeningASentenceWithAPossessive_IsTheStudio()
    {
        var result = Extract("Paramount Pictures signed the deal on Monday. Paramount's lawyers welcomed it.");

        var studio = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Paramount Pictures"));
        Assert.Contains("Paramount", studio.SurfaceForms);
    }

    [Fact]
    public void Extract_ACuratedFirmAfterAnotherName_IsPartOfThatFirmsName()
    {
        var result = Extract("The round drew Thomson Reuters Ventures. Brieflane competes with Thomson Reuters' own CoCounsel.");

        Assert.Contains(result.Mentions, m => m is { Text: "Thomson Reuters Ventures", Type: EntityType.Organization });
        Assert.Contains(result.Mentions, m => m is { Text: "Thomson Reuters", Type: EntityType.Organization });
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Reuters");
        Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Thomson Reuters"));
    }

    [Fact]
    public void Extract_AFirmsShortName_GoesToItsGroupNotItsUnit()
    {
        var result = Extract("Harwick Group agreed to buy Tessel Robotics. Ann Cole will join Harwick Technology, the group's software unit. "
            + "Harwick said the deal would close in March.");

        var group = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Harwick Group"));
        Assert.Contains("Harwick", group.SurfaceForms);
        Assert.Contains(result.Relations, r => r.Predicate == "part_of" && r.ObjectId == group.Id && r.Evidence.StartsWith("Harwick Technology", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Its largest customer, the supermarket chain Sainsbury's, paused the rollout.", "Sainsbury's", EntityType.Organization)]
    [InlineData("Google.org, the charity arm of Google, gave the start-up a grant.", "Google.org", EntityType.Organization)]
    public void Extract_AFirmsNameWithAPossessiveOrAWebSuffix_IsWhole(string text, string name, EntityType type) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == type);

    [Fact]
    public void Extract_AProductNamedAfterItsMaker_NamesTheMakerAndWhoseItIs()
    {
        var result = Extract("Brieflane accesses Claude through Amazon Bedrock.");

        Assert.Contains(result.Entities, e => e.Id == "amazon");
        Assert.Contains(result.Relations, r => r is { SubjectId: "amazon-bedrock", Predicate: "product_of", ObjectId: "amazon" });
    }

    [Fact]
    public void Extract_ATitleCasePhraseOnlyTheHeadlineHas_IsNoName() =>
        Assert.DoesNotContain(Extract("Desert Utility Bets on AI Model to Call Winter Peaks\n\nMesa Power said on Monday that it would use the model.").Mentions,
            m => m.Text.Contains("Model", StringComparison.Ordinal));

    [Fact]
    public void Extract_TwoVersionsOfAProduct_AreTwoEntities_NotAMisspelling()
    {
        var entities = Extract("Lumen Labs ships Vanta-2 this year, and Vanta-3 follows next spring.").Entities;

        Assert.Contains(entities, e => e.SurfaceForms.SequenceEqual(["Vanta-2"]));
        Assert.Contains(entities, e => e.SurfaceForms.SequenceEqual(["Vanta-3"]));
    }

    [Fact]
    public void Extract_APlaceOpenedByNew_IsWhole_NotTheCountryItEndsIn() =>
        Assert.Contains(Extract("The utility serves Arizona, New Mexico and Nevada.").Mentions, m => m is { Text: "New Mexico", Type: EntityType.Location });

    [Fact]
    public void Extract_ANameInApposition_ToAModelItsMakerDeveloped_IsAProduct() =>
        Assert.Contains(Extract("Kestrel Grid Inc. said that Sirocco, an AI model it co-developed, will produce its forecasts.").Mentions,
            m => m is { Text: "Sirocco", Type: EntityType.Product });

    [Fact]
    public void Extract_ASingleNameListedAfterFirms_IsAFirmTheyHireTogether()
    {
        var result = Extract("Brightwave Robotics hired Goldman Sachs, Morgan Stanley and Jefferies as advisers on the sale.");

        Assert.Contains(result.Mentions, m => m is { Text: "Jefferies", Type: EntityType.Organization });
        Assert.Equal(3, result.Relations.Count(r => r is { Predicate: "partner_of", SubjectId: "ent:brightwave-robotics" }));
    }

    [Fact]
    public void Extract_ATrustNamedWithoutItsTrade_AndACountyWithoutItsRank_AreTheSameEntities()
    {
        var entities = Extract("The Okapi Conservation Trust works across Kirinyaga County. Amina Wairimu, chief executive of Okapi Trust, "
            + "said poaching in Kirinyaga has fallen.").Entities;

        Assert.Contains(entities, e => e.SurfaceForms.Contains("Okapi Conservation Trust") && e.SurfaceForms.Contains("Okapi Trust"));
        Assert.Contains(entities, e => e.SurfaceForms.Contains("Kirinyaga County") && e.SurfaceForms.Contains("Kirinyaga"));
    }

    [Fact]
    public void Extract_AFirmsFirstWordBeforeItsOfficersTitle_IsTheFirm_ThoughANameAndACommaComeBefore() =>
        Assert.Contains(Extract("Velanth Cloud Inc. paid for the servers. \"It works,\" said Rachel Dunmore, Velanth's vice president for sustainability.").Entities,
            e => e.SurfaceForms.Contains("Velanth Cloud Inc.") && e.SurfaceForms.Contains("Velanth"));

    [Theory]
    // An analyst firm's short name, even where a tagger reads it as a person's before "'s research director".
    [InlineData("BOSTON, Dec. 5 — Wrenfield Hale Research, the Boston-based analyst firm, published a brief. Wrenfield Hale puts two vendors in the lead. Tobiah Renshaw, Wrenfield Hale's research director, said buyers should plan for churn.", "Wrenfield Hale Research", "Wrenfield Hale")]
    public void Extract_AnAnalystFirmsShortName_IsTheFirm(string text, string fullName, string shortName) =>
        Assert.Contains(Extract(text).Entities, e => e.SurfaceForms.Contains(fullName) && e.SurfaceForms.Contains(shortName));

    [Fact]
    public void Extract_AStateInADateline_IsNoShortFormOfAUniversityNamedAfterIt()
    {
        var entities = Extract("DAYTON, Ohio — Ferrow Logistics said it hired Marcus Ellery, a former scientist at Ohio State University.").Entities;

        Assert.Contains(entities, e => e.Type == EntityType.Location && e.SurfaceForms.SequenceEqual(["Ohio"]));
        Assert.Contains(entities, e => e.SurfaceForms.SequenceEqual(["Ohio State University"]));
    }

    [Fact]
    public void Extract_ANameReadShortAfterAPossessive_IsTheWholeNameTheTextUsedBefore()
    {
        var result = Extract("An alert reached the Ol Kalou Field Station at dawn. Joseph Kamau, who heads the trust's Ol Kalou Field Station, said so.");

        Assert.Equal(2, result.Mentions.Count(m => m.Text == "Ol Kalou Field Station"));
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Kalou Field Station");
    }

    [Fact]
    public void Extract_APlaceInsideAUniversitysNameUsedBefore_IsNoPlaceThere()
    {
        var result = Extract("She studied at the University of Nakuru. Peter Kiprono, a lecturer at the University of Nakuru's School of Computing, led the work.");

        Assert.Equal(2, result.Mentions.Count(m => m.Text == "University of Nakuru"));
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Nakuru");
    }

    [Theory]
    [InlineData("a joint report by the trust and the university, \"Quiet Watchers: AI on the Rangelands,\" says so.", "Quiet Watchers: AI on the Rangelands")]
    [InlineData("The union compiled an internal analysis, titled \"Bylines Without Writers,\" over six weeks.", "Bylines Without Writers")]
    public void Extract_AQuotedTitleOfAReportOrAnAnalysis_IsAWork(string text, string title) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == title && m.Type == EntityType.Work);

    [Theory]
    [InlineData("Ferrow Logistics is the maker of the LaneWise routing model.", "LaneWise")]
    [InlineData("The TuskWatch camera model replaced SnapTag, an older classifier the trust had used since 2021.", "SnapTag")]
    [InlineData("Quillmark replaced the company's earlier rules-based planner, Relay, in September.", "Relay")]
    public void Extract_AProductNamedBesideItsKind_IsAProduct(string text, string name) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == EntityType.Product);

    [Theory]
    [InlineData("Harwick Mutual Fire & Marine Insurance Co. raised its rates. Harwick said claims rose.", "Harwick Mutual Fire & Marine Insurance Co.", "Harwick")]
    [InlineData("Bramble Field Ltd., a seed breeder, was sold. Bramble Field keeps its name.", "Bramble Field Ltd.", "Bramble Field")]
    [InlineData("The model was licensed to Kestova Care Analytics in May. Kestova expects approval next year.", "Kestova Care Analytics", "Kestova")]
    public void Extract_AFirmsNameWithoutItsLegalFormOrAfterItsFirstWord_IsTheSameFirm(string text, string full, string shortForm) =>
        Assert.Contains(Extract(text).Entities, e => e.SurfaceForms.Contains(full) && e.SurfaceForms.Contains(shortForm));

    [Fact]
    public void Extract_AUniversityNamedInsideItsHospitalsName_IsTheParent_NotAShortForm()
    {
        var entities = Extract("Ashgrove University Hospital, the teaching hospital of Ashgrove University, built the model.").Entities;

        Assert.Contains(entities, e => e.SurfaceForms.SequenceEqual(["Ashgrove University"]));
        Assert.Contains(entities, e => e.SurfaceForms.SequenceEqual(["Ashgrove University Hospital"]));
    }

    [Fact]
    public void Extract_ANationalityBeforeABodyTheKnowledgeBaseKnows_IsAnotherBody()
    {
        var result = Extract("Norway will set up the Norwegian AI Safety Institute next spring, the minister said.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Norwegian AI Safety Institute", Type: EntityType.Organization }), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("Norwegian") && e.Type == EntityType.Organization);
    }

    [Fact]
    public void ANameTheTextSaysAnOrganisationIsKnownAs_IsTheSameOrganisation() =>
        Assert.Contains(Extract("She worked at the Norwegian University of Science and Technology, which most students know simply as NTNU, for a decade.").Entities,
            e => e.SurfaceForms.Contains("Norwegian University of Science and Technology") && e.SurfaceForms.Contains("NTNU"));

    [Fact]
    public void TheKindOfFirmReadBeforeItsName_IsNoPartOfTheName()
    {
        var result = Extract("The signatories include Siemens and the Finnish speech-AI company Sanakirja Labs, which joined last week.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Sanakirja Labs", Type: EntityType.Organization }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("company", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ASpeakersSurnameAloneAsATurnLabel_IsThatPerson_AndWhatTheTurnOpensWithIsASentence()
    {
        var result = Extract("Our guest this week is Tomas Brandvold, founder of Loomhaven.\n\nHOST: Welcome, Tomas.\n\nBRANDVOLD: Thanks. The Heron H1, our first drone, flew in May.");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Tomas Brandvold") && e.SurfaceForms.Contains("BRANDVOLD"));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Contains("HOST"));
        Assert.True(result.Mentions.Any(m => m is { Text: "Heron H1", Type: EntityType.Product }), Describe(result));
    }

    [Fact]
    public void Extract_AModelNumberNamedAlone_IsTheProductNamedWithItsLine() =>
        Assert.Contains(Extract("Halvard Robotics showed the Osprey R3 in Oslo. The R3 carries twelve kilograms.").Entities,
            e => e.Type == EntityType.Product && e.SurfaceForms.Contains("Osprey R3") && e.SurfaceForms.Contains("R3"));

    [Fact]
    public void Extract_AFirmNamedForItsAutomationTrade_IsAFirm_AndGoesByItsFirstWord()
    {
        var result = Extract("Analysts spent the week talking about Harrowgate Automation. \"We are not for sale,\" a Harrowgate spokesperson said.");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Harrowgate Automation") && e.SurfaceForms.Contains("Harrowgate"));
    }

    [Fact]
    public void Extract_TheStartOfOnePersonsFirstName_IsThatPerson()
    {
        var result = Extract("Dr. Benedikt Aurand founded the lab in 1990. \"Ben never stopped asking questions,\" a former student said.");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Person && e.SurfaceForms.Contains("Benedikt Aurand") && e.SurfaceForms.Contains("Ben"));
    }

    [Fact]
    public void Extract_AFirmsFirstWordThatNoGazetteerListsAsAPlace_IsTheFirmEvenAfterIn()
    {
        var result = Extract("Brevanta Systems Inc. reported record sales on Monday. Pension funds raised their stakes in Brevanta this year.");

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains("Brevanta Systems Inc.") && e.SurfaceForms.Contains("Brevanta"));
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("Copperline Valley Savings Bank Company opened two branches. Copperline Valley now has forty.", "Copperline Valley Savings Bank Company", "Copperline Valley")]
    [InlineData("The study came from Tarrow Finch Consulting, a Leeds firm. Tarrow Finch's study estimated the demand.", "Tarrow Finch Consulting", "Tarrow Finch")]
    public void Extract_AFirmsFirstWordsBeforeItsTradeAndHead_AreItsShortForm(string text, string full, string shortForm)
    {
        var result = Extract(text);

        Assert.Contains(result.Entities, e => e.Type == EntityType.Organization && e.SurfaceForms.Contains(full) && e.SurfaceForms.Contains(shortForm));
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void Extract_AFirmsNameBeforeAShareInPercent_IsNoProductVersion() =>
        Assert.DoesNotContain(Extract("Under the deal Harbourline will own 55 percent and Vantorra Systems 45 percent.").Mentions,
            m => m.Text.EndsWith("45", StringComparison.Ordinal));

    [Fact]
    public void Extract_ALanguageOrNationalityAlone_IsNoOrganisation() =>
        Assert.DoesNotContain(Extract("Speech systems trained mostly on affluent English speakers fail others, she said.").Entities,
            e => e.SurfaceForms.Contains("English"));

    [Fact]
    public void Extract_AProductCalledByANameWithItsVersion_KeepsTheVersion()
    {
        var result = Extract("The lender said the model, called Tessellate 3, went live on Monday.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Tessellate 3", Type: EntityType.Product }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Tessellate");
    }

    [Fact]
    public void Extract_AQuotedTitleFollowedByWhatItIs_IsAWork() =>
        Assert.Contains(Extract("Her concerns echoed \"Wiring the Grid Rush,\" a study published in May by Fernhill Advisory.").Mentions,
            m => m is { Text: "Wiring the Grid Rush", Type: EntityType.Work });

    [Theory]
    [InlineData("The robot's policy runs on Quellcorp's Arden Vale module.", "Arden Vale")]
    [InlineData("The first hall will house 40,000 of Quellcorp's QX400 accelerators.", "QX400")]
    public void Extract_ANameBeforeTheKindOfHardwareItIs_IsAProduct(string text, string name)
    {
        var result = Extract(text);

        Assert.True(result.Mentions.Any(m => m.Text == name && m.Type == EntityType.Product), Describe(result));
    }

    [Fact]
    public void AFirmsVerbsOutvoteTheTaggersGuessAtAnUnknownName()
    {
        var result = Extract("**Glimmerwood.** Founded by Oskar Pell, Glimmerwood trains weather models.\n\n"
            + "**Vantora.** Ilse Brandt built payroll systems at Intuit before starting Vantora. Siemens now pilots Vantora.\n\n"
            + "**A:** Marlow Capital led our seed and is still very involved.");

        foreach (var name in new[] { "Glimmerwood", "Vantora", "Marlow Capital" })
        {
            Assert.True(result.Mentions.Where(m => m.Text == name).All(m => m.Type == EntityType.Organization) && result.Mentions.Any(m => m.Text == name), Describe(result));
        }
    }

    [Fact]
    public void ANamedChair_IsNoMentionOfTheFirmItSharesANameWith()
    {
        var result = Extract("Mara Quist, Sequoia Professor of Computer Science at Stanford University, opens the summit on March 16.");

        Assert.DoesNotContain(result.Mentions, m => m.Text == "Sequoia");
        Assert.True(result.Mentions.Any(m => m.Text == "Stanford University"), Describe(result));
    }

    [Fact]
    public void ALawsNameRunsThroughItsCommasToItsYear_AndItsInitialsAndYearlessNameAreTheSameLaw()
    {
        var result = Extract("The rulebook includes the Enterprise Act 2002 and the Digital Markets, Competition and Consumers Act 2024 (DMCC Act). "
            + "Fines under the Enterprise Act are rare. The Act does not care who owns a model.");

        var dmcc = Assert.Single(result.Entities, e => e.Name == "Digital Markets, Competition and Consumers Act 2024");
        Assert.Equal(EntityType.Work, dmcc.Type);
        Assert.Contains("DMCC Act", dmcc.SurfaceForms);
        Assert.Contains("Enterprise Act", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Enterprise Act 2002")).SurfaceForms);
        Assert.DoesNotContain(result.Mentions, m => m.Text is "Digital Markets" or "Competition" or "Consumers Act" or "The Act");
    }

    [Fact]
    public void ANameWithItsVersionNumber_IsOneProduct_ButANumberedEverydayNounIsNoName()
    {
        var result = Extract("Five tools made the cut: Kestrel Coder 2 from Fernhill Labs and Pilotfish 4. "
            + "Fernhill replaced Kestrel Coder 1.5 in October. The regulator may open a Phase 2 investigation.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Kestrel Coder 2", Type: EntityType.Product }), Describe(result));
        Assert.True(result.Mentions.Any(m => m is { Text: "Kestrel Coder 1.5", Type: EntityType.Product }), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text.StartsWith("Phase", StringComparison.Ordinal));
    }

    [Fact]
    public void ABareProductName_IsTheProductTheTextNamesInFullWithIt()
    {
        var result = Extract("Five tools made the cut, GitHub Copilot among them. Copilot's agent mode was the fastest.");

        Assert.Equal(["Copilot", "GitHub Copilot"], Assert.Single(result.Entities, e => e.SurfaceForms.Contains("GitHub Copilot")).SurfaceForms.Order());
    }

    [Fact]
    public void APersonsSurnameTheTaggerTookForAFirm_IsThePerson_WhenWhatFollowsIsSaidOfAPerson()
    {
        var result = Extract("Cobaltine was founded last year by Lena Hartwig, a former Google engineer, and Sable shows promise. "
            + "Hartwig told Stackline a 2.0 release is due in the first quarter.");

        Assert.Contains("Hartwig", Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Lena Hartwig")).SurfaceForms);
    }

    [Fact]
    public void AFirmEndingInCloud_IsAFirm_AndAUnitNameStopsBeforeAnAnd()
    {
        var result = Extract("The CMA would refer Brevant Cloud's purchase of Sablewood AI. Brevant said no. "
            + "Mira Lund researches safety at the University of Edinburgh's School of Informatics and testified on Monday.");

        Assert.True(result.Mentions.Where(m => m.Text.StartsWith("Brevant", StringComparison.Ordinal)).All(m => m.Type == EntityType.Organization), Describe(result));
        Assert.True(result.Mentions.Any(m => m.Text == "School of Informatics"), Describe(result));
        Assert.DoesNotContain(result.Mentions, m => m.Text.EndsWith(" and", StringComparison.Ordinal));
    }

    [Fact]
    public void AMakersNameBeforeAnEverydayWord_IsPartOfItsProductsName()
    {
        var result = Extract("罗剑岚介绍了公司开源的数据集AgiBot World。");

        Assert.True(result.Mentions.Any(m => m is { Text: "AgiBot World", Type: EntityType.Product }), Describe(result));
    }

    [Fact]
    public void APersonJoinedByAndToAnother_IsAPersonWhateverTheShapeOfTheName()
    {
        var result = Extract("Rafe Oduya and Ji-ho Kwan co-founded Coldharbor AI in 2014. Kwan, now its chief technology officer, said so.");

        Assert.True(result.Mentions.Any(m => m is { Text: "Ji-ho Kwan", Type: EntityType.Person }), Describe(result));
        Assert.Contains(result.Relations, r => r.SubjectId == "ent:ji-ho-kwan" && r.Predicate == "cofounder_of");
    }

    [Fact]
    public void AUnitNamedForItsFields_HoldsTheLastAfterAnd_AndIsTheNameItIsKnownBy()
    {
        var result = Extract("In 1988 she founded the Laboratory for Statistical Learning and Inference at UW, known to generations of students simply as the SLI Lab. The SLI Lab grew.");

        var lab = Assert.Single(result.Mentions, m => m.Text == "Laboratory for Statistical Learning and Inference");
        Assert.All(result.Mentions.Where(m => m.Text == "SLI Lab"), m => Assert.Equal(lab.EntityId, m.EntityId));
        Assert.DoesNotContain(result.Mentions, m => m.Text == "Inference");
    }

    [Fact]
    public void ABlogsByline_NamesItsWritersFirm_NotThePostsFunction_AndTheFirmsShortNameIsTheFirm()
    {
        var result = Extract("Posted by Elif Sarraf, VP of Partnerships, Marlowe Data | December 5, 2026 | 6 min read\n\n"
            + "Together we're launching Marlowe Guardrails, a joint product that checks every prompt. Our customers already trust Marlowe with their tables.\n\n"
            + "Her co-founder Tomas Lindqvist, a Swedish software engineer, joined later.");
        var firm = Assert.Single(result.Entities, e => e.Name == "Marlowe Data");

        Assert.DoesNotContain(result.Mentions, m => m.Text == "Partnerships");
        Assert.Contains(result.Relations, r => r.SubjectId == "ent:elif-sarraf" && r.Predicate == "works_at" && r.ObjectId == firm.Id);
        Assert.True(result.Mentions.Any(m => m is { Text: "Marlowe Guardrails", Type: EntityType.Product }), Describe(result));
        Assert.All(result.Mentions.Where(m => m.Text == "Marlowe"), m => Assert.Equal(firm.Id, m.EntityId));
        Assert.True(result.Mentions.Any(m => m is { Text: "Tomas Lindqvist", Type: EntityType.Person }), Describe(result));
    }

    [Fact]
    public void APostalCodeAfterATown_IsNoFirmsLegalForm_AndNoListRunsAcrossALine()
    {
        var result = Extract("Awardee: Larkspur Civic AI, Inc., Denver, CO\nAmount: $26,500,000 (48 months)\n\nEvaluation: chaired by Renée Kowalik, OIT Chief Data Officer, with members from CDHS.");

        Assert.DoesNotContain(result.Mentions, m => m.Type == EntityType.Organization && (m.Text.EndsWith("CO", StringComparison.Ordinal) || m.Text.Contains('\n')));
        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("Data Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void AProductNamedAfterItsKindAndItsBareName_AreOneProduct_ThatItsMakerIsBehind()
    {
        var result = Extract("Today we're announcing a partnership with Penstock AI, the Toronto-based start-up behind the Penstock Sentinel policy engine. "
            + "Together we're launching Marlowe Guardrails, a joint product that checks every prompt. \"Before Guardrails, we had a person reviewing it,\" said Ann Drake. "
            + "It is available on AWS Marketplace.");
        var guardrails = result.Mentions.First(m => m.Text == "Marlowe Guardrails").EntityId;

        Assert.True(result.Mentions.Any(m => m is { Text: "Penstock Sentinel", Type: EntityType.Product }), Describe(result));
        Assert.Contains(result.Relations, r => r.Predicate == "product_of" && r.SubjectId == result.Mentions.First(m => m.Text == "Penstock Sentinel").EntityId);
        Assert.All(result.Mentions.Where(m => m.Text == "Guardrails"), m => Assert.Equal(guardrails, m.EntityId));
        Assert.Contains(result.Entities, e => e.Id == "aws-marketplace");
    }

    [Fact]
    public void ANoticesLotTitlesAndReferenceNumbers_AreNoNames()
    {
        var result = Extract("NOTICE OF CONTRACT AWARD\n\nLot 1 — Conversational Contact Center\nAwardee: Larkspur Civic AI, Inc.\n\n"
            + "Lot 2 — Payment Integrity Analytics\nAwardee: Ostrander Analytics, Inc.\n\nSuperseded agreement: Lot 1 replaces Contract No. 2019-HS-0882 with Quintrell Services Group.\n");

        Assert.DoesNotContain(result.Mentions, m => m.Text is "Conversational Contact Center" or "Payment Integrity Analytics" or "2019-HS-0882");
        Assert.Contains(result.Mentions, m => m.Text == "Quintrell Services Group");
    }

    [Fact]
    public void ALettersSalutation_IsNoName() =>
        Assert.DoesNotContain(Extract("Calder Row Ventures, December 2026\n\nDear Limited Partners,\n\nEvery December we write to tell you what worked.").Mentions,
            m => m.Text.Contains("Limited Partners", StringComparison.Ordinal));

    [Fact]
    public void ABylinesTitle_IsNoName() =>
        Assert.DoesNotContain(Extract("# Panelists say the token bill is the product\n\nBy Adaora Nwachukwu, Senior Editor, Rack & Silicon\n\nSAN JOSE, Calif. — The panel was crowded.").Mentions,
            m => m.Text.Contains("Senior Editor", StringComparison.Ordinal));

    [Theory]
    // A city's press release: titles before a name are no part of it; a body's "Office of …", "Department of …" and
    // "… Subcommittee" are organisations, though a curated product goes by Office; a policy the council adopts is a work.
    [InlineData("\"Every model will be on the record,\" said Chief Information Officer Theo Brandvale, who chairs the review committee.", "Theo Brandvale", EntityType.Person)]
    [InlineData("Councilmember Lucía Verdín, who chairs the subcommittee, called the contract practical.", "Lucía Verdín", EntityType.Person)]
    [InlineData("Microsoft will host the platform on its cloud. The city's Office of Innovation will maintain a public dashboard.", "Office of Innovation", EntityType.Organization)]
    [InlineData("The Arizona Department of Environmental Quality (ADEQ) retains regulatory authority over water quality.", "Arizona Department of Environmental Quality", EntityType.Organization)]
    [InlineData("Councilmember Lucia Verdan chairs the council's Transportation, Infrastructure and Planning Subcommittee.", "Transportation, Infrastructure and Planning Subcommittee", EntityType.Organization)]
    [InlineData("Because the system informs decisions, it falls under the city's Responsible AI Use Policy, adopted by the Council in 2025.", "Responsible AI Use Policy", EntityType.Work)]
    public void Extract_ACityPressReleasesNames_AreReadWholeAndTyped(string text, string name, EntityType type) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == type);

    [Theory]
    // A city's department goes by its own name; a body's one-word short name in parentheses after its full name is it.
    [InlineData("The City of Tucson Water Services Department today announced a contract. \"Every gallon counts,\" said Water Services Director Marisa Quintero.", "City of Tucson Water Services Department", "Water Services")]
    [InlineData("Britain's media regulator Ofcom opened a hearing. It is the first public hearing the Office of Communications (Ofcom) has staged over an AI product.", "Office of Communications", "Ofcom")]
    public void Extract_ABodysShortName_IsTheBody(string text, string fullName, string shortName)
    {
        var result = Extract(text);
        var full = result.Mentions.First(m => m.Text == fullName).EntityId;

        Assert.Contains(result.Mentions, m => m.Text == shortName);
        Assert.All(result.Mentions.Where(m => m.Text == shortName), m => Assert.Equal(full, m.EntityId));
    }

    [Fact]
    public void Extract_APressReleasesContactLabel_IsNoName() =>
        Assert.DoesNotContain(Extract("Media Contact:\nJolene Acker, Office of Communications, City of Tempe").Mentions, m => m.Text == "Media Contact");

    [Theory]
    // A paper quoted after "she wrote", a unit named for two fields.
    [InlineData("It was there, with her collaborator, that she wrote \"Belief Propagation over Scene Grammars\" (1998), a paper on vision.", "Belief Propagation over Scene Grammars", EntityType.Work)]
    [InlineData("For more than twenty years she led the Perception and Uncertainty Group at MIT's Computer Science and Artificial Intelligence Laboratory.", "Perception and Uncertainty Group", EntityType.Organization)]
    public void Extract_AnObituarysNames_AreReadWholeAndTyped(string text, string name, EntityType type) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == type);

    [Fact]
    public void Extract_AModelAHeadlineIntroduces_IsNamedWithoutTheVerb()
    {
        var result = Extract("# Introducing Veldt-2: open-weight models from 8B to 120B\n\nToday we are releasing Veldt-2.");

        Assert.Contains(result.Mentions, m => m.Text == "Veldt-2" && m.Start == 14);
        Assert.DoesNotContain(result.Mentions, m => m.Text.StartsWith("Introducing", StringComparison.Ordinal));
    }

    [Theory]
    // A number's digits and unit, and a language named with others, are no names.
    [InlineData("Pretraining ran on a 4,096-GPU cluster provided by Grayhollow Compute.", "096-GPU")]
    [InlineData("The new models support a 256K-token context window and handle tool calls.", "256K-token")]
    [InlineData("Dr. Fenna Rijkaart, a linguist at the University of Helsinki, designed the Estonian and Finnish test sets. The largest gains came in Finnish, Estonian and Polish.", "Estonian")]
    public void Extract_AMeasureOrALanguage_IsNoName(string text, string phrase) =>
        Assert.DoesNotContain(Extract(text).Mentions, m => m.Text == phrase);

    [Fact]
    public void Extract_APapersAuthorLine_NamesTheAuthorsTheirEmployersAndThePaper()
    {
        var result = Extract("Three papers this week.\n\n**1. Sparse Lattice Decoding for Long Contexts**\n*Odile Varga, Tamsin Roe (Carnegie Mellon University's Language Technologies Institute); Brio Kestner (Hollowfen Labs, Lisbon)*\n\nThe authors replace attention with a lattice.");
        string Id(string name) => result.Mentions.First(m => m.Text == name).EntityId;

        Assert.Contains(result.Mentions, m => m is { Text: "Sparse Lattice Decoding for Long Contexts", Type: EntityType.Work });
        Assert.All(new[] { "Odile Varga", "Tamsin Roe", "Brio Kestner" }, name => Assert.Contains(result.Mentions, m => m.Text == name && m.Type == EntityType.Person));
        Assert.Contains(result.Relations, r => r.SubjectId == Id("Tamsin Roe") && r.Predicate == "author_of" && r.ObjectId == Id("Sparse Lattice Decoding for Long Contexts"));
        Assert.Contains(result.Relations, r => r.SubjectId == Id("Odile Varga") && r.Predicate == "works_at" && r.ObjectId == Id("Language Technologies Institute"));
        Assert.Contains(result.Relations, r => r.SubjectId == Id("Brio Kestner") && r.Predicate == "works_at" && r.ObjectId == Id("Hollowfen Labs"));
        Assert.Contains(result.Relations, r => r.SubjectId == Id("Hollowfen Labs") && r.Predicate == "located_in" && r.ObjectId == Id("Lisbon"));
    }

    [Theory]
    // A headline's verb between a firm and whom it names, and before whom it names.
    [InlineData("**Quarrystone Names Marisol Petrakis CEO; Appoints Devan Holloway CFO**\n\nThe board chose Petrakis in May.", "Marisol Petrakis", EntityType.Person)]
    [InlineData("**Quarrystone Names Marisol Petrakis CEO; Appoints Devan Holloway CFO**\n\nThe board chose Petrakis in May.", "Devan Holloway", EntityType.Person)]
    [InlineData("**Quarrystone Names Marisol Petrakis CEO; Appoints Devan Holloway CFO**\n\nThe board chose Petrakis in May.", "Quarrystone", EntityType.Organization)]
    // A founder listed after "Founded in 2022 by" stays a person, though the firm the sentence goes on about comes after the list.
    [InlineData("Founded in 2022 by Ifeyinwa Okoro, Teodor Valsecchi and Kenji Arakawa, it develops language models.", "Teodor Valsecchi", EntityType.Person)]
    // A verb of leading ends a name: "heads the Property Prediction Lab".
    [InlineData("Rask is a student at McGill; Verhaegen heads the Property Prediction Lab at Kelderholm.", "Property Prediction Lab", EntityType.Organization)]
    // A headline's capitalised verb between a firm and its product.
    [InlineData("# Quarrytide Unveils Flint-3 at Tidemark Summit\n\nQuarrytide today launched Flint-3.", "Quarrytide", EntityType.Organization)]
    [InlineData("# Lingsuan Technology Launches Plume-4 in Shenzhen\n\nThe model ships today.", "Plume-4", EntityType.Product)]
    public void Extract_ANameAroundAVerb_IsReadWithoutIt(string text, string name, EntityType type) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == type);

    [Theory]
    // A filing's numbered parts, its item headings and field labels, a ticker, a defined term, the board and a title.
    [InlineData("FORM 8-K — CURRENT REPORT\nDate of Report: March 3, 2026\n\nThe press release is furnished as Exhibit 99.1.", "Exhibit 99.1")]
    [InlineData("FORM 8-K — CURRENT REPORT\nDate of Report: March 3, 2026\n\nThe press release is furnished as Exhibit 99.1.", "Date of Report")]
    [InlineData("**Item 5.02 Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers.**\n\nOn March 2, Alder Quist resigned.", "Election of Directors")]
    [InlineData("Brightwater (Nasdaq: BRWT), maker of the Lode platform, announced results. Class A Common Stock | BRWT | Nasdaq", "BRWT")]
    [InlineData("Dana Whitcombe, co-founder of Brightwater Systems, Inc. (the \"Company\"), notified the Board of Directors. She will remain the Company's Executive Chairman.", "Company")]
    [InlineData("Dana Whitcombe, co-founder of Brightwater Systems, Inc., notified the Board of Directors of her decision.", "Board of Directors")]
    [InlineData("Brightwater Systems, Inc. Form 8-K: CEO Transition, CFO Appointment and Board Changes\n\nBrightwater named a new chief executive.", "Transition")]
    [InlineData("She spent eight years at Microsoft Corporation, most recently as Corporate Vice President, Azure AI Platform.", "Corporate Vice")]
    // An earnings call's periods, filings, times and its transcript's headings.
    [InlineData("Ardentis Semiconductor (ARDT) Q3 Fiscal 2026 Earnings Call Transcript\n\nThanks, operator.", "Q3 Fiscal")]
    [InlineData("Q3 was a record quarter for Ardentis. Please see our most recent 10-K.", "10-K")]
    [InlineData("Ardentis Semiconductor Q3 Fiscal 2026 Earnings Call\n\nNovember 19, 2025 · 5:00 PM ET", "PM ET")]
    [InlineData("Question-and-Answer Session\n\nOperator\n\nOur first question comes from Benedikt Ravnsborg with Goldman Sachs.", "Question-and-Answer Session")]
    public void Extract_AFilingsFormWords_AreNoNames(string text, string phrase) =>
        Assert.DoesNotContain(Extract(text).Mentions, m => m.Text == phrase);

    [Fact]
    public void Extract_ASignatureThenTheNameTypedAgain_IsOnePersonNotANameWrappedAcrossLines()
    {
        var result = Extract("SIGNATURE\nBy: /s/ Harlan Voss\nHarlan Voss, General Counsel and Corporate Secretary\n");

        Assert.Contains(result.Mentions, m => m is { Text: "Harlan Voss", Type: EntityType.Person });
        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("Voss Harlan", StringComparison.Ordinal) || m.Text == "General Counsel");
    }

    [Fact]
    public void Extract_ACallsParticipantsListedUnderAHeading_AreEachAPersonNotALineWrapped()
    {
        var result = Extract("Company Participants\nMeredith Sayle — Vice President, Investor Relations\nLorna Lorimer — Co-Founder and Chief Executive Officer\n\n"
            + "Conference Call Participants\nSunil Dharmadhikari — Pellingham Securities\n");

        Assert.Contains(result.Mentions, m => m is { Text: "Meredith Sayle", Type: EntityType.Person });
        Assert.Contains(result.Mentions, m => m is { Text: "Lorna Lorimer", Type: EntityType.Person });
        Assert.Contains(result.Mentions, m => m is { Text: "Pellingham Securities", Type: EntityType.Organization });
        Assert.DoesNotContain(result.Mentions, m => m.Text.Contains("Participants", StringComparison.Ordinal) || m.Text.Contains("Relations Lorna", StringComparison.Ordinal));
    }

    [Theory]
    // A Chinese name spelled in pinyin, either way round, after a title or alone.
    [InlineData("Chief Technology Officer Fei Nanchuan walked the audience through the details.", "Fei Nanchuan")]
    [InlineData("Thanks to Nanchuan Fei and Qiubai Lin, who joined the company in 2021.", "Nanchuan Fei")]
    public void Extract_AChineseNameInPinyin_IsAPerson(string text, string name) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == name && m.Type == EntityType.Person);

    [Theory]
    // A numbered version of a curated product, after the line's tier too, is a product of its own; a figure after it is not.
    [InlineData("The provider adds Anthropic's Claude Sonnet 4.5 and Claude Haiku 4.5 this week.", "Claude Haiku 4.5")]
    [InlineData("GPT-5 refuses 4.1% of them, Claude Opus 4.1 6.8%, and the rest less.", "Claude Opus 4.1")]
    public void Extract_AVersionOfACuratedProduct_IsAProductOfItsOwn(string text, string version) =>
        Assert.Contains(Extract(text).Mentions, m => m.Text == version && m.Type == EntityType.Product);

    [Fact]
    public void Extract_TwoDegreesFromTwoSchools_AffiliateTheHolderWithBoth()
    {
        var result = Extract("Mara Quist joined Brightwater in May. She holds a B.Sc. from the Stockholm School of Economics and an M.B.A. from the Wharton School of the University of Pennsylvania.");
        var quist = result.Mentions.First(m => m.Text == "Mara Quist").EntityId;

        Assert.Contains(result.Mentions, m => m is { Text: "Wharton School of the University of Pennsylvania", Type: EntityType.Organization });
        Assert.Equal(2, result.Relations.Count(r => r.SubjectId == quist && r.Predicate == "affiliated_with"));
    }

    [Fact]
    public void Extract_ASurnameTheTaggerTookForAFirm_IsThePersonTheTextNamesInFull()
    {
        var result = Extract("Three papers this week.\n\n**1. Small Chemistry Models**\n*Margaux Lefevre (Mila); Thibault Verhaegen (Kelderholm Institute, Montreal)*\n\nLefevre is a student at McGill; Verhaegen heads the Property Prediction Lab at Kelderholm.");

        Assert.All(result.Mentions.Where(m => m.Text == "Verhaegen"), m => Assert.Equal(EntityType.Person, m.Type));
        Assert.Single(result.Entities, e => e.SurfaceForms.Contains("Verhaegen") && e.SurfaceForms.Contains("Thibault Verhaegen"));
    }

    [Fact]
    public void Extract_AFirmsFirstWord_IsTheFirmNotItsSubsidiaryNamedAfterIt()
    {
        var result = Extract("Tarrow Compute, Inc. (TRRW) Q2 Earnings Call\n\nWelcome to the Tarrow Compute second quarter call. It was a record quarter for Tarrow. We have established Tarrow Sovereign Cloud GmbH, a wholly owned subsidiary in Frankfurt.");

        Assert.True(result.Entities.Any(e => e.SurfaceForms.Contains("Tarrow Compute") && e.SurfaceForms.Contains("Tarrow")), Describe(result));
    }

    [Fact]
    public void Extract_AFirmNamedWithAndWithoutItsLegalForm_IsOneFirmBesideItsNamesakes()
    {
        var result = Extract("In 2006 Ilse Moor persuaded the industrial group Halvek AG to fund a lab.\n\n*The first office, 2007. Courtesy of Halvek AG.*\n\n"
            + "The Halvek Laboratory for Industrial Intelligence, known today as Halvek AI Lab, sits in Pittsburgh. Halvek still pays for it, and Halvek engineers use its models. "
            + "Halvek Robotics, a sister unit, sells them. Each year Halvek renews the budget.");

        Assert.True(result.Entities.Any(e => e.SurfaceForms.Contains("Halvek AG") && e.SurfaceForms.Contains("Halvek")), Describe(result));
        Assert.DoesNotContain(result.Entities, e => e.SurfaceForms.Any(f => f.StartsWith("Courtesy", StringComparison.Ordinal)));
    }
}
