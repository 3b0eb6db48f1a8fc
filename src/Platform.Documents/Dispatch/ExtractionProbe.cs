using Grpc.Core;
using Grpc.Health.V1;
using Microsoft.Extensions.Options;

namespace Platform.Documents.Dispatch;

/// <summary>
/// Asks the extraction service's grpc.health.v1 every <see cref="DispatcherOptions.ProbeInterval"/> whether it serves,
/// so that an outage is known before a document waits on it and its end is noticed within seconds: the jobs that
/// waited are then made due at once, whatever back-off they had reached.
/// </summary>
internal sealed partial class ExtractionProbe(
    ExtractionReachability reachability,
    JobQueue queue,
    DispatchSignal signal,
    IServiceScopeFactory scopes,
    IOptionsMonitor<DispatcherOptions> options,
    ILogger<ExtractionProbe> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProbeAsync(stoppingToken);
                await Task.Delay(options.CurrentValue.ProbeInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database, when resuming jobs: the next probe tries again.
                LogProbeFailed(ex);
                await Task.Delay(options.CurrentValue.ProbeInterval, stoppingToken);
            }
        }
    }

    private async Task ProbeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var health = scope.ServiceProvider.GetRequiredService<Health.HealthClient>();
        string? error;
        try
        {
            var response = await health.CheckAsync(new HealthCheckRequest(),
                deadline: DateTime.UtcNow + options.CurrentValue.ProbeInterval, cancellationToken: cancellationToken);
            error = response.Status == HealthCheckResponse.Types.ServingStatus.Serving ? null : $"it reports {response.Status}";
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            error = $"{ex.StatusCode}: {ex.Status.Detail}";
        }

        if (error is not null)
        {
            if (reachability.IsReachable)
            {
                LogUnreachable(error);
            }
            reachability.MarkUnreachable(error);
        }
        else if (reachability.MarkReachable())
        {
            var resumed = await queue.MakeWaitingJobsDueAsync(cancellationToken);
            LogResumed(resumed);
            signal.Notify();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The extraction service is unreachable ({Error}); documents wait until it answers")]
    private partial void LogUnreachable(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "The extraction service answers again; {Jobs} waiting extraction jobs are due now")]
    private partial void LogResumed(int jobs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Probing the extraction service failed")]
    private partial void LogProbeFailed(Exception exception);
}
