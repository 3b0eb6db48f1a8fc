using Spectre.Console;

namespace Platform.Cli.Output;

/// <summary>Small helpers for table cells: escaping, shortening, highlighting.</summary>
internal static class TextCells
{
    public static string Plain(string? text) => Markup.Escape(text ?? "");

    public static string Shorten(string? text, int maxLength)
    {
        var oneLine = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= maxLength ? oneLine : oneLine[..(maxLength - 1)] + "…";
    }

    /// <summary>The snippet with the first occurrence of the mention text in bold, markup-escaped.</summary>
    public static string Highlight(string snippet, string mention, int maxLength)
    {
        var shortened = Shorten(snippet, maxLength);
        var at = mention.Length == 0 ? -1 : shortened.IndexOf(mention, StringComparison.Ordinal);
        if (at < 0)
        {
            return Plain(shortened);
        }
        return Plain(shortened[..at]) + "[bold yellow]" + Plain(mention) + "[/]" + Plain(shortened[(at + mention.Length)..]);
    }
}
