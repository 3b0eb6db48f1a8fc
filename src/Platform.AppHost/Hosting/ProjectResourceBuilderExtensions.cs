using Platform.AppHost.Hosting.ApplicationModel;

namespace Platform.AppHost.Hosting;

public static class ProjectResourceBuilderExtensions
{
    /// <summary>Adds a .NET project; <paramref name="projectPath"/> is relative to the AppHost project's folder.</summary>
    public static IResourceBuilder<ProjectResource> AddProject(this DistributedApplicationBuilder builder, string name, string projectPath)
    {
        var fullPath = Path.GetFullPath(Path.Combine(builder.Paths.AppHostDirectory, projectPath));
        return builder.AddResource(new ProjectResource(name, fullPath))
            .WithEnvironment("OTEL_SERVICE_NAME", name);
    }

    /// <summary>
    /// A plaintext HTTP/2-only endpoint (gRPC without TLS needs an Http2-only port): sets the listen URL
    /// and Kestrel's protocol the way Aspire passes them to a project.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithHttp2Endpoint(this IResourceBuilder<ProjectResource> builder, int port, string name)
    {
        var endpoint = new EndpointAnnotation(name, port, port, Scheme: "http", Transport: "http2");
        var resource = builder.Resource;
        resource.Endpoints.Add(endpoint);
        return builder
            .WithEnvironment("ASPNETCORE_URLS", new ReferenceExpression(
                $"http://+:{{{resource.Name}.bindings.{name}.targetPort}}", () => endpoint.RunUrl))
            .WithEnvironment("Kestrel__EndpointDefaults__Protocols", "Http2");
    }

    /// <summary>Passes the connection string as <c>ConnectionStrings__{name}</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResourceWithConnectionString> source) =>
        builder.WithEnvironment(
            $"ConnectionStrings__{source.Resource.Name}",
            new ReferenceExpression($"{{{source.Resource.Name}.connectionString}}", source.Resource.ConnectionStringExpression.Resolve));

    /// <summary>Passes every endpoint of another project as <c>services__{name}__{endpoint}__0</c> (service discovery by configuration).</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<ProjectResource> source)
    {
        foreach (var endpoint in source.Resource.Endpoints)
        {
            builder.WithEnvironment(
                $"services__{source.Resource.Name}__{endpoint.Name}__0",
                new ReferenceExpression($"{{{source.Resource.Name}.bindings.{endpoint.Name}.url}}", () => endpoint.RunUrl));
        }

        return builder;
    }

    /// <summary>Starts this project only after <paramref name="dependency"/> is running and healthy.</summary>
    public static IResourceBuilder<ProjectResource> WaitFor(this IResourceBuilder<ProjectResource> builder, IResourceBuilder<IResource> dependency)
    {
        builder.Resource.WaitsFor.Add(dependency.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, string value) =>
        builder.WithEnvironment(name, ReferenceExpression.Literal(value));

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder, string name, ReferenceExpression value)
    {
        var environment = builder.Resource.Environment;
        environment.RemoveAll(e => e.Key == name);
        environment.Add(new KeyValuePair<string, ReferenceExpression>(name, value));
        return builder;
    }
}
