using System.Text.Json.Nodes;
using Platform.Cli;
using Platform.Cli.Infrastructure;
using Platform.Services.Tests.Infrastructure;
using Platform.Query;

namespace Platform.Services.Tests.Query;

/// <summary>
/// The <c>platform</c> CLI's document commands (ingest, docs, doc, delete) against the real document,
/// extraction and query services on one database.
/// </summary>
public sealed class CliDocumentCommandsTests(DocumentsStack stack) : IClassFixture<DocumentsStack>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-cli-ingest-").FullName;
    private ServiceHost _query = null!;

    public async Task InitializeAsync() =>
        _query = await ServiceHost.StartAsync(QueryApp.Build, stack.Database.ConnectionSetting);

    public async Task DisposeAsync()
    {
        await _query.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Ingest_FolderWithWait_StoresEachFileAndReportsFinishedExtraction()
    {
        WriteFile("notes/briefing.txt", "微软首席执行官萨提亚·纳德拉周二在西雅图发表讲话。Satya Nadella said Microsoft will keep investing.");
        WriteFile("notes/deeper/summary.md", "# Summary\n\nOpenAI and Microsoft signed a new agreement in Redmond.");
        WriteFile("notes/ignored.json", "{}");

        var (exitCode, output, error) = await RunAsync("ingest", _folder, "--wait", "--json");

        Assert.True(exitCode == 0, error);
        var report = JsonNode.Parse(output)!;
        Assert.Equal(2, (int)report["created"]!);
        var files = report["files"]!.AsArray();
        Assert.Equal(["text/plain", "text/markdown"], files.Select(f => (string)f!["mediaType"]!));
        Assert.All(files, f => Assert.Equal("succeeded", (string)f!["extraction"]!));
    }

    [Fact]
    public async Task Ingest_SameFileTwice_ReportsItAsExisting()
    {
        var path = WriteFile("again.txt", "Satya Nadella visited the OpenAI offices in San Francisco on Friday.");
        await RunAsync("ingest", path);

        var (exitCode, output, _) = await RunAsync("ingest", path);

        Assert.Equal(0, exitCode);
        Assert.Contains("existing", output);
        Assert.Matches(@"0\D+1\D+0\D+1", output[output.LastIndexOf("Created", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Ingest_MissingPath_FailsBeforeSendingAnything()
    {
        var (exitCode, _, error) = await RunAsync("ingest", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(2, exitCode);
        Assert.Contains("Not found", error);
    }

    [Fact]
    public async Task DocAndDelete_ShowTheDocumentWithItsEntities_ThenRemoveIt()
    {
        var path = WriteFile("doc.txt", "微软宣布与OpenAI扩大合作。Microsoft and OpenAI expanded their partnership.");
        var ingest = JsonNode.Parse((await RunAsync("ingest", path, "--wait", "--json")).Output)!;
        var documentId = (string)ingest["files"]![0]!["documentId"]!;

        var (docExit, docOutput, docError) = await RunAsync("doc", documentId, "--json");
        Assert.True(docExit == 0, docError);
        var doc = JsonNode.Parse(docOutput)!;
        Assert.Equal(documentId, (string)doc["document"]!["documentId"]!);
        Assert.NotEmpty(doc["entities"]!.AsArray());

        var (listExit, listOutput, _) = await RunAsync("docs", "--json", "--limit", "100");
        Assert.Equal(0, listExit);
        Assert.Contains(JsonNode.Parse(listOutput)!["documents"]!.AsArray(), d => (string)d!["documentId"]! == documentId);

        Assert.Equal(0, (await RunAsync("delete", documentId)).ExitCode);
        var (afterExit, _, afterError) = await RunAsync("doc", documentId);
        Assert.Equal(3, afterExit);
        Assert.Contains("NOT_FOUND", afterError);
    }

    private string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlatformCli.RunAsync(
            [
                .. args,
                "--documents-address", stack.DocumentsHost.Address.ToString(),
                "--query-address", _query.Address.ToString(),
            ],
            CliConsole.ForWriters(output, error, width: 200), _ => null);
        return (exitCode, output.ToString(), error.ToString());
    }
}
