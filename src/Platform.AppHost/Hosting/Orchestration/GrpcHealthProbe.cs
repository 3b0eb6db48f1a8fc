using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Platform.AppHost.Hosting.Orchestration;

/// <summary>Polls <c>grpc.health.v1.Health/Check</c> until the service answers SERVING.</summary>
internal static class GrpcHealthProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <returns>True once SERVING; false when <paramref name="processExited"/> completes first.</returns>
    /// <exception cref="TimeoutException">Not SERVING within <paramref name="timeout"/>.</exception>
    public static async Task<bool> WaitUntilServingAsync(string address, Task processExited, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var client = new Health.HealthClient(channel);
        var giveUpAt = DateTime.UtcNow + timeout;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (processExited.IsCompleted)
            {
                return false;
            }

            if (DateTime.UtcNow > giveUpAt)
            {
                throw new TimeoutException($"{address} did not report SERVING within {timeout.TotalSeconds:0} s.");
            }

            try
            {
                var response = await client.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2), cancellationToken: cancellationToken);
                if (response.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return true;
                }
            }
            catch (RpcException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not listening yet, or NOT_SERVING while it migrates.
            }

            await Task.WhenAny(processExited, Task.Delay(PollInterval, cancellationToken));
        }
    }
}
