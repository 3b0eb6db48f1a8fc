using System.CommandLine;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform path &lt;from&gt; &lt;to&gt;</c>: the shortest chain of relations, each hop with its sentence.</summary>
internal static class PathCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "The first entity: any name in any language." };
        var to = new Argument<string>("to") { Description = "The last entity: any name in any language." };
        var maxHops = new Option<int>("--max-hops") { Description = "The longest chain to look for, 1 to 4.", DefaultValueFactory = _ => 4 };
        maxHops.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 4)
            {
                result.AddError("--max-hops must be between 1 and 4.");
            }
        });
        var command = new Command("path", "Show how two entities are connected, hop by hop, with the sentence behind each hop.") { from, to, maxHops };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var first = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(from), ct);
            var last = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(to), ct);
            var request = new FindPathRequest { FromEntityId = first.EntityId, ToEntityId = last.EntityId, MaxHops = parseResult.GetValue(maxHops) };
            var response = await session.Query.CallAsync(client => client.FindPathAsync(request, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
            }
            else
            {
                session.Console.Out.Write(Render(EntityView.Label(first), EntityView.Label(last), response));
            }
            return response.Hops.Count > 0 ? ExitCodes.Success : ExitCodes.NotFound;
        }));
        return command;
    }

    internal static Table Render(string from, string to, FindPathResponse response)
    {
        var table = new Table().Title(Markup.Escape($"{from} → {to}")).AddColumns("#", "From", "Relation", "To", "Evidence");
        for (var i = 0; i < response.Hops.Count; i++)
        {
            var hop = response.Hops[i];
            var forward = hop.SubjectEntityId == response.Entities[i].EntityId;
            table.AddRow(
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                TextCells.Plain(EntityView.Label(response.Entities[i])),
                TextCells.Plain(forward || hop.Predicate == "co_occurrence" ? $"{hop.Predicate} →" : $"← {hop.Predicate}"),
                TextCells.Plain(EntityView.Label(response.Entities[i + 1])),
                TextCells.Plain(TextCells.Shorten(hop.Evidence, 80)));
        }
        if (response.Hops.Count == 0)
        {
            table.Caption("No path of at most that many hops.");
        }
        return table;
    }
}
