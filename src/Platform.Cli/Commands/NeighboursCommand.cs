using System.CommandLine;
using System.Globalization;
using Platform.Cli.Infrastructure;
using Platform.Cli.Output;
using Platform.Query.V1;
using Spectre.Console;

namespace Platform.Cli.Commands;

/// <summary>
/// <c>platform neighbours &lt;name&gt; [--depth 1|2] [--limit N] [--co-occurrence] [--document id] [--from D] [--to D]</c>:
/// an entity's neighbourhood as a tree, each edge with its evidence count and best sentence.
/// </summary>
internal static class NeighboursCommand
{
    public static Command Create(CliContext context)
    {
        var name = CommonOptions.EntityName();
        var depth = new Option<int>("--depth") { Description = "1: the entity's neighbours; 2: theirs too.", DefaultValueFactory = _ => 2 };
        depth.AcceptOnlyFromAmong("1", "2");
        var limit = CommonOptions.Limit(8, "edges per entity");
        var coOccurrence = new Option<bool>("--co-occurrence") { Description = "Count entities named in the same sentence as neighbours too." };
        var document = new Option<string?>("--document", "-d") { Description = "Only relations stated in this document (its id).", HelpName = "id" };
        var from = CommonOptions.From();
        var to = CommonOptions.To();
        var command = new Command("neighbours", "Show an entity's neighbourhood to depth 2, each edge with the sentence behind it.")
        {
            name, depth, limit, coOccurrence, document, from, to,
        };

        command.SetAction((parseResult, cancellationToken) => context.RunAsync(parseResult, cancellationToken, async (session, ct) =>
        {
            var entity = await EntityResolver.ByNameAsync(session, parseResult.GetRequiredValue(name), ct);
            var request = new GetNeighbourhoodRequest
            {
                EntityId = entity.EntityId,
                Depth = parseResult.GetValue(depth),
                Limit = Math.Min(parseResult.GetValue(limit), 50),
                IncludeCoOccurrence = parseResult.GetValue(coOccurrence),
                DocumentId = parseResult.GetValue(document) ?? "",
                From = CommonOptions.ToTimestamp(parseResult.GetValue(from)),
                To = CommonOptions.ToTimestamp(parseResult.GetValue(to)),
            };
            var response = await session.Query.CallAsync(client => client.GetNeighbourhoodAsync(request, cancellationToken: ct));

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

    /// <summary>The entity at the root; under each entity the edges met when it was expanded, away from the root.</summary>
    internal static Tree Render(GetNeighbourhoodResponse response)
    {
        var nodes = response.Nodes.ToDictionary(n => n.Entity.EntityId);
        var root = response.Nodes[0];
        var tree = new Tree(TextCells.Plain(EntityView.Label(root.Entity)));
        if (response.Edges.Count == 0)
        {
            tree.AddNode("[dim]no relations[/]");
            return tree;
        }
        foreach (var (edge, neighbour) in EdgesOf(root, response, nodes, except: null))
        {
            var branch = tree.AddNode(Describe(edge, root.Entity.EntityId, neighbour));
            foreach (var (next, farther) in EdgesOf(neighbour, response, nodes, except: root.Entity.EntityId))
            {
                branch.AddNode(Describe(next, neighbour.Entity.EntityId, farther));
            }
        }
        return tree;
    }

    private static IEnumerable<(GraphEdge Edge, NeighbourhoodNode Other)> EdgesOf(
        NeighbourhoodNode node, GetNeighbourhoodResponse response, Dictionary<string, NeighbourhoodNode> nodes, string? except)
    {
        var id = node.Entity.EntityId;
        foreach (var edge in response.Edges)
        {
            var otherId = edge.SubjectEntityId == id ? edge.ObjectEntityId : edge.ObjectEntityId == id ? edge.SubjectEntityId : null;
            if (otherId is not null && otherId != except && nodes.TryGetValue(otherId, out var other) && other.Depth > node.Depth)
            {
                yield return (edge, other);
            }
        }
    }

    private static string Describe(GraphEdge edge, string fromId, NeighbourhoodNode other)
    {
        var relation = edge.Predicate == "co_occurrence" ? edge.Predicate
            : edge.SubjectEntityId == fromId ? $"{edge.Predicate} →" : $"← {edge.Predicate}";
        var example = edge.Evidence.FirstOrDefault()?.Snippet;
        return TextCells.Plain(string.Create(CultureInfo.InvariantCulture,
            $"{relation} {EntityView.Label(other.Entity)} ({edge.EvidenceCount})")) +
            (example is null ? "" : "  [dim]" + TextCells.Plain(TextCells.Shorten(example, 80)) + "[/]");
    }
}
