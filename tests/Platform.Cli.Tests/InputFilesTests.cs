using Platform.Cli.Ingest;

namespace Platform.Cli.Tests;

public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("platform-cli-tests-").FullName;

    [Fact]
    public void Collect_Folder_FindsTextAndMarkdownRecursively_AndSkipsOtherFiles()
    {
        Write("a.txt");
        Write("notes/b.md");
        Write("notes/deeper/c.TXT");
        Write("notes/image.png");
        Write("notes/data.json");

        var selection = InputFiles.Collect([_root], _root);

        Assert.Empty(selection.Missing);
        Assert.Equal(
            ["a.txt", Path.Combine("notes", "b.md"), Path.Combine("notes", "deeper", "c.TXT")],
            selection.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void Collect_MarkdownAndText_GetTheirMediaTypes()
    {
        Write("a.txt");
        Write("b.md");

        var selection = InputFiles.Collect(["a.txt", "b.md"], _root);

        Assert.Equal(["text/plain", "text/markdown"], selection.Files.Select(f => f.MediaType));
    }

    [Fact]
    public void Collect_SameFileTwice_IsIngestedOnce()
    {
        Write("a.txt");

        var selection = InputFiles.Collect(["a.txt", _root, Path.Combine(_root, "a.txt")], _root);

        Assert.Single(selection.Files);
    }

    [Fact]
    public void Collect_MissingPath_IsReported()
    {
        var selection = InputFiles.Collect(["does-not-exist.txt"], _root);

        Assert.Equal(["does-not-exist.txt"], selection.Missing);
        Assert.Empty(selection.Files);
    }

    private void Write(string relativePath)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "微软 Microsoft");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
