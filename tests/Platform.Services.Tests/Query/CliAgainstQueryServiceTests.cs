using System.Text.Json.Nodes;
using Platform.Cli;
using Platform.Cli.Infrastructure;

namespace Platform.Services.Tests.Query;

/// <summary>The <c>platform</c> CLI's query commands against the real query service.</summary>
[Collection(QueryServiceCollection.Name)]
public sealed class CliAgainstQueryServiceTests(QueryServiceHost host)
{
    [Fact]
    public async Task EntityCommand_ChineseName_PrintsTheEntityAsJson()
    {
        var (exitCode, output, _) = await RunAsync("entity", "微软", "--json");

        Assert.Equal(0, exitCode);
        var entity = JsonNode.Parse(output)!;
        Assert.Equal("Microsoft", (string)entity["name"]!);
        Assert.Equal(4, (int)entity["mentionCount"]!);
    }

    [Fact]
    public async Task EntityCommand_UnknownName_PrintsNotFoundWithSuggestionsAndFails()
    {
        var (exitCode, output, error) = await RunAsync("entity", "Microsft");

        Assert.Equal(3, exitCode);
        Assert.Equal("", output);
        Assert.Contains("NOT_FOUND: No entity named \"Microsft\". Did you mean: Microsoft, Microsoft AI", error);
    }

    [Fact]
    public async Task SearchCommand_PrintsATableInRankOrder()
    {
        var (exitCode, output, _) = await RunAsync("search", "soft", "--limit", "3");

        Assert.Equal(0, exitCode);
        var soft = output.IndexOf("│ Soft ", StringComparison.Ordinal);
        var softBank = output.IndexOf("SoftBank (软银)", StringComparison.Ordinal);
        Assert.True(soft >= 0 && softBank > soft, output);
        Assert.DoesNotContain("Sofa", output);
    }

    [Fact]
    public async Task MentionsCommand_DocumentFilter_ListsOnlyThatDocument()
    {
        var (exitCode, output, _) = await RunAsync("mentions", "microsoft", "--document", QuerySeedData.NewsId.ToString(), "--json");

        Assert.Equal(0, exitCode);
        var mentions = JsonNode.Parse(output)!["mentions"]!.AsArray();
        Assert.Equal(2, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(QuerySeedData.NewsId.ToString(), (string)m!["documentId"]!));
    }

    [Fact]
    public async Task RelatedCommand_ShowsStatedRelationsWithDirection()
    {
        var (exitCode, output, _) = await RunAsync("related", "Satya Nadella");

        Assert.Equal(0, exitCode);
        Assert.Contains("ceo_of →", output);
        Assert.Contains("Microsoft (微软)", output);
    }

    [Fact]
    public async Task NeighboursCommand_PrintsATreeDownToTheNeighboursOfNeighbours()
    {
        var (exitCode, output, _) = await RunAsync("neighbours", "萨提亚·纳德拉");

        Assert.Equal(0, exitCode);
        var microsoft = output.IndexOf("ceo_of → Microsoft (微软) (2)", StringComparison.Ordinal);
        var openAi = output.IndexOf("invested_in → OpenAI (1)", StringComparison.Ordinal);
        Assert.True(microsoft >= 0 && openAi > microsoft, output);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlatformCli.RunAsync([.. args, "--query-address", host.Address],
            CliConsole.ForWriters(output, error, width: 200), _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }
}
