using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Platform.Cli.Infrastructure;

namespace Platform.Cli.Output;

/// <summary>JSON for machines: protobuf messages in their canonical JSON mapping, default values included.</summary>
internal static class JsonOutput
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));
    // Names stay readable (微软, not \u5FAE\u8F6F); the output is for terminals and pipes, never embedded in HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonNode ToNode(IMessage message) => JsonNode.Parse(Formatter.Format(message))!;

    public static JsonArray ToArray(IEnumerable<IMessage> messages) => [.. messages.Select(ToNode)];

    public static void Write(CliConsole console, IMessage message) => Write(console, ToNode(message));

    public static void Write(CliConsole console, JsonNode node) =>
        console.RawOut.WriteLine(node.ToJsonString(Indented));

    /// <summary>One message on one line (JSON Lines), flushed: for streams read as they arrive.</summary>
    public static void WriteLine(CliConsole console, IMessage message)
    {
        console.RawOut.WriteLine(ToNode(message).ToJsonString(Compact));
        console.RawOut.Flush();
    }
}
