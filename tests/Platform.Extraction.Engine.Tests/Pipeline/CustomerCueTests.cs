using static Platform.Extraction.Engine.Tests.Pipeline.StatedRelations;

namespace Platform.Extraction.Engine.Tests.Pipeline;

/// <summary>
/// Customers and partners a sentence names for the firm the text is about without naming that firm again: "Early
/// customers included …", "公司客户覆盖…", "公司是…生态合作伙伴".
/// </summary>
public class CustomerCueTests
{
    private static ExtractionResult Extract(string text) => ExtractionEngine.CreateDefault().Extract(text);

    [Theory]
    [InlineData("Quorlis AI is a software company based in Ottawa. Quorlis AI sells agent software. Early customers included Unilever and the Bank of Montreal.", "Unilever")]
    [InlineData("Quorlis AI is a software company based in Ottawa. Quorlis AI sells agent software. Customers include Unilever and Siemens.", "Siemens")]
    [InlineData("Quorlis AI opened an office in Singapore last year. Quorlis AI hired forty people there. The first big local customer is OCBC Bank, which runs a pilot.", "OCBC Bank")]
    [InlineData("Quorlis AI sells agent software to banks. Its hosted API launched with Deloitte as the first enterprise customer.", "Deloitte")]
    public void English_CustomersOfTheFirmTheTextIsAbout(string text, string customer)
    {
        var result = Extract(text);

        Assert.True(Has(result, "Quorlis AI", "partner_of", customer) || Has(result, customer, "partner_of", "Quorlis AI"), Describe(result));
    }

    [Theory]
    [InlineData("苏州砾衡智能科技有限公司成立于2020年。公司是华为昇腾生态合作伙伴，客户覆盖宁德时代、比亚迪等制造企业。", "华为")]
    [InlineData("苏州砾衡智能科技有限公司成立于2020年。公司是华为昇腾生态合作伙伴，客户覆盖宁德时代、比亚迪等制造企业。", "比亚迪")]
    [InlineData("苏州砾衡智能科技有限公司成立于2020年，并与阿里云在模型训练算力方面开展合作。", "阿里云")]
    public void Chinese_PartnersAndCustomersOfTheFirmTheTextIsAbout(string text, string partner)
    {
        var result = Extract(text);

        Assert.True(Has(result, "苏州砾衡智能科技有限公司", "partner_of", partner) || Has(result, partner, "partner_of", "苏州砾衡智能科技有限公司"), Describe(result));
    }
}
