using Grpc.Core;
using Platform.Grpc.Protocol;

namespace Platform.Grpc.Server;

/// <summary>The request stream of a client-streaming or duplex call.</summary>
internal sealed class HttpRequestStreamReader<T>(HttpServerCallContext call, Marshaller<T> marshaller, int? maxReceiveMessageSize)
    : IAsyncStreamReader<T>
{
    public T Current { get; private set; } = default!;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
            : null;
        var (hasMessage, message) = await MessageFraming.ReadAsync(
            call.HttpContext.Request.BodyReader, marshaller.ContextualDeserializer, maxReceiveMessageSize,
            linked?.Token ?? call.CancellationToken).ConfigureAwait(false);
        Current = message;
        return hasMessage;
    }
}
