using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform related &lt;name&gt;</c>: stated relations first, then co-occurring entities.</summary>
internal static class RelatedCommand
{
    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var limit = CommonOptions.Limit(20, "related entities");
        var command = new Command("related", "Show the entities related to an entity, with evidence.") { name, limit };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var entity = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(name), ct);
            var request = new GetRelatedEntitiesRequest { EntityId = entity.EntityId, Limit = Math.Min(parseResult.GetValue(limit), 100) };
            var response = await session.Query.CallAsync(client => client.GetRelatedEntitiesAsync(request, cancellationToken: ct));

            if (session.Json)
            {
                JsonOutput.Write(session.Console, response);
            }
            else
            {
                session.Console.Out.Write(Render(response));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static Table Render(GetRelatedEntitiesResponse response)
    {
        var table = new Table()
            .Title(Markup.Escape($"Related to {EntityView.Label(response.Entity)}"))
            .AddColumns("Relation", "Entity", "Type", "Evidence", "Example");
        foreach (var related in response.Related)
        {
            table.AddRow(
                TextCells.Plain(DescribeRelation(related)),
                TextCells.Plain(EntityView.Label(related.Entity)),
                EntityTypeNames.Format(related.Entity.Type),
                related.EvidenceCount.ToString(CultureInfo.InvariantCulture),
                TextCells.Plain(TextCells.Shorten(related.Evidence.FirstOrDefault()?.Snippet, 80)));
        }
        if (response.Related.Count == 0)
        {
            table.Caption("No related entities.");
        }
        return table;
    }

    /// <summary>"ceo_of →" when the entity is the subject, "← ceo_of" when it is the object.</summary>
    internal static string DescribeRelation(RelatedEntity related) => related.Direction switch
    {
        "outgoing" => $"{related.Predicate} →",
        "incoming" => $"← {related.Predicate}",
        _ => related.Predicate,
    };
}
