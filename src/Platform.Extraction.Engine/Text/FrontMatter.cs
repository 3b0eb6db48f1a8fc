using System.Globalization;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Reads a YAML front-matter block (<c>---</c> … <c>---</c> at the very start): flat <c>key: value</c> pairs,
/// quoted scalars, inline lists <c>[a, 'b']</c> and block lists (<c>- a</c>). Nested mappings are skipped.
/// </summary>
public static class FrontMatter
{
    /// <summary>Finds the block; returns its UTF-16 range (delimiters included) and its values, or null when there is none.</summary>
    public static (TextSpan Block, IReadOnlyList<MetadataField> Fields)? Parse(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        if (!IsDelimiterLine(text, start, out var bodyStart, "---"))
        {
            return null;
        }
        var fields = new List<MetadataField>();
        var lineStart = bodyStart;
        string? listKey = null;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            if (IsDelimiterLine(text, lineStart, out _, "---") || IsDelimiterLine(text, lineStart, out _, "..."))
            {
                return (new TextSpan(start, next), fields);
            }
            ReadLine(text, lineStart, TrimLineEnd(text, lineStart, lineEnd), fields, ref listKey);
            lineStart = next;
        }
        return null;
    }

    /// <summary>The first parseable date among the usual keys.</summary>
    public static DateTimeOffset? ReadDate(IReadOnlyList<MetadataField> fields)
    {
        foreach (var key in new[] { "date", "published", "publishDate", "pubDate", "created" })
        {
            var value = fields.FirstOrDefault(field => field.Key.Equals(key, StringComparison.OrdinalIgnoreCase))?.Value;
            if (value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return date;
            }
        }
        return null;
    }

    private static void ReadLine(string text, int lineStart, int lineEnd, List<MetadataField> fields, ref string? listKey)
    {
        var i = lineStart;
        while (i < lineEnd && text[i] == ' ')
        {
            i++;
        }
        if (i >= lineEnd || text[i] == '#')
        {
            return;
        }
        var indented = i > lineStart;
        if (text[i] == '-' && (i + 1 == lineEnd || text[i + 1] == ' '))
        {
            if (listKey is not null)
            {
                AddScalar(text, listKey, SkipSpaces(text, i + 1, lineEnd), lineEnd, fields);
            }
            return;
        }
        if (indented)
        {
            return;
        }
        var colon = text.IndexOf(':', i, lineEnd - i);
        if (colon < 0)
        {
            listKey = null;
            return;
        }
        var key = text[i..colon].Trim();
        var valueStart = SkipSpaces(text, colon + 1, lineEnd);
        listKey = valueStart >= lineEnd ? key : null;
        if (valueStart >= lineEnd)
        {
            return;
        }
        if (text[valueStart] == '[')
        {
            var close = text.LastIndexOf(']', lineEnd - 1, lineEnd - valueStart);
            ReadInlineList(text, key, valueStart + 1, close < 0 ? lineEnd : close, fields);
            return;
        }
        AddScalar(text, key, valueStart, lineEnd, fields);
    }

    private static void ReadInlineList(string text, string key, int start, int end, List<MetadataField> fields)
    {
        var itemStart = start;
        char? quote = null;
        for (var i = start; i <= end; i++)
        {
            var c = i < end ? text[i] : ',';
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                continue;
            }
            if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == ',')
            {
                AddScalar(text, key, SkipSpaces(text, itemStart, i), i, fields);
                itemStart = i + 1;
            }
        }
    }

    private static void AddScalar(string text, string key, int start, int end, List<MetadataField> fields)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end - start >= 2 && (text[start] is '"' or '\'') && text[end - 1] == text[start])
        {
            start++;
            end--;
        }
        if (end <= start)
        {
            return;
        }
        var value = text[start..end].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("''", "'", StringComparison.Ordinal);
        fields.Add(new MetadataField(key, value, start, end));
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    private static int TrimLineEnd(string text, int lineStart, int lineEnd) =>
        lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;

    private static bool IsDelimiterLine(string text, int lineStart, out int next, string delimiter)
    {
        next = lineStart;
        if (string.CompareOrdinal(text, lineStart, delimiter, 0, delimiter.Length) != 0)
        {
            return false;
        }
        var i = lineStart + delimiter.Length;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }
        if (i < text.Length && text[i] != '\n')
        {
            return false;
        }
        next = Math.Min(i + 1, text.Length);
        return true;
    }
}
