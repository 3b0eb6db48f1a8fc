using Platform.Extraction.Engine;
using Platform.Extraction.V1;
using EngineEntityType = Platform.Extraction.Engine.EntityType;
using ProtoEntityType = Platform.Extraction.V1.EntityType;

namespace Platform.Extraction.Mapping;

/// <summary>Engine results to API messages; UTF-16 offsets become code point offsets.</summary>
internal static class ResponseMapper
{
    public static ExtractResponse MapToResponse(ExtractionResult result, TextOffsets offsets)
    {
        var response = new ExtractResponse
        {
            Language = result.Metadata.Language,
            Title = result.Metadata.Title ?? "",
        };
        response.Mentions.AddRange(OrderedMentions(result).Select(m => MapToMention(m, offsets)));
        response.Entities.AddRange(result.Entities.Select(MapToEntity));
        response.Relations.AddRange(result.Relations.Select(r => MapToRelation(r, offsets)));
        return response;
    }

    public static IEnumerable<ExtractedMention> OrderedMentions(ExtractionResult result) =>
        result.Mentions.OrderBy(m => m.Start).ThenBy(m => m.End);

    public static Mention MapToMention(ExtractedMention mention, TextOffsets offsets) => new()
    {
        Text = mention.Text,
        Start = offsets.ToCodePoint(mention.Start),
        End = offsets.ToCodePoint(mention.End),
        Type = MapToType(mention.Type),
        EntityId = mention.EntityId,
        Confidence = mention.Confidence,
    };

    public static ProtoEntityType MapToType(EngineEntityType type) => type switch
    {
        EngineEntityType.Person => ProtoEntityType.Person,
        EngineEntityType.Organization => ProtoEntityType.Organization,
        EngineEntityType.Product => ProtoEntityType.Product,
        EngineEntityType.Location => ProtoEntityType.Location,
        EngineEntityType.Event => ProtoEntityType.Event,
        EngineEntityType.Work => ProtoEntityType.Work,
        EngineEntityType.Concept => ProtoEntityType.Concept,
        _ => ProtoEntityType.Unspecified,
    };

    private static Entity MapToEntity(ExtractedEntity entity)
    {
        var mapped = new Entity
        {
            EntityId = entity.Id,
            Name = entity.Name,
            Type = MapToType(entity.Type),
            Description = entity.Description ?? "",
            WikidataId = entity.WikidataId ?? "",
            MentionCount = entity.MentionCount,
            Salience = entity.Salience,
            NameZh = entity.NameZh ?? "",
        };
        mapped.Aliases.AddRange(entity.Aliases);
        mapped.SurfaceForms.AddRange(entity.SurfaceForms);
        mapped.MergeReasons.AddRange(entity.MergeReasons);
        return mapped;
    }

    private static Relation MapToRelation(ExtractedRelation relation, TextOffsets offsets) => new()
    {
        SubjectEntityId = relation.SubjectId,
        Predicate = relation.Predicate,
        ObjectEntityId = relation.ObjectId,
        Evidence = relation.Evidence,
        EvidenceStart = offsets.ToCodePoint(relation.EvidenceStart),
        EvidenceEnd = offsets.ToCodePoint(relation.EvidenceEnd),
        Confidence = relation.Confidence,
    };
}
