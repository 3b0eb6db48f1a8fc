using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>
/// Reads the curated KB format: one JSON object per line,
/// <c>{"id","type","name","zh","aliases":[],"case_sensitive":[],"contextual":[],"context":[],"ambiguous":[],"owner","qid","description","generic"}</c>.
/// Blank lines and lines starting with <c>//</c> are skipped.
/// </summary>
public static class KnowledgeBaseJsonLines
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    public static IEnumerable<KnowledgeBaseEntry> Parse(IEnumerable<string> lines, string source)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            EntryLine? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<EntryLine>(trimmed, Options);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: not a valid KB entry: {exception.Message}", exception);
            }
            if (parsed is null)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: empty KB entry.");
            }
            yield return ToEntry(parsed, $"{source}:{lineNumber}");
        }
    }

    private static KnowledgeBaseEntry ToEntry(EntryLine line, string where)
    {
        if (string.IsNullOrWhiteSpace(line.Id) || string.IsNullOrWhiteSpace(line.Name))
        {
            throw new InvalidDataException($"{where}: every KB entry needs an id and a name.");
        }
        if (!TryParseType(line.Type, out var type))
        {
            throw new InvalidDataException($"{where}: entry '{line.Id}' has unknown type '{line.Type}'.");
        }

        var caseSensitive = new HashSet<string>(line.CaseSensitive ?? [], StringComparer.Ordinal);
        var contextual = new HashSet<string>(line.Contextual ?? [], StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(line.Ambiguous ?? [], StringComparer.Ordinal);
        var aliases = new List<KnowledgeBaseAlias>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Add(string? text, AliasPolicy policy)
        {
            if (string.IsNullOrWhiteSpace(text) || !seen.Add(text))
            {
                return;
            }
            aliases.Add(new KnowledgeBaseAlias(text, policy, ambiguous.Contains(text)));
        }

        foreach (var text in contextual)
        {
            Add(text, AliasPolicy.NeedsContext);
        }
        foreach (var text in caseSensitive)
        {
            Add(text, AliasPolicy.CaseSensitive);
        }
        foreach (var text in new[] { line.Name, line.Zh }.Concat(line.Aliases ?? []))
        {
            Add(text, IsShortAcronym(text) ? AliasPolicy.CaseSensitive : AliasPolicy.Always);
        }

        return new KnowledgeBaseEntry(
            line.Id,
            line.Name,
            string.IsNullOrWhiteSpace(line.Zh) ? null : line.Zh,
            type,
            aliases,
            string.IsNullOrWhiteSpace(line.Qid) ? null : line.Qid,
            string.IsNullOrWhiteSpace(line.Description) ? null : line.Description,
            string.IsNullOrWhiteSpace(line.Owner) ? null : line.Owner,
            (line.Context ?? []).Concat(string.IsNullOrWhiteSpace(line.Owner) ? [] : [line.Owner]).Distinct(StringComparer.Ordinal).ToArray(),
            line.Generic ?? false);
    }

    // "US", "UN", "AI", "MIT": lower-case spellings are ordinary words far more often than names.
    private static bool IsShortAcronym(string? text)
    {
        if (text is null)
        {
            return false;
        }
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c) || !char.IsAscii(c))
            {
                return false;
            }
            if (char.IsAsciiLetterUpper(c))
            {
                letters++;
            }
        }
        return letters is > 0 and <= 3 && text.Length <= 4;
    }

    public static bool TryParseType(string? text, out EntityType type)
    {
        type = (text ?? string.Empty).ToUpperInvariant() switch
        {
            "PERSON" => EntityType.Person,
            "ORGANIZATION" => EntityType.Organization,
            "PRODUCT" => EntityType.Product,
            "LOCATION" => EntityType.Location,
            "EVENT" => EntityType.Event,
            "WORK" => EntityType.Work,
            "CONCEPT" => EntityType.Concept,
            _ => 0,
        };
        return type != 0;
    }

    private sealed class EntryLine
    {
        [JsonPropertyName("id")] public string? Id { get; set; }
        [JsonPropertyName("type")] public string? Type { get; set; }
        [JsonPropertyName("name")] public string? Name { get; set; }
        [JsonPropertyName("zh")] public string? Zh { get; set; }
        [JsonPropertyName("aliases")] public List<string>? Aliases { get; set; }
        [JsonPropertyName("case_sensitive")] public List<string>? CaseSensitive { get; set; }
        [JsonPropertyName("contextual")] public List<string>? Contextual { get; set; }
        [JsonPropertyName("context")] public List<string>? Context { get; set; }
        [JsonPropertyName("ambiguous")] public List<string>? Ambiguous { get; set; }
        [JsonPropertyName("owner")] public string? Owner { get; set; }
        [JsonPropertyName("qid")] public string? Qid { get; set; }
        [JsonPropertyName("description")] public string? Description { get; set; }
        [JsonPropertyName("generic")] public bool? Generic { get; set; }
    }
}
