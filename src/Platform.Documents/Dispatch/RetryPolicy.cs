using Grpc.Core;

namespace Platform.Documents.Dispatch;

internal static class RetryPolicy
{
    /// <summary>
    /// Errors that say nothing about the document: the extraction service is down or restarting, or the
    /// database is briefly unavailable. These are retried for as long as it takes. A deadline or a size limit
    /// may well be the document's own doing, so those count toward the attempt limit like any other failure.
    /// </summary>
    public static bool IsTransient(RpcException ex) => ex.StatusCode is StatusCode.Unavailable or StatusCode.Aborted or StatusCode.Cancelled;

    /// <summary>Exponential backoff with full jitter in [backoff/2, backoff].</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan initial, TimeSpan max)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 20);
        var backoff = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        var jittered = backoff / 2 + Random.Shared.NextDouble() * backoff / 2;
        return TimeSpan.FromMilliseconds(jittered);
    }
}
