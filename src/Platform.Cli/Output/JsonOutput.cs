using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Platform.Cli.Infrastructure;

namespace Platform.Cli.Output;

/// <summary>JSON for machines: protobuf messages in their canonical JSON mapping, default values included.</summary>
internal static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray ToArray(IEnumerable<IMessage> messages) => [.. messages.Select(ToNode)];

    public static void Write(CliConsole console, IMessage message) => Write(console, ToNode(message));

    public static void Write(CliConsole console, JsonNode node) =>
        console.RawOut.WriteLine(node.ToJsonString(Indented));
}
