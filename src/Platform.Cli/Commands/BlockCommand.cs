using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform block &lt;entity&gt; &lt;alias&gt; --reason R</c>: the alias no longer refers to the entity.</summary>
internal static class BlockCommand
{
    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("entity") { Description = "The entity: its id, or any of its names." };
        var alias = new Argument<string>("alias") { Description = "One of its aliases (not its name), case- and width-insensitive." };
        var options = new CurationOptions();
        var command = new Command("block", "Block an alias of an entity: its mentions written so are dropped.") { entity, alias };
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var found = await EntityResolver.ByIdOrNameAsync(session, parseResult.GetRequiredValue(entity), ct);
            return await options.RunAsync(parseResult, session, ct, (actor, reason, client) => client.BlockAliasAsync(new BlockAliasRequest
            {
                EntityId = found.EntityId, Alias = parseResult.GetRequiredValue(alias), Actor = actor, Reason = reason,
            }, cancellationToken: ct));
        }));
        return command;
    }
}
