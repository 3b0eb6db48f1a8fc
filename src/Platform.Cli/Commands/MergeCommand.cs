using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform merge &lt;source&gt; &lt;target&gt; --reason R</c>: everything said of the source is said of the target.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Argument<string>("source") { Description = "The entity merged away: its id, or any of its names." };
        var target = new Argument<string>("target") { Description = "The entity it becomes: its id, or any of its names." };
        var options = new CurationOptions();
        var command = new Command("merge", "Merge one entity into another; stored documents naming it are extracted again.") { source, target };
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var from = await EntityResolver.ByIdOrNameAsync(session, parseResult.GetRequiredValue(source), ct);
            var into = await EntityResolver.ByIdOrNameAsync(session, parseResult.GetRequiredValue(target), ct);
            return await options.RunAsync(parseResult, session, ct, (actor, reason, client) => client.MergeEntitiesAsync(new MergeEntitiesRequest
            {
                SourceEntityId = from.EntityId, TargetEntityId = into.EntityId, Actor = actor, Reason = reason,
            }, cancellationToken: ct));
        }));
        return command;
    }
}
