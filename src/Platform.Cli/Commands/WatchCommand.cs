using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform watch &lt;name&gt; [--count N]</c>: prints a notice each time a newly extracted document mentions the
/// entity, until Ctrl+C (or N notices). With <c>--json</c>, one notice per line.
/// </summary>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var count = new Option<int?>("--count") { Description = "Stop after this many notices (default: until Ctrl+C)." };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() < 1)
            {
                result.AddError("--count must be at least 1.");
            }
        });
        var command = new Command("watch", "Follow an entity: print each newly extracted document that mentions it, as it arrives.") { name, count };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var entity = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(name), ct);
            var limit = parseResult.GetValue(count) ?? int.MaxValue;
            var request = new WatchEntityRequest { EntityId = entity.EntityId };
            var received = 0;
            try
            {
                await foreach (var notice in session.Query.StreamAsync(client => client.WatchEntity(request, cancellationToken: ct), ct,
                    started: () => session.Console.Error.MarkupLine(Markup.Escape($"Watching {EntityView.Label(entity)}; Ctrl+C stops."))))
                {
                    Write(session, notice);
                    if (++received >= limit)
                    {
                        break;
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or ServiceCallException && ct.IsCancellationRequested)
            {
                // Ctrl+C is how a watch ends: a success, not a failed call.
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(CliSession session, EntityNotice notice)
    {
        if (session.Json)
        {
            JsonOutput.WriteLine(session.Console, notice);
            return;
        }
        var title = notice.DocumentTitle.Length > 0 ? notice.DocumentTitle : "(untitled)";
        session.Console.Out.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{DateTimeOffset.Now:HH:mm:ss}  {title}  ({notice.DocumentId}): {notice.Mentions.Count} mention(s)")));
        foreach (var mention in notice.Mentions)
        {
            session.Console.Out.MarkupLine("    " + TextCells.Highlight(mention.Snippet, mention.Text, 160));
        }
    }
}
