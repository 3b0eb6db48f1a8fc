using Microsoft.Extensions.Configuration;
namespace Platform.AppHost;

internal static class ResourceBuilderExtensions
{
    /// <summary>
    /// The port the service's gRPC endpoint (the front door's "http" one) is reached on: <c>Platform:Ports:&lt;name&gt;</c>
    /// (<c>--Platform:Ports:documents=7201</c>, <c>Platform__Ports__documents=7201</c>), else the documented default.
    /// The endpoint itself ("grpc", HTTP/2 only) is declared in the service's appsettings.json. With
    /// <c>Platform:DirectEndpoints=true</c> the service binds that port itself instead of behind the development proxy
    /// (as in a deployment; the load harness measures it so).
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGrpcPort(
        this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder, int defaultPort, string endpointName = "grpc")
    {
        var port = builder.Configuration.GetValue($"Platform:Ports:{project.Resource.Name}", defaultPort);
        var direct = builder.Configuration.GetValue("Platform:DirectEndpoints", false);
        project.WithEndpoint(endpointName, endpoint =>
        {
            endpoint.Port = port;
            endpoint.IsProxied = !direct;
        });

        // Publishing gives web projects an "https" binding by default; no service has a TLS endpoint, so none is published.
        if (builder.ExecutionContext.IsPublishMode)
        {
            foreach (var https in project.Resource.Annotations.OfType<EndpointAnnotation>().Where(e => e.Name == "https").ToList())
            {
                project.Resource.Annotations.Remove(https);
            }
        }
        return project;
    }
}
