namespace Grpc.Core.Testing;

/// <summary>A ServerCallContext for calling a service class directly in unit tests (as Grpc.Core.Testing offers).</summary>
public sealed class TestServerCallContext : ServerCallContext
{
    private readonly Func<Metadata, Task>? writeHeaders;

    private TestServerCallContext(string method, DateTime deadline, Metadata requestHeaders, CancellationToken cancellationToken,
        string peer, Func<Metadata, Task>? writeHeaders)
    {
        MethodCore = method;
        DeadlineCore = deadline;
        RequestHeadersCore = requestHeaders;
        CancellationTokenCore = cancellationToken;
        PeerCore = peer;
        this.writeHeaders = writeHeaders;
    }

    /// <summary>Response headers passed to WriteResponseHeadersAsync, if any.</summary>
    public Metadata? ResponseHeaders { get; private set; }

    public static TestServerCallContext Create(
        string method = "/test.Service/Method",
        DateTime? deadline = null,
        Metadata? requestHeaders = null,
        CancellationToken cancellationToken = default,
        string peer = "ipv4:127.0.0.1:50000",
        Func<Metadata, Task>? writeHeadersFunc = null) =>
        new(method, deadline ?? DateTime.MaxValue, requestHeaders ?? [], cancellationToken, peer, writeHeadersFunc);

    protected override string MethodCore { get; }

    protected override string HostCore => "localhost";

    protected override string PeerCore { get; }

    protected override DateTime DeadlineCore { get; }

    protected override Metadata RequestHeadersCore { get; }

    protected override CancellationToken CancellationTokenCore { get; }

    protected override Metadata ResponseTrailersCore { get; } = [];

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        if (ResponseHeaders is not null) throw new InvalidOperationException("Response headers can only be sent once per call.");
        ResponseHeaders = responseHeaders;
        return writeHeaders?.Invoke(responseHeaders) ?? Task.CompletedTask;
    }
}
