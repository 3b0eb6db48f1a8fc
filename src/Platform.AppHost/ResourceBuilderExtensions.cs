using Microsoft.Extensions.Configuration;
namespace Platform.AppHost;

internal static class ResourceBuilderExtensions
{
    /// <summary>
    /// The port the service's gRPC endpoint is reached on: <c>Platform:Ports:&lt;name&gt;</c>
    /// (<c>--Platform:Ports:documents=7201</c>, <c>Platform__Ports__documents=7201</c>), else the documented default.
    /// The endpoint itself ("grpc", HTTP/2 only) is declared in the service's appsettings.json.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithGrpcPort(
        this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder, int defaultPort)
    {
        var port = builder.Configuration.GetValue($"Platform:Ports:{project.Resource.Name}", defaultPort);
        return project.WithEndpoint("grpc", endpoint => endpoint.Port = port);
    }
}
