namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// Relations whose ends a sentence names only by reference: "公司" or "the company" for the firm the text is about, a
/// title with no organisation after it, a transcript turn's "we", a short name the text declares.
/// </summary>
public class DiscourseRelationTests
{
    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    private static bool Has(ExtractionResult result, string subject, string predicate, string @object) =>
        result.Relations.Any(r => r.Predicate == predicate
            && result.Entities.Any(e => e.Id == r.SubjectId && e.SurfaceForms.Contains(subject))
            && result.Entities.Any(e => e.Id == r.ObjectId && e.SurfaceForms.Contains(@object)));

    private static string Describe(ExtractionResult result) =>
        string.Join("; ", result.Relations.Where(r => r.Predicate != "co_occurrence").Select(r => $"{r.SubjectId} {r.Predicate} {r.ObjectId}"));

    [Fact]
    public void CompanyOpeningAClause_IsTheFirmTheSentenceBeforeOpenedWith()
    {
        var result = Extract("澄岚智能成立于2021年，总部位于苏州。今年4月，公司完成了由远帆资本领投的A轮融资。");

        Assert.True(Has(result, "远帆资本", "invests_in", "澄岚智能"), Describe(result));
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
        var result = Extract("嘉宾包括：青禾智能副总裁方立衡、远航资本合伙人白思远。\n\n白思远：我们主要投早期项目。\n\n方立衡：我们的澈星300已经量产。");

        Assert.True(Has(result, "澈星300", "product_of", "青禾智能"), Describe(result));
        Assert.False(Has(result, "澈星300", "product_of", "远航资本"), Describe(result));
    }

    [Fact]
    public void DeclaredShortName_IsTheSameOrganisation()
    {
        var result = Extract("杭州澄岚智能科技有限公司（以下简称“澄岚智能”）今天发布了新模型。澄岚智能表示将继续投入研发。");

        var organisation = Assert.Single(result.Entities, e => e.SurfaceForms.Contains("澄岚智能"));
        Assert.Contains("杭州澄岚智能科技有限公司", organisation.SurfaceForms);
    }
}
