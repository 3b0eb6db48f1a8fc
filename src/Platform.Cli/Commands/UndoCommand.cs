using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform undo &lt;curation-id&gt; --reason R</c>: withdraws a correction; its record stays, marked undone.</summary>
internal static class UndoCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<long>("curation-id") { Description = "The change's id, as 'platform curations' lists it." };
        var options = new CurationOptions();
        var command = new Command("undo", "Undo a merge, split, rename or block.") { id };
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, (session, ct) =>
            options.RunAsync(parseResult, session, ct, (actor, reason, client) => client.UndoCurationAsync(new UndoCurationRequest
            {
                CurationId = parseResult.GetRequiredValue(id), Actor = actor, Reason = reason,
            }, cancellationToken: ct))));
        return command;
    }
}
