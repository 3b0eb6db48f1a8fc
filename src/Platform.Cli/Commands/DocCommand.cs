using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Documents.V1;
using Platform.Query.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Platform.Cli.Commands;

/// <summary><c>platform doc &lt;id&gt;</c>: one document and the entities found in it.</summary>
internal static class DocCommand
{
    public static Command Create(CliContext context)
    {
        var id = CommonOptions.DocumentId();
        var command = new Command("doc", "Show one document and the entities it mentions.") { id };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var documentId = parseResult.GetRequiredValue(id);
            var document = (await session.Documents.CallAsync(client =>
                client.GetDocumentAsync(new GetDocumentRequest { DocumentId = documentId }, cancellationToken: ct))).Document;
            var entities = await session.Query.CallAsync(client =>
                client.ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = document.DocumentId }, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, new JsonObject
                {
                    ["document"] = JsonOutput.ToNode(document),
                    ["entities"] = JsonOutput.ToArray(entities.Entities),
                });
            }
            else
            {
                session.Console.Out.Write(RenderDocument(document));
                session.Console.Out.WriteLine();
                session.Console.Out.Write(RenderEntities(entities.Entities));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static IRenderable RenderDocument(Document document)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string value) => grid.AddRow(new Markup($"[grey]{label}[/]"), new Text(value));
        Row("Title", document.Title);
        Row("Id", document.DocumentId);
        Row("Source", document.SourceUri);
        Row("Media type", document.MediaType);
        Row("Language", document.Language);
        Row("Characters", document.SizeChars.ToString(CultureInfo.InvariantCulture));
        Row("Extraction", DocumentStatus.Name(document.ExtractionStatus)
            + (document.ExtractionError.Length > 0 ? $": {document.ExtractionError}" : ""));
        Row("SHA-256", document.ContentSha256);
        return grid;
    }

    internal static Table RenderEntities(IReadOnlyList<DocumentEntity> entities)
    {
        var table = new Table().AddColumns("Entity", "Type", "Mentions", "Salience", "Written as");
        foreach (var item in entities)
        {
            table.AddRow(
                TextCells.Plain(EntityView.Label(item.Entity)),
                EntityTypeNames.Format(item.Entity.Type),
                item.MentionCount.ToString(CultureInfo.InvariantCulture),
                item.Salience.ToString("0.00", CultureInfo.InvariantCulture),
                TextCells.Plain(string.Join(", ", item.SurfaceForms)));
        }
        if (entities.Count == 0)
        {
            table.Caption("No entities (yet): extraction may still be pending.");
        }
        return table;
    }
}
