using System.Globalization;

namespace Platform.Contracts.Rpc;

/// <summary>
/// The one rule for text in every field of every RPC, and how messages quote what a client sent.
/// <list type="bullet">
/// <item>Text (document content, text to extract, metadata values): any character but control characters — C0 other
/// than tab, line feed and carriage return, DEL and C1 — the replacement character U+FFFD, which is what invalid UTF-8
/// decodes to, and unpaired surrogates.</item>
/// <item>Lines (names, ids, queries, titles, aliases, actors, reasons, metadata keys, URIs): the same, and no tab or
/// line break either.</item>
/// </list>
/// Such input is refused, never cleaned: what is stored, hashed and offset into is exactly what the client sent.
/// </summary>
public static class TextRules
{
    /// <summary>How much of a value a message quotes.</summary>
    public const int EchoLength = 60;

    /// <summary>The value as messages quote it: its first <see cref="EchoLength"/> characters, then "…".</summary>
    public static string Echo(string value) =>
        value.Length <= EchoLength ? value : value[..(char.IsHighSurrogate(value[EchoLength - 1]) ? EchoLength - 1 : EchoLength)] + "…";

    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT naming the field, the character and its position.</exception>
    public static void RequireText(string value, string field) => Require(value, field, allowLineBreaks: true);

    /// <exception cref="Grpc.Core.RpcException">INVALID_ARGUMENT naming the field, the character and its position.</exception>
    public static void RequireLine(string value, string field) => Require(value, field, allowLineBreaks: false);

    private static void Require(string value, string field, bool allowLineBreaks)
    {
        var codePoint = 0;
        for (var i = 0; i < value.Length; i++, codePoint++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (Refusal(c, allowLineBreaks) is { } why)
            {
                throw RpcErrors.InvalidArgument(
                    $"{field} contains {why} (U+{(int)c:X4}) at code point {codePoint.ToString(CultureInfo.InvariantCulture)}; " +
                    (allowLineBreaks
                        ? "text may hold any character but control characters (tab, line feed and carriage return are allowed)."
                        : "it must be plain text on one line, without control characters."));
            }
        }
    }

    private static string? Refusal(char c, bool allowLineBreaks) => c switch
    {
        '\t' or '\n' or '\r' => allowLineBreaks ? null : "a tab or line break",
        < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') => "a control character",
        '\uFFFD' => "the replacement character, which is what bytes that are not valid UTF-8 decode to: send the text as UTF-8",
        _ when char.IsSurrogate(c) => "half of a surrogate pair",
        _ => null,
    };
}
