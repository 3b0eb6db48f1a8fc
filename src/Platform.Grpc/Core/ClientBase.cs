namespace Grpc.Core;

/// <summary>Base of generated clients.</summary>
public abstract class ClientBase
{
    protected ClientBase() : this(new ClientBaseConfiguration(new UnavailableCallInvoker(), null)) { }

    protected ClientBase(ChannelBase channel) : this(channel.CreateCallInvoker()) { }

    protected ClientBase(CallInvoker callInvoker) : this(new ClientBaseConfiguration(callInvoker, null)) { }

    protected ClientBase(ClientBaseConfiguration configuration) =>
        Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));

    protected CallInvoker CallInvoker => Configuration.CallInvoker;

    internal ClientBaseConfiguration Configuration { get; }

    protected internal class ClientBaseConfiguration
    {
        internal ClientBaseConfiguration(CallInvoker callInvoker, string? host)
        {
            CallInvoker = callInvoker;
            Host = host;
        }

        internal CallInvoker CallInvoker { get; }

        internal string? Host { get; }
    }

    /// <summary>For the parameterless constructor that mocking frameworks use: every call fails clearly.</summary>
    private sealed class UnavailableCallInvoker : CallInvoker
    {
        private static Exception Fail() => new InvalidOperationException("This client was created without a channel or call invoker.");

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw Fail();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw Fail();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw Fail();
    }
}

public abstract class ClientBase<T> : ClientBase where T : ClientBase<T>
{
    protected ClientBase() { }

    protected ClientBase(ChannelBase channel) : base(channel) { }

    protected ClientBase(CallInvoker callInvoker) : base(callInvoker) { }

    protected ClientBase(ClientBaseConfiguration configuration) : base(configuration) { }

    /// <summary>A client of the same type whose calls carry the given host.</summary>
    public T WithHost(string host) => NewInstance(new ClientBaseConfiguration(Configuration.CallInvoker, host));

    protected abstract T NewInstance(ClientBaseConfiguration configuration);
}
