using System.Data.Common;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Database failures (a <see cref="DbException"/>, or retries exhausted around one) answer UNAVAILABLE, which
/// clients and the extraction dispatcher retry, instead of leaking as UNKNOWN.
/// </summary>
public static class StorageFailures
{
    public static async Task<T> AsUnavailable<T>(ServerCallContext context, ILogger logger, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, logger, ex);
        }
    }

    public static async Task AsUnavailable(ServerCallContext context, ILogger logger, Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw Unavailable(context, logger, ex);
        }
    }

    public static bool IsStorageFailure(Exception ex) =>
        ex is DbException || ex.InnerException is DbException || ex.GetBaseException() is DbException;

    private static RpcException Unavailable(ServerCallContext context, ILogger logger, Exception ex)
    {
        logger.LogError(ex, "{Method} failed against the database", context.Method);
        return new RpcException(new Status(StatusCode.Unavailable, "The database is unavailable; retry shortly."));
    }
}
