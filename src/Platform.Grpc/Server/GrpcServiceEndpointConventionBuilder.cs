namespace Microsoft.AspNetCore.Builder;

/// <summary>Applies endpoint conventions (authorization, metadata…) to every method endpoint of one gRPC service.</summary>
public sealed class GrpcServiceEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IReadOnlyList<IEndpointConventionBuilder> methodEndpoints;

    internal GrpcServiceEndpointConventionBuilder(IReadOnlyList<IEndpointConventionBuilder> methodEndpoints) =>
        this.methodEndpoints = methodEndpoints;

    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var endpoint in methodEndpoints) endpoint.Add(convention);
    }
}
