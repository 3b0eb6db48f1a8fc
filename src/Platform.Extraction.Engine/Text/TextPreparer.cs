using System.Text.RegularExpressions;

namespace Platform.Extraction.Engine.Text;

/// <summary>
/// Turns a raw document into a <see cref="PreparedText"/>: front matter read into metadata and blanked, markup and
/// URLs blanked, wrapped lines rejoined, NFKC (full-width → half-width), traditional → simplified Chinese,
/// sentences, language and title. Every normalised index maps back to the original.
/// </summary>
public static partial class TextPreparer
{
    public static PreparedText Prepare(string original, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        var working = original.ToCharArray();

        var frontMatter = FrontMatter.Parse(original);
        IReadOnlyList<MetadataField> fields = [];
        if (frontMatter is { } found)
        {
            fields = found.Fields;
            MarkupBlanker.Blank(working, found.Block.Start, found.Block.Length);
        }
        var title = Title(fields, new string(working));
        var markdown = IsMarkdown(original, mediaType, frontMatter is not null);
        if (markdown)
        {
            MarkupBlanker.BlankMarkdown(working);
        }
        MarkupBlanker.BlankUrlsAndEmails(working);
        WrappedLineJoiner.JoinInPlace(working, markdown ? original : null);

        var (normalized, starts, ends) = CompatibilityNormalizer.Normalize(working);
        TraditionalToSimplified.Default.ConvertInPlace(normalized);
        var text = new string(normalized);

        var metadata = new DocumentMetadata(
            title,
            FrontMatter.ReadDate(fields),
            fields.Where(field => field.Key.Equals("tags", StringComparison.OrdinalIgnoreCase)).Select(field => field.Value).ToArray(),
            LanguageDetector.Detect(text));
        return new PreparedText(original, text, starts, ends, SentenceSplitter.Split(text), metadata, fields);
    }

    private static bool IsMarkdown(string original, string? mediaType, bool hasFrontMatter)
    {
        if (mediaType is not null)
        {
            return mediaType.Contains("markdown", StringComparison.OrdinalIgnoreCase);
        }
        return hasFrontMatter || MarkupBlanker.LooksLikeMarkdown(original);
    }

    /// <summary>
    /// The front-matter title, unless the first heading spells the same title more faithfully (blog exports often store
    /// a slug such as "微软-AI-CEO" in front matter); without either, a short first line that does not read as a sentence.
    /// </summary>
    private static string? Title(IReadOnlyList<MetadataField> fields, string body)
    {
        var declared = fields.FirstOrDefault(field => field.Key.Equals("title", StringComparison.OrdinalIgnoreCase))?.Value?.Trim();
        var heading = FirstHeadingPattern().Match(body) is { Success: true } match
            ? match.Groups["title"].Value.Replace("**", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('#').Trim()
            : null;
        if (!string.IsNullOrEmpty(declared))
        {
            return !string.IsNullOrEmpty(heading) && LettersOf(heading) == LettersOf(declared) ? heading : declared;
        }
        if (!string.IsNullOrEmpty(heading))
        {
            return heading;
        }
        var firstLine = body.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Length > 0);
        return firstLine is { Length: <= 120 } && !".。!！?？;；:：,，".Contains(firstLine[^1]) ? firstLine : null;
    }

    private static string LettersOf(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    [GeneratedRegex(@"^ {0,3}# +(?<title>[^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex FirstHeadingPattern();
}
