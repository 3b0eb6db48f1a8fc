using Platform.Extraction.Engine;
using Platform.Storage;
using Platform.Storage.Entities;
using EngineEntityType = Platform.Extraction.Engine.EntityType;

namespace Platform.Extraction.Persistence;

/// <summary>An engine result turned into the rows to store (code point offsets, snippets, alias keys).</summary>
internal sealed record ExtractionRows(
    IReadOnlyList<KnowledgeEntity> Entities,
    IReadOnlyList<EntityAlias> Aliases,
    List<Mention> Mentions,
    List<Relation> Relations,
    List<DocumentEntity> DocumentEntities,
    int DroppedMentions,
    int DroppedRelations)
{
    public static ExtractionRows Build(Guid documentId, string content, ExtractionResult result, int maxSnippetLength)
    {
        var offsets = new TextOffsets(content);
        var entities = result.Entities
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var known = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        var mentions = result.Mentions
            .Where(m => known.Contains(m.EntityId))
            .OrderBy(m => m.Start)
            .Select(m => new Mention
            {
                DocumentId = documentId,
                EntityId = m.EntityId,
                Start = offsets.ToCodePoint(m.Start),
                End = offsets.ToCodePoint(m.End),
                Text = m.Text,
                Snippet = Snippet(content, m, maxSnippetLength),
                Confidence = m.Confidence,
            })
            .ToList();
        var relations = result.Relations
            .Where(r => known.Contains(r.SubjectId) && known.Contains(r.ObjectId))
            .Select(r => new Relation
            {
                DocumentId = documentId,
                SubjectId = r.SubjectId,
                Predicate = r.Predicate,
                ObjectId = r.ObjectId,
                Evidence = r.Evidence,
                EvidenceStart = offsets.ToCodePoint(r.EvidenceStart),
                EvidenceEnd = offsets.ToCodePoint(r.EvidenceEnd),
                Confidence = r.Confidence,
            })
            .ToList();
        var mentionCounts = mentions.GroupBy(m => m.EntityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var documentEntities = entities
            .Select(e => new DocumentEntity
            {
                DocumentId = documentId,
                EntityId = e.Id,
                MentionCount = mentionCounts.GetValueOrDefault(e.Id),
                Salience = e.Salience,
                SurfaceForms = e.SurfaceForms.Distinct(StringComparer.Ordinal).ToList(),
                MergeReasons = e.MergeReasons.Distinct(StringComparer.Ordinal).ToList(),
            })
            .ToList();

        return new ExtractionRows(
            entities.Select(MapToEntity).ToList(),
            entities.SelectMany(AliasesOf).ToList(),
            mentions,
            relations,
            documentEntities,
            result.Mentions.Count - mentions.Count,
            result.Relations.Count - relations.Count);
    }

    private static KnowledgeEntity MapToEntity(ExtractedEntity entity) => new()
    {
        Id = entity.Id,
        Name = entity.Name,
        NameZh = string.IsNullOrEmpty(entity.NameZh) ? null : entity.NameZh,
        Type = MapToKind(entity.Type),
        Description = string.IsNullOrEmpty(entity.Description) ? null : entity.Description,
        WikidataId = string.IsNullOrEmpty(entity.WikidataId) ? null : entity.WikidataId,
    };

    /// <summary>Aliases = the entity's name(s) and aliases ∪ the surface forms of this text, one per look-up key.</summary>
    private static IEnumerable<EntityAlias> AliasesOf(ExtractedEntity entity) =>
        new[] { entity.Name, entity.NameZh }
            .Concat(entity.Aliases)
            .Concat(entity.SurfaceForms)
            .Where(alias => !string.IsNullOrWhiteSpace(alias))
            .Select(alias => new EntityAlias { EntityId = entity.Id, Alias = alias!.Trim(), NormalizedAlias = NameKey.Normalize(alias!) })
            .Where(alias => alias.NormalizedAlias.Length > 0)
            .DistinctBy(alias => alias.NormalizedAlias, StringComparer.Ordinal);

    private static EntityKind MapToKind(EngineEntityType type) => type switch
    {
        EngineEntityType.Person => EntityKind.Person,
        EngineEntityType.Organization => EntityKind.Organization,
        EngineEntityType.Product => EntityKind.Product,
        EngineEntityType.Location => EntityKind.Location,
        EngineEntityType.Event => EntityKind.Event,
        EngineEntityType.Work => EntityKind.Work,
        _ => EntityKind.Concept,
    };

    /// <summary>The sentence holding the mention; a window around the mention when the sentence is very long.</summary>
    private static string Snippet(string content, ExtractedMention mention, int maxLength)
    {
        var start = Math.Clamp(mention.SentenceStart, 0, content.Length);
        var end = Math.Clamp(mention.SentenceEnd, start, content.Length);
        if (end <= start || mention.Start < start || mention.End > end)
        {
            (start, end) = (Math.Clamp(mention.Start, 0, content.Length), Math.Clamp(mention.End, 0, content.Length));
        }
        if (end - start > maxLength)
        {
            var half = Math.Max((maxLength - (mention.End - mention.Start)) / 2, 0);
            start = Math.Max(start, mention.Start - half);
            end = Math.Min(end, Math.Max(mention.End + half, start + maxLength));
            // Never cut a surrogate pair in half.
            if (start > 0 && char.IsLowSurrogate(content[start]))
            {
                start--;
            }
            if (end < content.Length && char.IsLowSurrogate(content[end]))
            {
                end++;
            }
        }
        return content[start..end].Trim();
    }
}
