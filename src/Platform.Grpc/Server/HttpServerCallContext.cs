using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Server;

/// <summary>
/// One server call over one HTTP/2 stream. Every write and the final status go through one gate, so a deadline
/// can end the call with DEADLINE_EXCEEDED while the handler still runs, and late writes fail instead of corrupting the stream.
/// </summary>
internal sealed class HttpServerCallContext : ServerCallContext, IDisposable
{
    private readonly HttpContext http;
    private readonly GrpcServiceOptions options;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly CancellationTokenSource callCancellation;
    private readonly CancellationTokenSource? deadlineCancellation;
    private readonly CancellationTokenRegistration deadlineRegistration;
    private Task deadlineCompletion = Task.CompletedTask;
    private Metadata? requestHeaders;
    private bool responseStarted;

    public HttpServerCallContext(HttpContext http, IMethod method, GrpcServiceOptions options, TimeSpan? timeout)
    {
        this.http = http;
        this.options = options;
        MethodCore = method.FullName;
        DeadlineCore = DateTime.MaxValue;
        if (timeout is { } t)
        {
            var now = DateTime.UtcNow;
            DeadlineCore = t < DateTime.MaxValue - now ? now + t : DateTime.MaxValue;
            // A CancellationTokenSource cannot wait longer than ~49 days; such deadlines never fire in practice.
            if (t.TotalMilliseconds < uint.MaxValue - 1) deadlineCancellation = new CancellationTokenSource(t);
        }
        callCancellation = deadlineCancellation is null
            ? CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted)
            : CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, deadlineCancellation.Token);
        if (deadlineCancellation is not null)
            deadlineRegistration = deadlineCancellation.Token.Register(() => deadlineCompletion = CompleteAsync(DeadlineExceededStatus));
    }

    public static Status DeadlineExceededStatus { get; } = new(StatusCode.DeadlineExceeded, "Deadline Exceeded");

    public bool IsCompleted { get; private set; }

    public bool DeadlineReached => deadlineCancellation?.IsCancellationRequested == true;

    public bool ClientAborted => http.RequestAborted.IsCancellationRequested;

    public HttpContext HttpContext => http;

    protected override string MethodCore { get; }

    protected override string HostCore => http.Request.Host.Value ?? "";

    protected override string PeerCore => FormatPeer(http.Connection.RemoteIpAddress, http.Connection.RemotePort);

    protected override DateTime DeadlineCore { get; }

    protected override Metadata RequestHeadersCore => requestHeaders ??= MetadataCodec.FromHeaders(http.Request.Headers);

    protected override CancellationToken CancellationTokenCore => callCancellation.Token;

    protected override Metadata ResponseTrailersCore { get; } = [];

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override async Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        await gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfCompleted();
            if (responseStarted) throw new InvalidOperationException("Response headers can only be sent once per call.");
            foreach (var entry in responseHeaders) http.Response.Headers.Append(entry.Key, MetadataCodec.EncodeValue(entry));
            responseStarted = true;
            await http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task WriteMessageAsync<T>(Marshaller<T> marshaller, T message, bool flush)
    {
        ArgumentNullException.ThrowIfNull(message);
        await gate.WaitAsync(CancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfCompleted();
            MessageFraming.Write(http.Response.BodyWriter, marshaller.ContextualSerializer, message, options.MaxSendMessageSize);
            responseStarted = true;
            if (flush) await http.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Sends the status (and trailers) once; later calls do nothing.</summary>
    public async Task CompleteAsync(Status status)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (IsCompleted || ClientAborted) return;
            IsCompleted = true;
            WriteStatus(status);
            if (DeadlineReached) await http.Response.CompleteAsync().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Waits for a deadline-triggered completion that may still be running.</summary>
    public Task WaitForDeadlineCompletionAsync() => deadlineCompletion;

    public void Dispose()
    {
        deadlineRegistration.Dispose();
        deadlineCancellation?.Dispose();
        callCancellation.Dispose();
    }

    private void WriteStatus(Status status)
    {
        // Trailers-Only: with nothing sent yet, the status travels in the one HEADERS frame.
        var trailersOnly = !responseStarted;
        var response = http.Response;
        void Put(string name, string value)
        {
            if (trailersOnly) response.Headers.Append(name, value);
            else response.AppendTrailer(name, value);
        }

        Put(GrpcProtocol.StatusHeader, ((int)status.StatusCode).ToString(CultureInfo.InvariantCulture));
        if (status.Detail.Length > 0) Put(GrpcProtocol.MessageHeader, GrpcMessageEncoding.Encode(status.Detail));
        foreach (var entry in ResponseTrailersCore) Put(entry.Key, MetadataCodec.EncodeValue(entry));
    }

    private void ThrowIfCompleted()
    {
        if (IsCompleted) throw new InvalidOperationException("Can't write to the response because the call is complete.");
    }

    private static string FormatPeer(IPAddress? address, int port) => address switch
    {
        null => "unknown",
        { AddressFamily: AddressFamily.InterNetworkV6 } => $"ipv6:[{address}]:{port}",
        _ => $"ipv4:{address}:{port}",
    };
}
