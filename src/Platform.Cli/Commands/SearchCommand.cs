using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform search &lt;query&gt;</c>: entities ranked by how well a name matches.</summary>
internal static class SearchCommand
{
    private const int MaxPageSize = 100;

    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "Text to match against every alias (exact, prefix, substring, similar)." };
        var type = CommonOptions.EntityType();
        var limit = CommonOptions.Limit(20, "entities");
        var command = new Command("search", "Find entities by name.") { query, type, limit };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var results = await SearchAsync(session, parseResult.GetRequiredValue(query),
                EntityTypeNames.Parse(parseResult.GetValue(type)), parseResult.GetValue(limit), ct);
            if (session.Json)
            {
                var response = new SearchEntitiesResponse();
                response.Results.AddRange(results);
                JsonOutput.Write(session.Console, response);
            }
            else
            {
                session.Console.Out.Write(Render(results));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task<List<SearchResult>> SearchAsync(CliSession session, string query, EntityType type, int limit, CancellationToken ct)
    {
        var results = new List<SearchResult>();
        var token = "";
        do
        {
            var request = new SearchEntitiesRequest { Query = query, Type = type, PageSize = Math.Min(limit - results.Count, MaxPageSize), PageToken = token };
            var page = await session.Query.CallAsync(client => client.SearchEntitiesAsync(request, cancellationToken: ct));
            results.AddRange(page.Results);
            token = page.NextPageToken;
        }
        while (token.Length > 0 && results.Count < limit);
        return results;
    }

    internal static Table Render(IReadOnlyList<SearchResult> results)
    {
        var table = new Table().AddColumns("#", "Name", "Type", "Matched alias", "Score", "Mentions", "Docs", "Id");
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            table.AddRow(
                (i + 1).ToString(CultureInfo.InvariantCulture),
                TextCells.Plain(EntityView.Label(result.Entity)),
                EntityTypeNames.Format(result.Entity.Type),
                TextCells.Plain(result.MatchedAlias),
                result.Score.ToString("0.00", CultureInfo.InvariantCulture),
                result.Entity.MentionCount.ToString(CultureInfo.InvariantCulture),
                result.Entity.DocumentCount.ToString(CultureInfo.InvariantCulture),
                TextCells.Plain(result.Entity.EntityId));
        }
        if (results.Count == 0)
        {
            table.Caption("No entity matches.");
        }
        return table;
    }
}
