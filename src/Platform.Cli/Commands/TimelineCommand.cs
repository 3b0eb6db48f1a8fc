using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform timeline &lt;name&gt; [--from D] [--to D]</c>: mentions per day of the documents' dates.</summary>
internal static class TimelineCommand
{
    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var command = new Command("timeline", "Show when an entity appears: mentions per day, first and last seen.") { name, from, to };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var entity = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(name), ct);
            var request = new GetEntityTimelineRequest
            {
                EntityId = entity.EntityId,
                From = CommonOptions.ToTimestamp(parseResult.GetValue(from)),
                To = CommonOptions.ToTimestamp(parseResult.GetValue(to)),
            };
            var response = await session.Query.CallAsync(client => client.GetEntityTimelineAsync(request, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
            }
            else
            {
                session.Console.Out.Write(Render(EntityView.Label(entity), response));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static Table Render(string label, GetEntityTimelineResponse response)
    {
        var table = new Table().Title(Markup.Escape($"Timeline of {label}")).AddColumns("Day", "Mentions", "Documents", "");
        var most = response.Days.Select(d => d.MentionCount).DefaultIfEmpty(1).Max();
        foreach (var day in response.Days)
        {
            table.AddRow(
                day.Date,
                day.MentionCount.ToString(CultureInfo.InvariantCulture),
                day.DocumentCount.ToString(CultureInfo.InvariantCulture),
                new string('█', Math.Max(1, day.MentionCount * 30 / most)));
        }
        table.Caption(response.Days.Count == 0
            ? "No mention in that period."
            : $"First seen {response.FirstSeen.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC, last seen {response.LastSeen.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC");
        return table;
    }
}
