using Platform.Extraction.Engine.Latin;

namespace Platform.Extraction.Engine.Tests.Latin;

public class LatinEntityRecognizerTests
{
    private static readonly LatinEntityRecognizer s_recognizer = LatinEntityRecognizer.Default;
    private static readonly LatinEntityRecognizer s_rulesOnly = new(LatinLexicon.Default, tagger: null);

    private static List<(string Text, EntityType? Type)> Recognize(string text, LatinEntityRecognizer? recognizer = null) =>
        (recognizer ?? s_recognizer).Recognize(text).Select(s => (text[s.Start..s.End], s.Type)).ToList();

    [Fact]
    public void Recognize_NameInsideChineseText_FindsThePerson()
    {
        var found = Recognize("微软AI CEO Mustafa Suleyman说，这是第一步。");

        Assert.Contains(("Mustafa Suleyman", EntityType.Person), found);
        Assert.DoesNotContain(found, f => f.Text.Contains("CEO", StringComparison.Ordinal));
    }

    [Theory]
    // An office before a name is an honorific, not part of an organisation with the state's name.
    [InlineData("Texas Governor Greg Abbott spoke at the opening.", "Greg Abbott")]
    [InlineData("Mayor Lina Ortiz cut the ribbon.", "Lina Ortiz")]
    public void Recognize_OfficeBeforeAName_IsNoOrganisation(string text, string person)
    {
        var found = Recognize(text);

        Assert.Contains((person, EntityType.Person), found);
        Assert.DoesNotContain(found, f => f.Text.Contains("Governor", StringComparison.Ordinal) || f.Text.Contains("Mayor", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognize_Possessive_ReturnsNameWithoutApostropheS()
    {
        const string text = "Microsoft's chief executive spoke first.";

        var span = Assert.Single(s_recognizer.Recognize(text));

        Assert.Equal("Microsoft", text[span.Start..span.End]);
        Assert.Equal(EntityType.Organization, span.Type);
        Assert.Equal(LatinSources.Cue, span.Source);
    }

    [Theory]
    [InlineData("Shares of Northwind Traders Inc. rose.", "Northwind Traders Inc.")]
    [InlineData("Revenue at Contoso GmbH fell.", "Contoso GmbH")]
    [InlineData("Analysts praised Fabrikam Holdings Ltd for it.", "Fabrikam Holdings Ltd")]
    public void Recognize_LegalSuffix_TypesOrganisation(string text, string expected)
    {
        Assert.Contains((expected, EntityType.Organization), Recognize(text, s_rulesOnly));
    }

    [Theory]
    [InlineData("She is a professor at the University of Oxford today.", "University of Oxford")]
    [InlineData("Funding came from the Center for Quantum Safety last year.", "Center for Quantum Safety")]
    public void Recognize_OfConnectorAfterOrgHead_KeepsWholeName(string text, string expected)
    {
        Assert.Contains((expected, EntityType.Organization), Recognize(text, s_rulesOnly));
    }

    [Fact]
    public void Recognize_ContextCues_TypeTheName()
    {
        var found = Recognize("Later she co-founded Zorblat and hired Dr. Quentin Varga as CEO of Trellisoft. He works at Mivora and lives in Pemberton.", s_rulesOnly);

        Assert.Contains(("Zorblat", EntityType.Organization), found);
        Assert.Contains(("Quentin Varga", EntityType.Person), found);
        Assert.Contains(("Trellisoft", EntityType.Organization), found);
        Assert.Contains(("Mivora", EntityType.Organization), found);
        Assert.Contains(("Pemberton", EntityType.Location), found);
    }

    [Fact]
    public void Recognize_RoleBeforeName_TypesPersonAndSplitsOrganisation()
    {
        var found = Recognize("Yesterday Vandelay CEO Elaine Benes announced it.", s_rulesOnly);

        Assert.Contains(("Vandelay", EntityType.Organization), found);
        Assert.Contains(("Elaine Benes", EntityType.Person), found);
    }

    [Fact]
    public void Recognize_AcronymWithDigits_IsProduct()
    {
        var found = Recognize("The team compared GPT-4 with H100 clusters.", s_rulesOnly);

        Assert.Contains(("GPT-4", EntityType.Product), found);
        Assert.Contains(("H100", EntityType.Product), found);
    }

    [Fact]
    public void Recognize_SentenceInitialFunctionWords_AreNotEntities()
    {
        var found = Recognize("The results were clear. But nobody cared. This is what I said on Monday.");

        Assert.Empty(found);
    }

    [Fact]
    public void Recognize_NamesAcrossBlankLineOrSentenceEnd_AreNotMerged()
    {
        var acrossLines = Recognize("We met Stuart\n\nRussell Group was next.");
        var acrossSentence = Recognize("The award went to Stuart. Russell came later.");

        Assert.DoesNotContain(acrossLines, f => f.Text.Contains('\n'));
        Assert.DoesNotContain(acrossSentence, f => f.Text.Contains('.'));
        Assert.Contains(acrossLines, f => f.Text == "Stuart");
    }

    [Fact]
    public void Recognize_JoinedLineBrokenName_IsOnePerson()
    {
        Assert.Contains(("Stuart Russell", EntityType.Person), Recognize("A talk by Stuart Russell on safety."));
    }

    [Fact]
    public void Recognize_SurnameAfterFullName_TakesPersonType()
    {
        var found = Recognize("Dr. Orlaith Quenby spoke first. Later, Quenby answered questions.");

        Assert.Equal(2, found.Count(f => f.Type == EntityType.Person));
        Assert.Contains(("Quenby", EntityType.Person), found);
    }

    [Fact]
    public void Recognize_LowerCaseText_EmitsNothing()
    {
        Assert.Empty(Recognize("the company and the bank met in the city to talk about apple and amazon."));
    }

    [Fact]
    public void Recognize_EmojiAndSymbols_DoNotCrashAndKeepOffsetsValid()
    {
        const string text = "🚀 OpenAI 🤖 launched Sora ⭐⭐ in Paris 🇫🇷!";

        var spans = s_recognizer.Recognize(text);

        Assert.NotEmpty(spans);
        Assert.All(spans, s =>
        {
            Assert.InRange(s.Start, 0, s.End - 1);
            Assert.InRange(s.End, s.Start + 1, text.Length);
            Assert.False(char.IsLowSurrogate(text[s.Start]));
        });
        Assert.Contains(spans, s => text[s.Start..s.End] == "OpenAI");
    }

    [Fact]
    public void Recognize_VeryLongLine_FinishesWithOrderedSpans()
    {
        var text = string.Concat(Enumerable.Repeat("Alice Walker met Contoso Ltd in Lisbon and said nothing at all, ", 4000)) + new string('x', 100_000);

        var spans = s_recognizer.Recognize(text);

        Assert.True(spans.Count >= 8000);
        Assert.True(spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start));
    }

    [Fact]
    public void Recognize_EmptyOrWhitespace_ReturnsNothing()
    {
        Assert.Empty(s_recognizer.Recognize(""));
        Assert.Empty(s_recognizer.Recognize(" \n\t 。"));
    }

    [Fact]
    public void Recognize_FullWidthLatin_DoesNotCrash()
    {
        const string text = "ＯｐｅｎＡＩ的ＣＥＯ是Ｓａｍ Ａｌｔｍａｎ。";

        var spans = s_recognizer.Recognize(text);

        Assert.All(spans, s => Assert.InRange(s.End, s.Start + 1, text.Length));
    }
}
