using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Curation.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform curations [entity] [--all]</c>: the corrections made, newest first; for an entity, also why the engine linked its names.</summary>
internal static class CurationsCommand
{
    public static Command Create(CliContext context)
    {
        var entity = new Argument<string?>("entity") { Description = "Only changes naming this entity (its id or any name).", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all", "-a") { Description = "Undone changes too." };
        var limit = CommonOptions.Limit(20, "changes");
        var command = new Command("curations", "List the merges, splits, renames and blocks, with who, when and why.") { entity, all, limit };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var named = parseResult.GetValue(entity) is { } given ? await EntityResolver.ByIdOrNameAsync(session, given, ct) : null;
            var request = new ListCurationsRequest
            {
                EntityId = named?.EntityId ?? "",
                IncludeUndone = parseResult.GetValue(all),
                PageSize = Math.Min(parseResult.GetValue(limit), 100),
            };
            var response = await session.Curation.CallAsync(client => client.ListCurationsAsync(request, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
                return ExitCodes.Success;
            }
            session.Console.Out.Write(CurationView.Render(response.Curations, named is null ? "Changes" : $"Changes to {EntityView.Label(named)}"));
            if (response.EngineMergeReasons.Count > 0)
            {
                var reasons = new Table().Title("Why the engine linked its names").AddColumns("Reason", "Documents");
                foreach (var reason in response.EngineMergeReasons)
                {
                    reasons.AddRow(TextCells.Plain(reason.Reason), reason.DocumentCount.ToString(CultureInfo.InvariantCulture));
                }
                session.Console.Out.Write(reasons);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
