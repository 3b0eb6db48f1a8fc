using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform split &lt;entity&gt; &lt;alias&gt; --reason R</c>: the mentions written as the alias become an entity of their own.</summary>
internal static class SplitCommand
{
    public static Command Create(CliContext context)
    {
        var entity = new Argument<string>("entity") { Description = "The entity: its id, or any of its names." };
        var alias = new Argument<string>("alias") { Description = "One of its aliases (not its name), case- and width-insensitive." };
        var name = new Option<string?>("--name") { Description = "The new entity's name; the alias by default." };
        var options = new CurationOptions();
        var command = new Command("split", "Split an alias off an entity into a new entity; stored documents using it are extracted again.") { entity, alias, name };
        options.AddTo(command);

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var found = await EntityResolver.ByIdOrNameAsync(session, parseResult.GetRequiredValue(entity), ct);
            return await options.RunAsync(parseResult, session, ct, (actor, reason, client) => client.SplitAliasAsync(new SplitAliasRequest
            {
                EntityId = found.EntityId, Alias = parseResult.GetRequiredValue(alias), Name = parseResult.GetValue(name) ?? "", Actor = actor, Reason = reason,
            }, cancellationToken: ct));
        }));
        return command;
    }
}
