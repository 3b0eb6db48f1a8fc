using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Client;

/// <summary>One client call on one HTTP/2 request; also the response stream reader.</summary>
internal sealed class HttpClientCall<TRequest, TResponse> : IAsyncStreamReader<TResponse>, IClientCallState, IDisposable
    where TRequest : class
    where TResponse : class
{
    private static readonly MediaTypeHeaderValue GrpcContentType = new(GrpcProtocol.ContentType);
    private static readonly ProductInfoHeaderValue UserAgent = new("grpc-dotnet-platform", "1.0");

    private readonly GrpcChannel channel;
    private readonly Method<TRequest, TResponse> method;
    private readonly CallOptions options;
    private readonly string? host;
    private readonly CancellationTokenSource? deadlineCancellation;
    private readonly CancellationTokenSource callCancellation;
    private readonly TaskCompletionSource<Metadata> responseHeaders = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task<bool> started = Task.FromResult(false);
    private HttpContent? requestContent;
    private HttpResponseMessage? response;
    private PipeReader? responseReader;
    private Status? finalStatus;
    private Metadata trailers = Metadata.Empty;
    private bool disposed;

    public HttpClientCall(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options, string? host)
    {
        this.channel = channel;
        this.method = method;
        this.options = options;
        this.host = host;
        if (options.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            deadlineCancellation = remaining > TimeSpan.Zero ? new CancellationTokenSource(Clamp(remaining)) : new CancellationTokenSource();
            if (remaining <= TimeSpan.Zero) deadlineCancellation.Cancel();
            Remaining = remaining;
        }
        callCancellation = deadlineCancellation is null
            ? CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(options.CancellationToken, deadlineCancellation.Token);
    }

    public Task<Metadata> ResponseHeadersAsync => responseHeaders.Task;

    public TResponse Current { get; private set; } = default!;

    public CancellationToken CallToken => callCancellation.Token;

    private TimeSpan? Remaining { get; }

    public void StartWithMessage(TRequest request)
    {
        byte[] body;
        try
        {
            var buffer = new ArrayBufferWriter<byte>();
            MessageFraming.Write(buffer, method.RequestMarshaller.ContextualSerializer, request, channel.MaxSendMessageSize);
            body = buffer.WrittenSpan.ToArray();
        }
        catch (RpcException ex)
        {
            started = Task.FromResult(Finish(ex.Status, Metadata.Empty) is null);
            return;
        }
        Start(new ByteArrayContent(body));
    }

    public IClientStreamWriter<TRequest> StartWithStream()
    {
        var content = new PushStreamContent<TRequest>(method.RequestMarshaller, channel.MaxSendMessageSize, this);
        Start(content);
        return content;
    }

    private void Start(HttpContent content)
    {
        requestContent = content;
        content.Headers.ContentType = GrpcContentType;
        if (CallToken.IsCancellationRequested)
        {
            started = Task.FromResult(FailWith(new OperationCanceledException(CallToken)) is null);
            return;
        }
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(channel.Address, method.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        var headers = request.Headers;
        headers.TryAddWithoutValidation("te", "trailers");
        headers.UserAgent.Add(UserAgent);
        if (host is not null) headers.Host = host;
        if (Remaining is { } remaining) headers.TryAddWithoutValidation(GrpcProtocol.TimeoutHeader, GrpcTimeout.Format(remaining));
        foreach (var entry in options.Headers ?? Metadata.Empty)
            headers.TryAddWithoutValidation(entry.Key, MetadataCodec.EncodeValue(entry));
        started = ReceiveHeadersAsync(request);
    }

    /// <returns>True when a response body with messages follows.</returns>
    private async Task<bool> ReceiveHeadersAsync(HttpRequestMessage request)
    {
        try
        {
            response = await channel.HttpInvoker.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, CallToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            FailWith(ex);
            return false;
        }

        var headers = ToMetadata(response.Headers);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Finish(new Status(MapHttpStatus(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}"), headers);
            return false;
        }
        if (response.Headers.NonValidated.Contains(GrpcProtocol.StatusHeader))
        {
            responseHeaders.TrySetResult(headers);
            Finish(ReadStatus(response.Headers), headers);
            return false;
        }
        if (!GrpcProtocol.IsGrpcContentType(response.Content.Headers.ContentType?.MediaType))
        {
            Finish(new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {response.Content.Headers.ContentType}"), headers);
            return false;
        }
        try
        {
            responseReader = PipeReader.Create(await response.Content.ReadAsStreamAsync(CallToken).ConfigureAwait(false));
        }
        catch (Exception ex)
        {
            FailWith(ex);
            return false;
        }
        responseHeaders.TrySetResult(headers);
        return true;
    }

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await started.ConfigureAwait(false) || responseReader is null) return EndOrThrow();
        if (finalStatus is not null) return EndOrThrow();

        using var registration = cancellationToken.CanBeCanceled ? cancellationToken.Register(callCancellation.Cancel) : default;
        (bool HasMessage, TResponse Message) result;
        try
        {
            result = await MessageFraming.ReadAsync(responseReader, method.ResponseMarshaller.ContextualDeserializer,
                channel.MaxReceiveMessageSize, CallToken).ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            Finish(ex.Status, Metadata.Empty);
            callCancellation.Cancel();
            return EndOrThrow();
        }
        catch (Exception ex)
        {
            FailWith(ex);
            return EndOrThrow();
        }

        if (result.HasMessage)
        {
            Current = result.Message;
            return true;
        }
        // The body was read to its end, so the HTTP/2 trailers are now available.
        Finish(ReadStatus(response!.TrailingHeaders), ToMetadata(response.TrailingHeaders));
        return EndOrThrow();
    }

    public async Task<TResponse> ReadSingleResponseAsync()
    {
        try
        {
            if (!await MoveNext(CancellationToken.None).ConfigureAwait(false))
                throw Finish(new Status(StatusCode.Internal, "Failed to deserialize response message."), trailers)!;
            var message = Current;
            if (await MoveNext(CancellationToken.None).ConfigureAwait(false))
                throw Finish(new Status(StatusCode.Internal, "Unary response had more than one message."), trailers)!;
            return message;
        }
        finally
        {
            ReleaseResources();
        }
    }

    public Status GetStatus() =>
        finalStatus ?? throw new InvalidOperationException("Unable to get the status because the call is not complete.");

    public Metadata GetTrailers() => finalStatus is null
        ? throw new InvalidOperationException("Can't get the call trailers because the call has not completed successfully.")
        : trailers;

    /// <summary>The error a request-stream write should raise once the call has ended, if it has.</summary>
    public RpcException? CompletionError =>
        finalStatus is { } status && status.StatusCode != StatusCode.OK ? new RpcException(status, trailers) : null;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (finalStatus is null) Finish(new Status(StatusCode.Cancelled, "gRPC call disposed."), Metadata.Empty);
        callCancellation.Cancel();
        ReleaseResources();
        deadlineCancellation?.Dispose();
    }

    private void ReleaseResources()
    {
        response?.Dispose();
        requestContent?.Dispose();
    }

    private bool EndOrThrow()
    {
        var status = finalStatus ?? new Status(StatusCode.Internal, "The call ended without a status.");
        if (status.StatusCode == StatusCode.OK) return false;
        throw new RpcException(status, trailers);
    }

    private RpcException? FailWith(Exception exception)
    {
        var status = exception switch
        {
            _ when deadlineCancellation?.IsCancellationRequested == true => new Status(StatusCode.DeadlineExceeded, "Deadline Exceeded"),
            _ when options.CancellationToken.IsCancellationRequested => new Status(StatusCode.Cancelled, "Call canceled by the client.", exception),
            _ when disposed => new Status(StatusCode.Cancelled, "gRPC call disposed.", exception),
            RpcException rpc => rpc.Status,
            HttpRequestException => new Status(StatusCode.Unavailable, "Error starting gRPC call. " + Describe(exception), exception),
            OperationCanceledException => new Status(StatusCode.Cancelled, "Call canceled.", exception),
            _ => new Status(StatusCode.Unavailable, "Error reading the response. " + Describe(exception), exception),
        };
        return Finish(status, Metadata.Empty);
    }

    /// <summary>Records the final status once (the first one wins) and returns the matching exception for non-OK.</summary>
    private RpcException? Finish(Status status, Metadata callTrailers)
    {
        if (finalStatus is null)
        {
            finalStatus = status;
            trailers = callTrailers;
        }
        var final = finalStatus.Value;
        var error = final.StatusCode == StatusCode.OK ? null : new RpcException(final, trailers);
        if (error is not null)
        {
            responseHeaders.TrySetException(error);
            (requestContent as PushStreamContent<TRequest>)?.Abort(error);
        }
        else
        {
            responseHeaders.TrySetResult(Metadata.Empty);
        }
        return error;
    }

    private static Status ReadStatus(HttpHeaders headers)
    {
        if (!headers.NonValidated.TryGetValues(GrpcProtocol.StatusHeader, out var statusValues))
            return new Status(StatusCode.Internal, "No grpc-status found on response.");
        var code = int.TryParse(statusValues.ToString(), out var number) ? (StatusCode)number : StatusCode.Unknown;
        var detail = headers.NonValidated.TryGetValues(GrpcProtocol.MessageHeader, out var messageValues)
            ? GrpcMessageEncoding.Decode(messageValues.ToString())
            : "";
        return new Status(code, detail);
    }

    private static Metadata ToMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers.NonValidated) MetadataCodec.AddHeader(metadata, name, values);
        return metadata;
    }

    private static StatusCode MapHttpStatus(HttpStatusCode status) => (int)status switch
    {
        400 => StatusCode.Internal,
        401 => StatusCode.Unauthenticated,
        403 => StatusCode.PermissionDenied,
        404 => StatusCode.Unimplemented,
        429 or 502 or 503 or 504 => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner ? $"{exception.Message} ({inner.Message})" : exception.Message;

    private static TimeSpan Clamp(TimeSpan timeout) =>
        timeout.TotalMilliseconds < uint.MaxValue - 1 ? timeout : TimeSpan.FromMilliseconds(uint.MaxValue - 2);
}
