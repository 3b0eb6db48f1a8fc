using Grpc.Health.V1;
using Platform.Documents.V1;
using Platform.Query.Queries;
using Platform.Query.V1;
using Platform.Storage;
using static Platform.LoadHarness.Ceilings.PgbenchCeiling;

namespace Platform.LoadHarness.Reads;

/// <summary>Every read RPC of the query and document services, and the health check each is compared with.</summary>
internal static class ReadScenarios
{
    public static ReadScenario HealthCheck(string service) =>
        new($"Health/Check ({service})", service, async (invoker, _) => await new Health.HealthClient(invoker).CheckAsync(new HealthCheckRequest()));

    public static IReadOnlyList<ReadScenario> All(ReadKeys keys) =>
    [
        new("GetEntity by name", "query",
            async (invoker, random) => await Query(invoker).GetEntityAsync(new GetEntityRequest { Name = keys.AnyName(random) }),
            random => WithLiterals(ReadStatements.EntityByName, NameKey.Normalize(keys.AnyName(random)))),
        new("GetEntity by id", "query",
            async (invoker, random) => await Query(invoker).GetEntityAsync(new GetEntityRequest { EntityId = keys.AnyEntityId(random) }),
            random => WithLiterals(ReadStatements.EntityById, keys.AnyEntityId(random))),
        new("SearchEntities", "query", async (invoker, random) =>
            await Query(invoker).SearchEntitiesAsync(new SearchEntitiesRequest { Query = keys.AnySearchQuery(random) })),
        new("ListMentions (50)", "query",
            async (invoker, random) => await Query(invoker).ListMentionsAsync(new ListMentionsRequest { EntityId = keys.AnyEntityId(random), PageSize = 50 }),
            random => WithLiterals(ReadStatements.MentionPage, keys.AnyEntityId(random), 0L, null, null, null, 51)),
        new("GetRelatedEntities", "query",
            async (invoker, random) => await Query(invoker).GetRelatedEntitiesAsync(new GetRelatedEntitiesRequest { EntityId = keys.AnyEntityId(random) }),
            random => WithLiterals(ReadStatements.RelatedEntities, keys.AnyEntityId(random), PageLimits.DefaultRelatedLimit, EdgeEvidenceQuery.CandidatesPerEdge)),
        new("ListDocumentEntities", "query", async (invoker, random) =>
            await Query(invoker).ListDocumentEntitiesAsync(new ListDocumentEntitiesRequest { DocumentId = keys.AnyDocumentId(random) })),
        new("GetDocument", "documents", async (invoker, random) =>
            await Documents(invoker).GetDocumentAsync(new GetDocumentRequest { DocumentId = keys.AnyDocumentId(random) })),
        new("ListDocuments (20)", "documents", async (invoker, _) =>
            await Documents(invoker).ListDocumentsAsync(new ListDocumentsRequest())),
    ];

    private static QueryService.QueryServiceClient Query(Grpc.Core.CallInvoker invoker) => new(invoker);

    private static DocumentService.DocumentServiceClient Documents(Grpc.Core.CallInvoker invoker) => new(invoker);
}
