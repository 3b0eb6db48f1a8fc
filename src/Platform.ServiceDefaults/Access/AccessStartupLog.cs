using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>Says at start-up whether the service requires API keys, and why: an open service should never be a surprise.</summary>
internal sealed class AccessStartupLog(ApiKeyGate gate, IHostApplicationLifetime lifetime, ILogger<AccessStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (gate.Required)
            {
                logger.LogInformation("API keys are required on every public RPC: {Why}", gate.Why);
            }
            else
            {
                logger.LogWarning(
                    "API keys are NOT required: {Why}, so anyone on this machine may call it. Set Platform__Access__RequireApiKeys=true to require them",
                    gate.Why);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
