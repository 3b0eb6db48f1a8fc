using System.Buffers;
using System.Net;
using Grpc.Core;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Client;

/// <summary>A request body that stays open: each WriteAsync sends one framed message (client and duplex streaming).</summary>
internal sealed class PushStreamContent<TRequest> : HttpContent, IClientStreamWriter<TRequest>
    where TRequest : class
{
    private readonly Marshaller<TRequest> marshaller;
    private readonly int? maxSendMessageSize;
    private readonly IClientCallState call;
    private readonly TaskCompletionSource<Stream> requestStream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource requestCompleted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int writing;
    private bool completeRequested;

    public PushStreamContent(Marshaller<TRequest> marshaller, int? maxSendMessageSize, IClientCallState call)
    {
        this.marshaller = marshaller;
        this.maxSendMessageSize = maxSendMessageSize;
        this.call = call;
    }

    public WriteOptions? WriteOptions { get; set; }

    public async Task WriteAsync(TRequest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (completeRequested) throw new InvalidOperationException("Request stream has already been completed.");
        if (call.CompletionError is { } alreadyEnded) throw alreadyEnded;
        if (Interlocked.Exchange(ref writing, 1) == 1)
            throw new InvalidOperationException("Can't write the message because the previous write is in progress.");
        try
        {
            var frame = new ArrayBufferWriter<byte>();
            MessageFraming.Write(frame, marshaller.ContextualSerializer, message, maxSendMessageSize);
            var stream = await requestStream.Task.WaitAsync(call.CallToken).ConfigureAwait(false);
            await stream.WriteAsync(frame.WrittenMemory, call.CallToken).ConfigureAwait(false);
            await stream.FlushAsync(call.CallToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException && call.CompletionError is { } ended)
        {
            throw ended;
        }
        catch (OperationCanceledException) when (call.CallToken.IsCancellationRequested)
        {
            throw call.CompletionError ?? new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
        }
        finally
        {
            Volatile.Write(ref writing, 0);
        }
    }

    public Task CompleteAsync()
    {
        completeRequested = true;
        requestCompleted.TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>Called when the call ends early: pending and future writes fail with the call's status.</summary>
    public void Abort(RpcException error)
    {
        requestStream.TrySetException(error);
        requestCompleted.TrySetResult();
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        requestStream.TrySetResult(stream);
        await requestCompleted.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        requestCompleted.TrySetResult();
        base.Dispose(disposing);
    }
}
