using Yarp.ReverseProxy.Configuration;

namespace Platform.FrontDoor;

/// <summary>
/// Which service answers which part of <c>/v1/</c>: the routes the protos declare (<c>google.api.http</c>), grouped
/// by the service that serves them, and each service's OpenAPI document under <c>/openapi/&lt;service&gt;.json</c>.
/// The services are found by name through service discovery (their HTTP/1.1 "http" endpoint).
/// </summary>
internal static class ApiRoutes
{
    public const string Documents = "documents", Query = "query", Extraction = "extraction";

    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        // Most specific first: a document's entities are the query service's, the rest of /v1/documents is not.
        Route("document-entities", Query, "/v1/documents/{documentId}/entities", order: 0),
        Route("documents", Documents, "/v1/documents/{**rest}", order: 1),
        Route("entities", Query, "/v1/entities/{**rest}", order: 1),
        Route("entities-verbs", Query, "/v1/entities:{verb}", order: 1),
        Route("paths-verbs", Query, "/v1/paths:{verb}", order: 1),
        Route("text", Extraction, "/v1/text:{verb}", order: 1),
        OpenApi(Documents),
        OpenApi(Query),
        OpenApi(Extraction),
    ];

    public static IReadOnlyList<ClusterConfig> Clusters { get; } =
        [Cluster(Documents), Cluster(Query), Cluster(Extraction)];

    private static RouteConfig Route(string id, string service, string path, int order) => new()
    {
        RouteId = id,
        ClusterId = service,
        Order = order,
        Match = new RouteMatch { Path = path },
    };

    private static RouteConfig OpenApi(string service) => new()
    {
        RouteId = $"openapi-{service}",
        ClusterId = service,
        Match = new RouteMatch { Path = $"/openapi/{service}.json" },
        Transforms = [new Dictionary<string, string> { ["PathSet"] = "/openapi/v1.json" }],
    };

    private static ClusterConfig Cluster(string service) => new()
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"http://_http.{service}" },
        },
    };
}
