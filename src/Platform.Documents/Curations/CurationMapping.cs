using Google.Protobuf.WellKnownTypes;
using Platform.Curation.V1;
using Platform.Storage.Entities;
using ApiCuration = Platform.Curation.V1.Curation;
using StoredCuration = Platform.Storage.Entities.Curation;

namespace Platform.Documents.Curations;

internal static class CurationMapping
{
    public static ApiCuration ToApi(StoredCuration curation, int documentsPending) => new()
    {
        CurationId = curation.Id,
        Action = curation.Action switch
        {
            Storage.Entities.CurationAction.Merge => Curation.V1.CurationAction.Merge,
            Storage.Entities.CurationAction.Split => Curation.V1.CurationAction.Split,
            Storage.Entities.CurationAction.Rename => Curation.V1.CurationAction.Rename,
            Storage.Entities.CurationAction.Block => Curation.V1.CurationAction.Block,
            _ => Curation.V1.CurationAction.Unspecified,
        },
        EntityId = curation.EntityId,
        TargetEntityId = curation.TargetEntityId ?? "",
        Alias = curation.Alias ?? "",
        Name = curation.Name ?? "",
        PreviousName = curation.PreviousName ?? "",
        Actor = curation.Actor,
        Reason = curation.Reason,
        CreatedAt = Timestamp.FromDateTimeOffset(curation.CreatedAt),
        UndoneAt = curation.UndoneAt is { } undone ? Timestamp.FromDateTimeOffset(undone) : null,
        UndoneBy = curation.UndoneBy ?? "",
        UndoReason = curation.UndoReason ?? "",
        DocumentsQueued = curation.DocumentIds.Count,
        DocumentsPending = documentsPending,
    };
}
