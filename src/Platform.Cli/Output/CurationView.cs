using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Curation.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Platform.Cli.Output;

internal static class CurationView
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>One line saying what the change does: "merge A → B", "split \"X\" off A → B", ...</summary>
    public static string Describe(Platform.Curation.V1.Curation curation) => curation.Action switch
    {
        CurationAction.Merge => $"merge {curation.EntityId} → {curation.TargetEntityId}",
        CurationAction.Split => $"split \"{curation.Alias}\" off {curation.EntityId} → {curation.TargetEntityId} \"{curation.Name}\"",
        CurationAction.Rename => $"rename {curation.EntityId}: \"{curation.PreviousName}\" → \"{curation.Name}\"",
        CurationAction.Block => $"block \"{curation.Alias}\" for {curation.EntityId}",
        _ => curation.Action.ToString(),
    };

    public static IRenderable Render(IReadOnlyList<Platform.Curation.V1.Curation> curations, string? title)
    {
        var table = new Table().AddColumns("Id", "Change", "By", "When (UTC)", "Why", "Documents");
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }
        foreach (var curation in curations)
        {
            var undone = curation.UndoneAt is null
                ? ""
                : $"\nundone by {curation.UndoneBy} {curation.UndoneAt.ToDateTimeOffset():yyyy-MM-dd HH:mm}: {curation.UndoReason}";
            table.AddRow(
                curation.CurationId.ToString(CultureInfo.InvariantCulture),
                TextCells.Plain(Describe(curation)),
                TextCells.Plain(curation.Actor),
                curation.CreatedAt.ToDateTimeOffset().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                TextCells.Plain(TextCells.Shorten(curation.Reason, 60) + undone),
                curation.DocumentsPending == 0
                    ? curation.DocumentsQueued.ToString(CultureInfo.InvariantCulture)
                    : $"{curation.DocumentsQueued} ({curation.DocumentsPending} pending)");
        }
        if (curations.Count == 0)
        {
            table.Caption("No changes.");
        }
        return table;
    }

    /// <summary>Polls the change until no document it queued waits for extraction; a progress bar for people.</summary>
    public static async Task<Platform.Curation.V1.Curation> WaitAsync(CliSession session, Platform.Curation.V1.Curation curation, CancellationToken ct)
    {
        var current = curation;
        await ProgressDisplay.RunAsync(session.Console.Out, !session.Json, "Extracting the touched documents again", curation.DocumentsQueued, async advance =>
        {
            var done = 0;
            while (true)
            {
                current = await session.Curation.CallAsync(client =>
                    client.GetCurationAsync(new GetCurationRequest { CurationId = curation.CurationId }, cancellationToken: ct));
                for (var finished = current.DocumentsQueued - current.DocumentsPending; done < finished; done++)
                {
                    advance();
                }
                if (current.DocumentsPending == 0)
                {
                    return;
                }
                await Task.Delay(PollInterval, ct);
            }
        });
        return current;
    }
}
