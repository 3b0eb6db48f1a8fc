using System.CommandLine;
using Platform.Cli.Infrastructure;

namespace Platform.Cli.Tests;

public sealed class CommandLineParsingTests
{
    private static readonly RootCommand Root =
        PlatformCli.BuildRootCommand(CliConsole.ForWriters(TextWriter.Null, TextWriter.Null), _ => null);

    [Fact]
    public void Root_RegistersEveryDocumentedCommand()
    {
        var names = Root.Subcommands.Select(c => c.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "ingest", "entity", "search", "mentions", "related", "docs", "doc", "delete" }, names);
    }

    [Fact]
    public void Search_TypeAndLimit_AreParsed()
    {
        var result = Root.Parse("search micro --type person --limit 5");

        Assert.Empty(result.Errors);
        Assert.Equal("micro", result.GetValue<string>("query"));
        Assert.Equal("person", result.GetValue<string?>("--type"));
        Assert.Equal(5, result.GetValue<int>("--limit"));
    }

    [Fact]
    public void TrainTagger_LanguageZh_IsParsed()
    {
        var result = Root.Parse("train-tagger --language zh --data ../shared/data/ner");

        Assert.Empty(result.Errors);
        Assert.Equal("zh", result.GetValue<string>("--language"));
    }

    [Fact]
    public void TrainTagger_UnknownLanguage_IsRejected()
    {
        var result = Root.Parse("train-tagger --language fr --data ../shared/data/ner");

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void Search_UnknownType_IsRejected()
    {
        var result = Root.Parse("search micro --type planet");

        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("search micro --limit 0")]
    [InlineData("mentions 微软 --limit -3")]
    public void Limit_BelowOne_IsRejected(string commandLine)
    {
        var result = Root.Parse(commandLine);

        Assert.Contains(result.Errors, e => e.Message.Contains("--limit must be at least 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Ingest_WithoutPaths_IsRejected()
    {
        Assert.NotEmpty(Root.Parse("ingest").Errors);
    }

    [Fact]
    public void Ingest_SeveralPathsAndWait_AreParsed()
    {
        var result = Root.Parse(["ingest", "a.txt", "notes", "--wait"]);

        Assert.Empty(result.Errors);
        Assert.Equal(["a.txt", "notes"], result.GetValue<string[]>("paths")!);
        Assert.True(result.GetValue<bool>("--wait"));
    }

    [Fact]
    public void GlobalOptions_AfterTheSubcommand_AreAccepted()
    {
        var result = Root.Parse(["entity", "微软", "--json", "--query-address", "http://127.0.0.1:9999"]);

        Assert.Empty(result.Errors);
        Assert.True(result.GetValue<bool>("--json"));
        Assert.Equal("http://127.0.0.1:9999", result.GetValue<string?>("--query-address"));
    }

    [Fact]
    public void Mentions_DocumentFilter_IsParsed()
    {
        var result = Root.Parse("mentions Microsoft --document 3f2b8c1e-0000-0000-0000-000000000001 -n 7");

        Assert.Empty(result.Errors);
        Assert.Equal("3f2b8c1e-0000-0000-0000-000000000001", result.GetValue<string?>("--document"));
        Assert.Equal(7, result.GetValue<int>("--limit"));
    }
}
