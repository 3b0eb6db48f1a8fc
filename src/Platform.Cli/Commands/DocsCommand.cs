using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Documents.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform docs</c>: stored documents with their extraction status.</summary>
internal static class DocsCommand
{
    private const int MaxPageSize = 100;

    public static Command Create(CliContext context)
    {
        var limit = CommonOptions.Limit(20, "documents");
        var command = new Command("docs", "List stored documents.") { limit };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var wanted = parseResult.GetValue(limit);
            var response = new ListDocumentsResponse();
            var token = "";
            do
            {
                var request = new ListDocumentsRequest { PageSize = Math.Min(wanted - response.Documents.Count, MaxPageSize), PageToken = token };
                var page = await session.Documents.CallAsync(client => client.ListDocumentsAsync(request, cancellationToken: ct));
                response.Documents.AddRange(page.Documents);
                token = page.NextPageToken;
            }
            while (token.Length > 0 && response.Documents.Count < wanted);

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
            }
            else
            {
                session.Console.Out.Write(Render(response.Documents));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static Table Render(IReadOnlyList<Document> documents)
    {
        var table = new Table().AddColumns("Id", "Title", "Language", "Extraction", "Chars", "Created (UTC)");
        foreach (var document in documents)
        {
            table.AddRow(
                TextCells.Plain(document.DocumentId),
                DisplayTitle(document),
                TextCells.Plain(document.Language),
                DocumentStatus.Markup(document.ExtractionStatus),
                document.SizeChars.ToString(CultureInfo.InvariantCulture),
                document.CreatedAt is null ? "" : document.CreatedAt.ToDateTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }
        if (documents.Count == 0)
        {
            table.Caption("No documents yet: add some with 'platform ingest <files|folders>'.");
        }
        return table;
    }

    /// <summary>The title, or for an untitled document the file name it came from (greyed).</summary>
    internal static string DisplayTitle(Document document)
    {
        if (document.Title.Length > 0)
        {
            return TextCells.Plain(TextCells.Shorten(document.Title, 40));
        }
        var fileName = Uri.TryCreate(document.SourceUri, UriKind.Absolute, out var uri)
            ? Path.GetFileName(uri.LocalPath)
            : Path.GetFileName(document.SourceUri);
        return fileName.Length > 0 ? $"[grey]{TextCells.Plain(TextCells.Shorten(fileName, 40))}[/]" : "";
    }
}
