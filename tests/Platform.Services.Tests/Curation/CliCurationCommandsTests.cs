using System.Text.Json.Nodes;
using Platform.Cli;
using Platform.Cli.Infrastructure;
using Platform.Query;
using Platform.Services.Tests.Infrastructure;

namespace Platform.Services.Tests.Curation;

/// <summary>The <c>platform</c> CLI's corrections (merge, curations, undo) against the real services on a private database.</summary>
public sealed class CliCurationCommandsTests
{
    [Fact]
    public async Task MergeWithWait_ByNames_MovesTheMentions_ListsTheChange_AndUndoTakesItBack()
    {
        await using var curation = await CurationStack.StartAsync();
        await using var query = await ServiceHost.StartAsync(QueryApp.Build, curation.Stack.Database.ConnectionSetting);
        var document = await curation.Stack.IngestAndExtractAsync($"Demis Hassabis leads DeepMind. Sundar Pichai runs Google. Ref {Guid.NewGuid()}.");
        var google = await curation.EntityMentionedAsAsync(document, "Google");
        async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = await PlatformCli.RunAsync(
                [.. args, "--documents-address", curation.Stack.DocumentsHost.Address.ToString(), "--query-address", query.Address.ToString()],
                CliConsole.ForWriters(output, error, width: 200), _ => null);
            return (exitCode, output.ToString(), error.ToString());
        }

        var (mergeExit, mergeOutput, mergeError) = await RunAsync("merge", "DeepMind", "谷歌", "--reason", "Reported as one.", "--as", "ops", "--wait", "--json");
        var merge = JsonNode.Parse(mergeOutput)!;

        Assert.True(mergeExit == 0, mergeError);
        Assert.Equal(google, (string)merge["targetEntityId"]!);
        Assert.Equal(0, (int)merge["documentsPending"]!);
        Assert.Equal(["DeepMind", "Google"], await curation.MentionTextsAsync(document, google));

        var (listExit, listOutput, _) = await RunAsync("curations", "Google");
        Assert.Equal(0, listExit);
        Assert.Contains("merge ", listOutput);
        Assert.Contains("Reported as one.", listOutput);
        Assert.Contains("ops", listOutput);
        Assert.True(listOutput.Contains("Why the engine linked its names", StringComparison.Ordinal), listOutput);

        var (undoExit, _, undoError) = await RunAsync("undo", (string)merge["curationId"]!, "--reason", "Separate after all.", "--wait");
        Assert.True(undoExit == 0, undoError);
        Assert.Equal(["Google"], await curation.MentionTextsAsync(document, google));

        var (missingExit, _, missingError) = await RunAsync("merge", "DeepMind", "Google");
        Assert.NotEqual(0, missingExit);
        Assert.Contains("--reason", missingError);
    }
}
