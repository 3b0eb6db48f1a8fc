using System.Globalization;
using Grpc.Core;

namespace Microsoft.Extensions.Hosting;

/// <summary>How every push-back answers: RESOURCE_EXHAUSTED with a <c>retry-after</c> trailer in whole seconds.</summary>
public static class RetryLater
{
    /// <summary>The wait as the trailer and messages give it: whole seconds, at least one.</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    /// <param name="context">Where the call is known: on the JSON routes HTTP's own Retry-After header is set too.</param>
    public static RpcException Exhausted(TimeSpan retryAfter, string message, ServerCallContext? context = null)
    {
        var seconds = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);
        if (context?.GetHttpContext() is { } http && http.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true)
        {
            http.Response.Headers.RetryAfter = seconds;
        }
        return new RpcException(new Status(StatusCode.ResourceExhausted, message), new Metadata { { "retry-after", seconds } });
    }
}
