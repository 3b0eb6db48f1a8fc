using Platform.Extraction.Engine;
using Platform.Storage;
using Platform.Storage.Entities;

namespace Platform.Extraction.Curations;

/// <summary>
/// Applies the operators' corrections to what the engine found in one document, oldest first, so that a chain of them
/// (A merged into B, then B into C) lands where the last one says. A correction naming an entity the document does not
/// mention changes nothing.
/// </summary>
internal static class CurationRules
{
    public static ExtractionResult Apply(ExtractionResult result, IReadOnlyList<CurationRule> rules)
    {
        foreach (var rule in rules)
        {
            if (result.Entities.Any(e => e.Id == rule.EntityId))
            {
                result = rule.Action switch
                {
                    CurationAction.Merge => Merge(result, rule),
                    CurationAction.Split => Split(result, rule),
                    CurationAction.Rename => Rename(result, rule),
                    CurationAction.Block => Block(result, rule),
                    _ => result,
                };
            }
        }
        return result;
    }

    private static ExtractionResult Merge(ExtractionResult result, CurationRule rule)
    {
        var source = result.Entities.Single(e => e.Id == rule.EntityId);
        var targetId = rule.TargetEntityId!;
        var reason = $"merged with \"{source.Name}\" by {rule.Actor}: {rule.Reason}";
        var target = result.Entities.FirstOrDefault(e => e.Id == targetId) is { } present
            ? present with
            {
                Aliases = Union(present.Aliases, NamesOf(source)),
                SurfaceForms = Union(present.SurfaceForms, source.SurfaceForms),
                MentionCount = present.MentionCount + source.MentionCount,
                Salience = Math.Max(present.Salience, source.Salience),
                MergeReasons = Union(present.MergeReasons, [.. source.MergeReasons, reason]),
            }
            // Facts left null keep their stored values: the writer never overwrites them with null.
            : source with
            {
                Id = targetId,
                Name = rule.TargetName!,
                NameZh = null,
                Type = (EntityType)(int)rule.TargetType!.Value,
                Aliases = NamesOf(source),
                WikidataId = null,
                Description = null,
                MergeReasons = [.. source.MergeReasons, reason],
            };

        string Id(string id) => id == source.Id ? targetId : id;
        return result with
        {
            Entities = result.Entities.Where(e => e.Id != source.Id && e.Id != targetId).Append(target).ToList(),
            Mentions = result.Mentions.Select(m => m.EntityId == source.Id ? m with { EntityId = targetId, Type = target.Type } : m).ToList(),
            Relations = result.Relations
                .Select(r => r with { SubjectId = Id(r.SubjectId), ObjectId = Id(r.ObjectId) })
                .Where(r => r.SubjectId != r.ObjectId)
                .GroupBy(r => (r.SubjectId, r.Predicate, r.ObjectId, r.EvidenceStart))
                .Select(g => g.MaxBy(r => r.Confidence)!)
                .ToList(),
        };
    }

    private static ExtractionResult Rename(ExtractionResult result, CurationRule rule) => result with
    {
        Entities = result.Entities.Select(e => e.Id == rule.EntityId
            ? e with { Name = rule.Name!, Aliases = Union(e.Aliases, [e.Name]) }
            : e).ToList(),
    };

    private static ExtractionResult Block(ExtractionResult result, CurationRule rule)
    {
        var key = rule.NormalizedAlias!;
        var kept = result.Mentions.Where(m => !(m.EntityId == rule.EntityId && NameKey.Normalize(m.Text) == key)).ToList();
        var remaining = kept.Count(m => m.EntityId == rule.EntityId);
        if (remaining == 0)
        {
            return Without(result with { Mentions = kept }, rule.EntityId);
        }
        return result with
        {
            Mentions = kept,
            Entities = result.Entities.Select(e => e.Id == rule.EntityId ? WithoutAlias(e, rule) with { MentionCount = remaining } : e).ToList(),
        };
    }

    /// <summary>
    /// The mentions written as the alias go to the new entity; so does a relation whose evidence holds one of them and
    /// no other mention of the entity split.
    /// </summary>
    private static ExtractionResult Split(ExtractionResult result, CurationRule rule)
    {
        var key = rule.NormalizedAlias!;
        var entity = result.Entities.Single(e => e.Id == rule.EntityId);
        var newId = rule.TargetEntityId!;
        bool Moves(ExtractedMention m) => m.EntityId == entity.Id && NameKey.Normalize(m.Text) == key;
        var moved = result.Mentions.Where(Moves).ToList();
        if (moved.Count == 0)
        {
            return result;
        }
        var stays = result.Mentions.Where(m => m.EntityId == entity.Id && !Moves(m)).ToList();
        var split = new ExtractedEntity(newId, rule.Name!, null, (EntityType)(int)rule.TargetType!.Value, [],
            moved.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList(), null, null, moved.Count, entity.Salience,
            [$"split off \"{entity.Name}\" by {rule.Actor}: {rule.Reason}"]);

        bool Within(ExtractedMention m, ExtractedRelation r) => m.Start >= r.EvidenceStart && m.End <= r.EvidenceEnd;
        string Id(string id, ExtractedRelation r) =>
            id == entity.Id && (stays.Count == 0 || (moved.Any(m => Within(m, r)) && !stays.Any(m => Within(m, r)))) ? newId : id;
        var relations = result.Relations
            .Select(r => r with { SubjectId = Id(r.SubjectId, r), ObjectId = Id(r.ObjectId, r) })
            .Where(r => r.SubjectId != r.ObjectId)
            .ToList();
        var mentions = result.Mentions.Select(m => Moves(m) ? m with { EntityId = newId, Type = split.Type } : m).ToList();
        var entities = result.Entities
            .Where(e => e.Id != newId && !(e.Id == entity.Id && stays.Count == 0))
            .Select(e => e.Id == entity.Id ? WithoutAlias(e, rule) with { MentionCount = stays.Count } : e)
            .Append(split)
            .ToList();
        return result with { Entities = entities, Mentions = mentions, Relations = relations };
    }

    /// <summary>The entity without the alias among its names; named by its stored name when the engine named it by the alias.</summary>
    private static ExtractedEntity WithoutAlias(ExtractedEntity entity, CurationRule rule)
    {
        var key = rule.NormalizedAlias!;
        bool Other(string? name) => name is not null && NameKey.Normalize(name) != key;
        return entity with
        {
            Name = Other(entity.Name) ? entity.Name : rule.EntityName,
            NameZh = Other(entity.NameZh) ? entity.NameZh : null,
            Aliases = entity.Aliases.Where(Other).ToList(),
            SurfaceForms = entity.SurfaceForms.Where(Other).ToList(),
        };
    }

    private static ExtractionResult Without(ExtractionResult result, string entityId) => result with
    {
        Entities = result.Entities.Where(e => e.Id != entityId).ToList(),
        Mentions = result.Mentions.Where(m => m.EntityId != entityId).ToList(),
        Relations = result.Relations.Where(r => r.SubjectId != entityId && r.ObjectId != entityId).ToList(),
    };

    private static string[] NamesOf(ExtractedEntity entity) =>
        [.. new[] { entity.Name, entity.NameZh }.OfType<string>(), .. entity.Aliases];

    private static List<string> Union(IEnumerable<string> first, IEnumerable<string> second) =>
        first.Concat(second).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
}
