using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary><c>platform mentions &lt;name&gt;</c>: where an entity is mentioned, with the sentence around it.</summary>
internal static class MentionsCommand
{
    private const int MaxPageSize = 500;

    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var document = new Option<string?>("--document", "-d") { Description = "Only mentions in this document (its id).", HelpName = "id" };
        var limit = CommonOptions.Limit(20, "mentions");
        var all = new Option<bool>("--all") { Description = "Stream every mention, ignoring --limit." };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var command = new Command("mentions", "List the mentions of an entity.") { name, document, limit, all, from, to };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var entity = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(name), ct);
            var filter = new MentionFilter(entity.EntityId, parseResult.GetValue(document) ?? "",
                CommonOptions.ToTimestamp(parseResult.GetValue(from)), CommonOptions.ToTimestamp(parseResult.GetValue(to)));
            var mentions = parseResult.GetValue(all)
                ? await StreamAllAsync(session, filter, ct)
                : await ListAsync(session, filter, parseResult.GetValue(limit), ct);

            if (session.Json)
            {
                JsonOutput.Write(session.Console, new JsonObject
                {
                    ["entity"] = JsonOutput.ToNode(entity),
                    ["mentions"] = JsonOutput.ToArray(mentions),
                });
            }
            else
            {
                session.Console.Out.Write(Render(entity, mentions));
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private sealed record MentionFilter(string EntityId, string DocumentId, Google.Protobuf.WellKnownTypes.Timestamp? From, Google.Protobuf.WellKnownTypes.Timestamp? To);

    private static async Task<List<Mention>> ListAsync(CliSession session, MentionFilter filter, int limit, CancellationToken ct)
    {
        var mentions = new List<Mention>();
        var token = "";
        do
        {
            var request = new ListMentionsRequest
            {
                EntityId = filter.EntityId,
                DocumentId = filter.DocumentId,
                From = filter.From,
                To = filter.To,
                PageSize = Math.Min(limit - mentions.Count, MaxPageSize),
                PageToken = token,
            };
            var page = await session.Query.CallAsync(client => client.ListMentionsAsync(request, cancellationToken: ct));
            mentions.AddRange(page.Mentions);
            token = page.NextPageToken;
        }
        while (token.Length > 0 && mentions.Count < limit);
        return mentions;
    }

    private static async Task<List<Mention>> StreamAllAsync(CliSession session, MentionFilter filter, CancellationToken ct)
    {
        var request = new StreamMentionsRequest { EntityId = filter.EntityId, DocumentId = filter.DocumentId, From = filter.From, To = filter.To };
        var mentions = new List<Mention>();
        await foreach (var mention in session.Query.StreamAsync(client => client.StreamMentions(request, cancellationToken: ct), ct))
        {
            mentions.Add(mention);
        }
        return mentions;
    }

    internal static Table Render(Entity entity, IReadOnlyList<Mention> mentions)
    {
        var table = new Table()
            .Title(Markup.Escape($"Mentions of {EntityView.Label(entity)} ({entity.MentionCount} in {entity.DocumentCount} document(s))"))
            .AddColumns("Document", "Offsets", "Text", "Sentence");
        foreach (var mention in mentions)
        {
            var title = mention.DocumentTitle.Length > 0 ? mention.DocumentTitle : mention.DocumentId;
            table.AddRow(
                TextCells.Plain(TextCells.Shorten(title, 30)),
                string.Create(CultureInfo.InvariantCulture, $"{mention.Start}–{mention.End}"),
                TextCells.Plain(mention.Text),
                TextCells.Highlight(mention.Snippet, mention.Text, 120));
        }
        if (mentions.Count == 0)
        {
            table.Caption("No mentions.");
        }
        return table;
    }
}
