using Grpc.Core;

namespace Platform.Grpc.Server;

/// <summary>The response stream of a server-streaming or duplex call; each message is flushed.</summary>
internal sealed class HttpResponseStreamWriter<T>(HttpServerCallContext call, Marshaller<T> marshaller) : IServerStreamWriter<T>
{
    public WriteOptions? WriteOptions { get; set; }

    public Task WriteAsync(T message) => call.WriteMessageAsync(marshaller, message, flush: true);
}
