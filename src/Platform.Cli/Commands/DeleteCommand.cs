using System.CommandLine;
using System.Text.Json.Nodes;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Documents.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform delete &lt;id&gt;</c>: removes a document with its mentions and relations.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliContext context)
    {
        var id = CommonOptions.DocumentId();
        var command = new Command("delete", "Delete a document, its mentions and relations (entity counts are recomputed).") { id };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var documentId = parseResult.GetRequiredValue(id);
            await session.Documents.CallAsync(client =>
                client.DeleteDocumentAsync(new DeleteDocumentRequest { DocumentId = documentId }, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, new JsonObject { ["deleted"] = documentId });
            }
            else
            {
                session.Console.Out.MarkupLineInterpolated($"Deleted document [bold]{documentId}[/].");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
