namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>A .NET project the AppHost builds and runs as a process, and publishes as <c>project.v0</c>.</summary>
public sealed class ProjectResource(string name, string projectPath) : IResource
{
    public string Name { get; } = name;

    /// <summary>Absolute path of the .csproj.</summary>
    public string ProjectPath { get; } = projectPath;

    public List<EndpointAnnotation> Endpoints { get; } = [];

    /// <summary>Environment passed to the process, in the order it was declared.</summary>
    public List<KeyValuePair<string, ReferenceExpression>> Environment { get; } = [];

    /// <summary>Resources that must be ready (started and healthy) before this one starts.</summary>
    public List<IResource> WaitsFor { get; } = [];

    public EndpointAnnotation GetEndpoint(string endpointName) =>
        Endpoints.FirstOrDefault(e => e.Name == endpointName)
        ?? throw new InvalidOperationException($"Resource '{Name}' has no endpoint named '{endpointName}'.");
}
