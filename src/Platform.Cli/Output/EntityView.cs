using Platform.Query.V1;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Platform.Cli.Output;

/// <summary>One entity as a two-column grid of its fields.</summary>
internal static class EntityView
{
    public static IRenderable Render(Entity entity)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        Row(grid, "Name", entity.Name);
        if (entity.NameZh.Length > 0 && entity.NameZh != entity.Name)
        {
            Row(grid, "Chinese name", entity.NameZh);
        }
        Row(grid, "Type", EntityTypeNames.Format(entity.Type));
        Row(grid, "Id", entity.EntityId);
        Row(grid, "Mentions", $"{entity.MentionCount} in {entity.DocumentCount} document(s)");
        Row(grid, "Aliases", string.Join(", ", entity.Aliases));
        if (entity.WikidataId.Length > 0)
        {
            Row(grid, "Wikidata", entity.WikidataId);
        }
        if (entity.Description.Length > 0)
        {
            Row(grid, "Description", entity.Description);
        }
        return grid;
    }

    public static string Label(Entity entity) =>
        entity.NameZh.Length > 0 && entity.NameZh != entity.Name ? $"{entity.Name} ({entity.NameZh})" : entity.Name;

    private static void Row(Grid grid, string label, string value) =>
        grid.AddRow(new Markup($"[grey]{label}[/]"), new Text(value));
}
