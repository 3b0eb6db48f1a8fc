using Platform.Extraction.Engine.Text;

namespace Platform.Extraction.Engine.KnowledgeBase;

/// <summary>
/// The dictionary-only engine: prepares the text, finds curated KB names, groups them into entities and links
/// entities named in the same sentence (with the KB's own product_of/part_of links where the sentence names both).
/// Tags in front matter are matched too, their mentions pointing into the front matter.
/// </summary>
public sealed class KnowledgeBaseExtractor(KnowledgeBaseMatcher matcher) : IEntityExtractor
{
    private static readonly string[] MetadataKeysToSearch = ["tags"];

    public KnowledgeBaseExtractor()
        : this(KnowledgeBaseMatcher.Default)
    {
    }

    public ExtractionResult Extract(string text, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prepared = TextPreparer.Prepare(text, options?.MediaType);
        var mentions = new List<ExtractedMention>();
        foreach (var match in matcher.Match(prepared.Text))
        {
            var span = prepared.ToOriginal(new TextSpan(match.Start, match.End));
            var sentence = prepared.ToOriginal(prepared.SentenceAt(match.Start));
            mentions.Add(new ExtractedMention(
                span.Start, span.End, text[span.Start..span.End], match.Entry.Id, match.Entry.Type,
                Confidence(match), sentence.Start, sentence.End));
        }
        foreach (var field in prepared.FrontMatter.Where(field => MetadataKeysToSearch.Contains(field.Key, StringComparer.OrdinalIgnoreCase)))
        {
            var normalized = TextPreparer.Prepare(text[field.Start..field.End], "text/plain");
            foreach (var match in matcher.Match(normalized.Text))
            {
                var span = normalized.ToOriginal(new TextSpan(match.Start, match.End));
                mentions.Add(new ExtractedMention(
                    field.Start + span.Start, field.Start + span.End, text[(field.Start + span.Start)..(field.Start + span.End)],
                    match.Entry.Id, match.Entry.Type, Confidence(match) * 0.9, field.Start, field.End));
            }
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));

        var metadata = prepared.Metadata with { Language = options?.LanguageHint ?? prepared.Metadata.Language };
        var entities = BuildEntities(mentions, text.Length);
        return new ExtractionResult(mentions, entities, BuildRelations(mentions, text), metadata);
    }

    private static double Confidence(KnowledgeBaseMatch match) =>
        match.IsAmbiguous ? 0.5 : match.Alias.Policy switch
        {
            AliasPolicy.Always => 0.95,
            AliasPolicy.CaseSensitive => 0.9,
            _ => 0.8,
        };

    private List<ExtractedEntity> BuildEntities(List<ExtractedMention> mentions, int textLength)
    {
        var groups = mentions.GroupBy(mention => mention.EntityId).ToList();
        var maxCount = groups.Count == 0 ? 1 : groups.Max(group => group.Count());
        var entities = new List<ExtractedEntity>(groups.Count);
        foreach (var group in groups)
        {
            var entry = matcher.KnowledgeBase.Find(group.Key)!;
            var count = group.Count();
            var firstPosition = textLength == 0 ? 0 : (double)group.Min(mention => mention.Start) / textLength;
            var salience = Math.Round((0.8 * count / maxCount) + (0.2 * (1 - firstPosition)), 3);
            entities.Add(new ExtractedEntity(
                entry.Id,
                entry.Name,
                entry.NameZh,
                entry.Type,
                entry.Aliases.Select(alias => alias.Text).ToArray(),
                group.Select(mention => mention.Text).Distinct(StringComparer.Ordinal).ToArray(),
                entry.WikidataId,
                entry.Description,
                count,
                salience,
                ["knowledge-base"]));
        }
        return entities.OrderByDescending(entity => entity.Salience).ThenBy(entity => entity.Id, StringComparer.Ordinal).ToList();
    }

    private List<ExtractedRelation> BuildRelations(List<ExtractedMention> mentions, string text)
    {
        var relations = new Dictionary<(string, string, string), ExtractedRelation>();
        foreach (var sentence in mentions.GroupBy(mention => (mention.SentenceStart, mention.SentenceEnd)))
        {
            var ids = sentence.Select(mention => mention.EntityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (var a = 0; a < ids.Length; a++)
            {
                for (var b = a + 1; b < ids.Length; b++)
                {
                    var (subject, predicate, obj) = Link(ids[a], ids[b]);
                    var key = (subject, predicate, obj);
                    var start = sentence.Key.SentenceStart;
                    var end = sentence.Key.SentenceEnd;
                    if (relations.TryGetValue(key, out var existing))
                    {
                        relations[key] = existing with { Confidence = Math.Min(0.95, existing.Confidence + 0.1) };
                        continue;
                    }
                    relations[key] = new ExtractedRelation(subject, predicate, obj, text[start..end], start, end, predicate == "co_occurrence" ? 0.3 : 0.7);
                }
            }
        }
        return relations.Values.ToList();
    }

    private (string Subject, string Predicate, string Object) Link(string first, string second)
    {
        var kb = matcher.KnowledgeBase;
        foreach (var (subject, obj) in new[] { (first, second), (second, first) })
        {
            var entry = kb.Find(subject)!;
            if (entry.OwnerId == obj)
            {
                var predicate = entry.Type switch
                {
                    EntityType.Product => "product_of",
                    EntityType.Organization => "part_of",
                    EntityType.Person => "affiliated_with",
                    _ => "affiliated_with",
                };
                return (subject, predicate, obj);
            }
        }
        return (first, "co_occurrence", second);
    }
}
