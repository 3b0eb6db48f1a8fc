namespace Grpc.Core;

/// <summary>A service bound to one implementation instance (generated BindService(impl)); replays into any binder.</summary>
public class ServerServiceDefinition
{
    private readonly IReadOnlyList<Action<ServiceBinderBase>> addMethodActions;

    private ServerServiceDefinition(IReadOnlyList<Action<ServiceBinderBase>> addMethodActions) =>
        this.addMethodActions = addMethodActions;

    public static Builder CreateBuilder() => new();

    public void BindService(ServiceBinderBase serviceBinder)
    {
        foreach (var addMethod in addMethodActions) addMethod(serviceBinder);
    }

    public class Builder
    {
        private readonly List<Action<ServiceBinderBase>> addMethodActions = [];
        private readonly HashSet<string> names = [];

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse> handler)
            where TRequest : class where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public Builder AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse> handler)
            where TRequest : class where TResponse : class => Add(method, b => b.AddMethod(method, handler));

        public ServerServiceDefinition Build() => new(addMethodActions.ToArray());

        private Builder Add(IMethod method, Action<ServiceBinderBase> addMethod)
        {
            if (!names.Add(method.FullName)) throw new ArgumentException($"Method {method.FullName} is already added.");
            addMethodActions.Add(addMethod);
            return this;
        }
    }
}
