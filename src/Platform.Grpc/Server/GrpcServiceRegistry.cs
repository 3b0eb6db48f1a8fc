using System.Reflection;
using Google.Protobuf.Reflection;

namespace Platform.Grpc.Server;

/// <summary>A generated gRPC service that was mapped to an endpoint.</summary>
/// <param name="Name">Full service name, e.g. <c>platform.documents.v1.DocumentService</c>.</param>
/// <param name="Descriptor">The proto descriptor from the generated static class, when it has one.</param>
public sealed record MappedGrpcService(string Name, Type ImplementationType, ServiceDescriptor? Descriptor);

/// <summary>Every service mapped with MapGrpcService; feeds reflection and health.</summary>
public sealed class GrpcServiceRegistry
{
    private readonly List<MappedGrpcService> services = [];
    private readonly Lock sync = new();

    public IReadOnlyList<MappedGrpcService> Services
    {
        get { lock (sync) return services.ToArray(); }
    }

    internal bool UnimplementedRoutesMapped { get; set; }

    internal void Add(string name, Type implementationType, Type bindType)
    {
        var descriptor = bindType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor;
        lock (sync)
        {
            if (services.Any(s => s.Name == name))
                throw new InvalidOperationException($"gRPC service {name} is mapped twice.");
            services.Add(new MappedGrpcService(name, implementationType, descriptor));
        }
    }
}
