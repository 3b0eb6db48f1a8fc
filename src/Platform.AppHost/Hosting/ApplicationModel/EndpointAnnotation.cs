namespace Platform.AppHost.Hosting.ApplicationModel;

/// <summary>A network endpoint of a resource, as written to the manifest's <c>bindings</c>.</summary>
public sealed record EndpointAnnotation(string Name, int? Port, int? TargetPort, string Scheme, string Transport, string Protocol = "tcp")
{
    /// <summary>Run mode binds loopback only: the services are a developer stack, not exposed.</summary>
    public const string RunHost = "127.0.0.1";

    public string RunUrl => $"{Scheme}://{RunHost}:{Port}";
}
