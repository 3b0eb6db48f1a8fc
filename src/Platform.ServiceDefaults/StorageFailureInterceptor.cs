using System.Data.Common;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Database failures (a <see cref="DbException"/>, or retries exhausted around one) answer UNAVAILABLE, which
/// clients and the extraction dispatcher retry, instead of leaking as UNKNOWN — for every RPC of every service.
/// </summary>
public sealed class StorageFailureInterceptor(ILogger<StorageFailureInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, ex);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, ex);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, ex);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, ex);
        }
    }

    public static bool IsStorageFailure(Exception ex) =>
        ex is DbException || ex.InnerException is DbException || ex.GetBaseException() is DbException;

    private RpcException Unavailable(ServerCallContext context, Exception ex)
    {
        logger.LogError(ex, "{Method} failed against the database", context.Method);
        return new RpcException(new Status(StatusCode.Unavailable, "The database is unavailable; retry shortly."));
    }
}
