using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Platform.FrontDoor;

/// <summary>
/// Which service answers which part of <c>/v1/</c>: the routes the protos declare (<c>google.api.http</c>), grouped
/// by the service that serves them, and each service's OpenAPI document under <c>/openapi/&lt;service&gt;.json</c>.
/// The services are found by name through service discovery (their HTTP/1.1 "http" endpoint).
/// </summary>
internal static class ApiRoutes
{
    public const string Documents = "documents", Query = "query", Extraction = "extraction";

    // A watch may wait long for its next message; the proxy's default idle limit (100 s) would cut it.
    private static readonly TimeSpan WatchIdleLimit = TimeSpan.FromHours(1);

    public static IReadOnlyList<RouteConfig> Routes { get; } =
    [
        // Most specific first: a document's entities and mentions are the query service's, the rest of /v1/documents is not.
        Route("document-entities", Query, "/v1/documents/{documentId}/entities", order: 0),
        Route("document-mentions", Query, "/v1/documents/{documentId}/mentions", order: 0),
        Route("document-watch", Watches(Documents), "/v1/documents/{documentId}:watch", order: 0),
        Route("entity-watch", Watches(Query), "/v1/entities/{entityId}:watch", order: 0),
        // Corrections of entities are the document service's (its extraction queue carries them to stored documents).
        .. new[] { "merge", "split", "rename", "block" }.Select(verb => Route($"entity-{verb}", Documents, $"/v1/entities/{{entityId}}:{verb}", order: 0)),
        Route("curations", Documents, "/v1/curations/{**rest}", order: 1),
        Route("api-keys", Documents, "/v1/apiKeys/{**rest}", order: 1),
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
        [Cluster(Documents), Cluster(Query), Cluster(Extraction), Cluster(Documents, WatchIdleLimit), Cluster(Query, WatchIdleLimit)];

    private const string WatchesSuffix = "-watches";

    private static string Watches(string service) => service + WatchesSuffix;

    /// <summary>
    /// A watch's response headers go to the client as soon as the service sends them (the watch is in place): flushed
    /// here, else they would wait for the first message, which may come much later.
    /// </summary>
    public static void SendWatchHeadersAtOnce(TransformBuilderContext context)
    {
        if (context.Route.ClusterId?.EndsWith(WatchesSuffix, StringComparison.Ordinal) == true)
        {
            context.AddResponseTransform(transform => new ValueTask(transform.HttpContext.Response.Body.FlushAsync()));
        }
    }

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

    private static ClusterConfig Cluster(string service, TimeSpan? idleLimit = null) => new()
    {
        ClusterId = idleLimit is null ? service : Watches(service),
        HttpRequest = idleLimit is null ? null : new ForwarderRequestConfig { ActivityTimeout = idleLimit },
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = $"http://_http.{service}" },
        },
    };
}
