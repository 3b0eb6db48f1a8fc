using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform rename &lt;entity&gt; &lt;name&gt; --reason R</c>: the entity's display name, whatever later extractions call it.</summary>
internal static class RenameCommand
{
    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("entity") { Description = "The entity: its id, or any of its names." };
        var name = new Argument<string>("new-name") { Description = "The name it should go by." };
        var options = new CurationOptions();
        var command = new Command("rename", "Rename an entity (at once; its old name stays an alias).") { entity, name };
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var found = await EntityResolver.ByIdOrNameAsync(session, parseResult.GetRequiredValue(entity), ct);
            return await options.RunAsync(parseResult, session, ct, (actor, reason, client) => client.RenameEntityAsync(new RenameEntityRequest
            {
                EntityId = found.EntityId, Name = parseResult.GetRequiredValue(name), Actor = actor, Reason = reason,
            }, cancellationToken: ct));
        }));
        return command;
    }
}
