using System.Text.RegularExpressions;
using Platform.Extraction.Engine.KnowledgeBase;

namespace Platform.Extraction.Engine.Tests.KnowledgeBase;

public class KnowledgeBaseTests
{
    private static IReadOnlyList<KnowledgeBaseEntry> EmbeddedEntries() => EntityKnowledgeBase.Default.Entries;

    [Fact]
    public void Default_LoadsEmbeddedEntriesWithoutValidationProblems()
    {
        Assert.Empty(KnowledgeBaseValidator.Validate(EmbeddedEntries()));
        Assert.True(EmbeddedEntries().Count >= 200, $"only {EmbeddedEntries().Count} entries");
    }

    [Fact]
    public void Default_IdsAreUniqueSlugs()
    {
        var ids = EmbeddedEntries().Select(entry => entry.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void Default_EveryEntryIsTypedNamedAndDescribed()
    {
        Assert.All(EmbeddedEntries(), entry =>
        {
            Assert.True(Enum.IsDefined(entry.Type), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Name), entry.Id);
            Assert.False(string.IsNullOrWhiteSpace(entry.Description), entry.Id);
        });
    }

    [Fact]
    public void Default_WikidataIdsLookLikeQidsAndAreUnique()
    {
        var qids = EmbeddedEntries().Where(entry => entry.WikidataId is not null).Select(entry => entry.WikidataId!).ToList();
        Assert.All(qids, qid => Assert.Matches(new Regex("^Q[1-9][0-9]*$"), qid));
        Assert.Equal(qids.Count, qids.Distinct().Count());
    }

    [Fact]
    public void Default_NoCaseInsensitiveAliasMapsToTwoEntitiesUnlessMarkedAmbiguous()
    {
        foreach (var entry in EmbeddedEntries())
        {
            foreach (var alias in entry.Aliases.Where(alias => !alias.Ambiguous && alias.Policy == AliasPolicy.Always))
            {
                var owners = EntityKnowledgeBase.Default.FindByName(alias.Text);
                Assert.True(owners.Count == 1, $"'{alias.Text}' names {string.Join(", ", owners.Select(owner => owner.Id))}");
            }
        }
    }

    [Fact]
    public void FindByName_IgnoresCaseWidthAndScript()
    {
        Assert.Equal("microsoft", Assert.Single(EntityKnowledgeBase.Default.FindByName("微軟")).Id);
        Assert.Equal("nvidia", Assert.Single(EntityKnowledgeBase.Default.FindByName("ｎｖｉｄｉａ")).Id);
        Assert.Equal("mustafa-suleyman", Assert.Single(EntityKnowledgeBase.Default.FindByName("穆斯塔法•苏莱曼")).Id);
    }

    [Fact]
    public void Validate_DuplicateIdAndAliasClash_AreReported()
    {
        var entries = KnowledgeBaseJsonLines.Parse(
        [
            """{"id":"acme","type":"ORGANIZATION","name":"Acme","description":"x"}""",
            """{"id":"acme","type":"PRODUCT","name":"Acme Widget","description":"x"}""",
            """{"id":"acme-labs","type":"ORGANIZATION","name":"Acme Labs","aliases":["ACME"],"qid":"42","description":"x"}""",
        ], "test").ToList();
        var problems = KnowledgeBaseValidator.Validate(entries);
        Assert.Contains(problems, problem => problem.Contains("duplicate id", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("'ACME' maps to both", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.Contains("does not look like Q", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CaseSensitiveAliasesDifferingInCase_DoNotClash()
    {
        var entries = KnowledgeBaseJsonLines.Parse(
        [
            """{"id":"xai","type":"ORGANIZATION","name":"xAI","case_sensitive":["xAI"],"description":"x"}""",
            """{"id":"explainable-ai","type":"CONCEPT","name":"explainable AI","case_sensitive":["XAI"],"description":"x"}""",
        ], "test").ToList();
        Assert.Empty(KnowledgeBaseValidator.Validate(entries));
    }

    [Fact]
    public void Validate_AliasSharedAndMarkedAmbiguousInBoth_IsAccepted()
    {
        var entries = KnowledgeBaseJsonLines.Parse(
        [
            """{"id":"mercury-planet","type":"LOCATION","name":"Mercury (planet)","aliases":["Mercury"],"ambiguous":["Mercury"],"description":"x"}""",
            """{"id":"mercury-element","type":"CONCEPT","name":"Mercury (element)","aliases":["Mercury"],"ambiguous":["Mercury"],"description":"x"}""",
        ], "test").ToList();
        Assert.Empty(KnowledgeBaseValidator.Validate(entries));
    }

    [Fact]
    public void Parse_UnknownType_FailsWithLocation()
    {
        var error = Assert.Throws<InvalidDataException>(() => KnowledgeBaseJsonLines.Parse(["""{"id":"x","type":"THING","name":"X"}"""], "file.jsonl").ToList());
        Assert.Contains("file.jsonl:1", error.Message);
    }

    [Fact]
    public void Parse_ShortUpperCaseAcronym_BecomesCaseSensitive()
    {
        var entry = KnowledgeBaseJsonLines.Parse(["""{"id":"un","type":"ORGANIZATION","name":"United Nations","aliases":["UN"]}"""], "t").Single();
        Assert.Equal(AliasPolicy.CaseSensitive, entry.Aliases.Single(alias => alias.Text == "UN").Policy);
        Assert.Equal(AliasPolicy.Always, entry.Aliases.Single(alias => alias.Text == "United Nations").Policy);
    }
}
