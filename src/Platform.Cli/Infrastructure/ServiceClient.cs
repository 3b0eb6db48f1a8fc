using Grpc.Core;

namespace Platform.Cli.Infrastructure;

/// <summary>
/// A generated gRPC client bound to its endpoint: failures surface as <see cref="ServiceCallException"/>
/// so the error report can say which address did not answer.
/// </summary>
internal sealed class ServiceClient<TClient>(ServiceEndpoint endpoint, TClient client)
{
    public ServiceEndpoint Endpoint => endpoint;

    public async Task<TResponse> CallAsync<TResponse>(Func<TClient, AsyncUnaryCall<TResponse>> call)
    {
        try
        {
            using var pending = call(client);
            return await pending.ResponseAsync;
        }
        catch (Exception ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
    }

    /// <param name="started">Called once the service has sent its response headers, before the first message.</param>
    public async IAsyncEnumerable<TResponse> StreamAsync<TResponse>(
        Func<TClient, AsyncServerStreamingCall<TResponse>> call,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default,
        Action? started = null)
    {
        AsyncServerStreamingCall<TResponse> pending;
        try
        {
            pending = call(client);
        }
        catch (Exception ex) when (Translate(ex) is { } translated)
        {
            throw translated;
        }
        using (pending)
        {
            if (started is not null)
            {
                try
                {
                    await pending.ResponseHeadersAsync;
                }
                catch (Exception ex) when (Translate(ex) is { } translated)
                {
                    throw translated;
                }
                started();
            }
            while (true)
            {
                bool hasNext;
                try
                {
                    hasNext = await pending.ResponseStream.MoveNext(cancellationToken);
                }
                catch (Exception ex) when (Translate(ex) is { } translated)
                {
                    throw translated;
                }
                if (!hasNext)
                {
                    yield break;
                }
                yield return pending.ResponseStream.Current;
            }
        }
    }

    private ServiceCallException? Translate(Exception ex) => ex switch
    {
        RpcException rpc => new ServiceCallException(endpoint, rpc),
        // A transport failure before any gRPC status exists: the service is not reachable.
        HttpRequestException http => new ServiceCallException(endpoint,
            new RpcException(new Status(StatusCode.Unavailable, http.Message, http))),
        _ => null,
    };
}
