using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.AppHost;

internal static class RestartOnCrashExtensions
{
    /// <summary>
    /// Starts the service again when its process dies (killed, crashed: it ends with a non-zero exit code while running);
    /// stopping it from the dashboard or the AppHost shutting down leaves it stopped. DCP does not restart processes,
    /// so the AppHost does, as Kubernetes does for the deployed services.
    /// </summary>
    public static IResourceBuilder<T> WithRestartOnCrash<T>(this IResourceBuilder<T> resource) where T : IResource
    {
        resource.WithAnnotation(new RestartOnCrashAnnotation());
        resource.ApplicationBuilder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CrashSupervisor>());
        return resource;
    }
}

internal sealed class RestartOnCrashAnnotation : IResourceAnnotation;

/// <summary>
/// Watches the resources marked <see cref="RestartOnCrashAnnotation"/> and starts a crashed one again after a second;
/// a resource that crashes <see cref="MaxRestarts"/> times within <see cref="Window"/> is left stopped (a crash loop
/// needs a person, and its log says why).
/// </summary>
internal sealed partial class CrashSupervisor(
    ResourceNotificationService notifications,
    ResourceCommandService commands,
    ILogger<CrashSupervisor> logger) : BackgroundService
{
    private const int MaxRestarts = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var restarts = new Dictionary<string, List<DateTimeOffset>>();
        var lastState = new Dictionary<string, string?>();
        await foreach (var change in notifications.WatchAsync(stoppingToken))
        {
            if (!change.Resource.Annotations.OfType<RestartOnCrashAnnotation>().Any())
            {
                continue;
            }
            var state = change.Snapshot.State?.Text;
            var previous = lastState.GetValueOrDefault(change.ResourceId);
            lastState[change.ResourceId] = state;
            // A crash: straight from Running to Finished (or Exited) with a non-zero code. A stop asked of DCP (the
            // dashboard, `aspire resource stop`, shutdown) goes through Stopping first, and is left alone.
            if (previous != KnownResourceStates.Running || state != KnownResourceStates.Finished && state != KnownResourceStates.Exited
                || change.Snapshot.ExitCode is null or 0)
            {
                continue;
            }
            var recent = restarts.TryGetValue(change.ResourceId, out var times) ? times : restarts[change.ResourceId] = [];
            recent.RemoveAll(time => DateTimeOffset.UtcNow - time > Window);
            if (recent.Count >= MaxRestarts)
            {
                LogGivingUp(change.ResourceId, change.Snapshot.ExitCode.Value, MaxRestarts, Window);
                continue;
            }
            recent.Add(DateTimeOffset.UtcNow);
            LogRestarting(change.ResourceId, change.Snapshot.ExitCode.Value);
            await Task.Delay(Delay, stoppingToken);
            var result = await commands.ExecuteCommandAsync(change.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                LogRestartFailed(change.ResourceId, result.Message);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} exited with code {ExitCode}; starting it again")]
    private partial void LogRestarting(string resource, int exitCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Resource} exited with code {ExitCode} after {Restarts} restarts within {Window}; it stays stopped until started from the dashboard")]
    private partial void LogGivingUp(string resource, int exitCode, int restarts, TimeSpan window);

    [LoggerMessage(Level = LogLevel.Error, Message = "Starting {Resource} again failed: {Message}")]
    private partial void LogRestartFailed(string resource, string? message);
}
