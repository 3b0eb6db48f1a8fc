using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;

namespace Platform.Cli.Commands;

/// <summary><c>platform entity &lt;name&gt;</c>: one entity with its aliases and counts.</summary>
internal static class EntityCommand
{
    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var byId = new Option<bool>("--id") { Description = "Treat the argument as an entity id instead of a name." };
        var command = new Command("entity", "Show one entity: its names in every language, type and counts.") { name, byId };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var key = parseResult.GetRequiredValue(name);
            var request = parseResult.GetValue(byId) ? new GetEntityRequest { EntityId = key } : new GetEntityRequest { Name = key };
            var response = await session.Query.CallAsync(client => client.GetEntityAsync(request, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response.Entity);
            }
            else
            {
                session.Console.Out.Write(EntityView.Render(response.Entity));
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
