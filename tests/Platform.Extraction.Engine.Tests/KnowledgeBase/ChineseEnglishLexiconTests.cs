using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Tests.KnowledgeBase;

public class ChineseEnglishLexiconTests
{
    private static readonly ChineseEnglishLexicon Lexicon = ChineseEnglishLexicon.Default;

    [Theory]
    [InlineData("谷歌", "Google")]
    [InlineData("英伟达", "NVIDIA")]
    [InlineData("微软", "Microsoft Corporation")]
    [InlineData("微軟", "Microsoft Corporation")]
    [InlineData("北京", "Beijing")]
    public void EnglishName_KnownChineseProperNoun_ReturnsItsEnglishName(string chinese, string expected)
    {
        Assert.Equal(expected, Lexicon.EnglishName(chinese));
    }

    [Fact]
    public void ChineseNames_EnglishNameWithOrWithoutCompanySuffix_FindsTheChineseName()
    {
        Assert.Contains("微软", Lexicon.ChineseNames("Microsoft"));
        Assert.Contains("谷歌", Lexicon.ChineseNames("google"));
    }

    [Fact]
    public void Lookup_GlossSaysWhatTheNameIs_GivesATypeHint()
    {
        Assert.Contains(Lexicon.Lookup("李"), entry => entry.TypeHint == EntityType.Person);
        Assert.Contains(Lexicon.Lookup("清华大学"), entry => entry.TypeHint == EntityType.Organization);
        Assert.Contains(Lexicon.Lookup("北京"), entry => entry.TypeHint == EntityType.Location);
    }

    [Fact]
    public void Lookup_CommonNounOrUnknownWord_ReturnsNothing()
    {
        Assert.Empty(Lexicon.Lookup("人工智能"));
        Assert.Null(Lexicon.EnglishName("不存在的词语"));
    }

    [Fact]
    public void Default_LoadsTheProperNounsOnly()
    {
        Assert.InRange(Lexicon.Count, 15_000, 25_000);
    }
}
