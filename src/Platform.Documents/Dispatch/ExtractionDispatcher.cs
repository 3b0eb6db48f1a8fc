using System.Diagnostics;
using Grpc.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using Platform.Extraction.V1;

namespace Platform.Documents.Dispatch;

/// <summary>
/// Delivers the extraction outbox: claims due jobs, asks the extraction service to extract each document,
/// and settles the job. A job is never lost: it stays in the table until it succeeds or fails for good, and a
/// job whose dispatcher died while it was RUNNING is claimed again once its lease expires.
/// </summary>
internal sealed partial class ExtractionDispatcher(
    JobQueue queue,
    DispatchSignal signal,
    ExtractionReachability reachability,
    IServiceScopeFactory scopes,
    IOptionsMonitor<DispatcherOptions> optionsMonitor,
    ILogger<ExtractionDispatcher> logger) : BackgroundService
{
    // Named after the application, which the service defaults' tracing listens to.
    private static readonly ActivitySource s_activitySource = new(typeof(ExtractionDispatcher).Assembly.GetName().Name!);

    /// <summary>
    /// Keeps up to <see cref="DispatcherOptions.MaxConcurrency"/> extractions in flight: a freed slot is filled at once,
    /// so the extraction service computes one document while another's results are being written.
    /// </summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new HashSet<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var options = optionsMonitor.CurrentValue;
            try
            {
                running.RemoveWhere(task => task.IsCompleted);
                if (!reachability.IsReachable)
                {
                    // No attempt is spent on a service that is down: the probe signals, and makes the waiting jobs due, on its return.
                    await signal.WaitAsync(options.PollInterval, stoppingToken);
                    continue;
                }
                var free = options.MaxConcurrency - running.Count;
                var claimed = free > 0 ? await UntracedAsync(() => queue.ClaimAsync(free, options.Lease, stoppingToken)) : [];
                foreach (var job in claimed)
                {
                    running.Add(DispatchLoggedAsync(job, options, stoppingToken));
                }
                if (running.Count >= options.MaxConcurrency)
                {
                    await Task.WhenAny(running);
                }
                else if (claimed.Count < free)
                {
                    // Nothing more is due: wait for new work, the next retry, or the poll.
                    await signal.WaitAsync(await UntracedAsync(() => IdleDelayAsync(options, stoppingToken)), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Typically the database being unavailable: nothing was lost, try again shortly.
                LogDispatchLoopError(ex);
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
        }
        // Calls in flight see the cancellation and leave their jobs to be claimed again after the lease.
        await Task.WhenAll(running);
    }

    private async Task DispatchAsync(ClaimedJob job, DispatcherOptions options, CancellationToken cancellationToken)
    {
        // A span in the ingestion's own trace: one trace shows the document from IngestDocument to stored mentions.
        using var activity = s_activitySource.StartActivity("dispatch extraction", ActivityKind.Internal, job.TraceParent);
        activity?.SetTag("platform.document_id", job.DocumentId);
        activity?.SetTag("platform.attempt", job.Attempt);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var client = scope.ServiceProvider.GetRequiredService<ExtractionService.ExtractionServiceClient>();
            // Finish well within the lease, so that no other dispatcher claims the job while we wait.
            var deadline = DateTime.UtcNow + options.Lease * 0.8;
            var response = await client.ExtractDocumentAsync(
                new ExtractDocumentRequest { DocumentId = job.DocumentId.ToString() },
                deadline: deadline,
                cancellationToken: cancellationToken);
            // The extraction service settled the job in the transaction that stored the results.
            LogExtracted(job.DocumentId, response.MentionCount, response.EntityCount, job.Attempt);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // Usually deleted while queued, and then the job went with it (ON DELETE CASCADE) and this changes nothing.
            LogDocumentGone(job.DocumentId);
            await queue.FailAsync(job, Describe(ex), CancellationToken.None);
        }
        catch (RpcException ex) when (RetryPolicy.IsTransient(ex) && !cancellationToken.IsCancellationRequested)
        {
            if (ex.StatusCode == StatusCode.Unavailable)
            {
                // Only the probe declares the service back, and makes the jobs that waited due when it does.
                reachability.MarkUnreachable($"{ex.StatusCode}: {ex.Status.Detail}");
            }
            var delay = RetryPolicy.Backoff(job.Attempt, options.InitialBackoff, options.MaxBackoff);
            LogTransientFailure(job.DocumentId, job.Attempt, delay, ex.Status.Detail);
            await queue.RetryLaterAsync(job, DateTimeOffset.UtcNow + delay, Describe(ex), CancellationToken.None);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (job.Attempt >= options.MaxAttempts)
            {
                LogFailed(job.DocumentId, job.Attempt, ex.Status.Detail);
                await queue.FailAsync(job, Describe(ex), CancellationToken.None);
            }
            else
            {
                var delay = RetryPolicy.Backoff(job.Attempt, options.InitialBackoff, options.MaxBackoff);
                LogTransientFailure(job.DocumentId, job.Attempt, delay, ex.Status.Detail);
                await queue.RetryLaterAsync(job, DateTimeOffset.UtcNow + delay, Describe(ex), CancellationToken.None);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            var delay = RetryPolicy.Backoff(job.Attempt, options.InitialBackoff, options.MaxBackoff);
            LogTransientFailure(job.DocumentId, job.Attempt, delay, ex.Message);
            // If this fails too (database down), the lease expires and the job is claimed again.
            await queue.RetryLaterAsync(job, DateTimeOffset.UtcNow + delay, ex.Message, CancellationToken.None);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the job stays RUNNING and is claimed again when its lease expires.
        }
    }

    /// <summary>A dispatch whose settling failed too (the database went away) is logged; its lease runs out and it is claimed again.</summary>
    private async Task DispatchLoggedAsync(ClaimedJob job, DispatcherOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(job, options, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogDispatchLoopError(ex);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Polling every few seconds would bury the traces people look for; the dispatch spans carry the story.</summary>
    private static async Task<T> UntracedAsync<T>(Func<Task<T>> poll)
    {
        using (SuppressInstrumentationScope.Begin())
        {
            return await poll();
        }
    }

    private async Task<TimeSpan> IdleDelayAsync(DispatcherOptions options, CancellationToken cancellationToken)
    {
        var nextDue = await queue.NextDueAsync(cancellationToken);
        if (nextDue is null)
        {
            return options.PollInterval;
        }
        var untilDue = nextDue.Value - DateTimeOffset.UtcNow;
        return untilDue <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(10)
            : untilDue < options.PollInterval ? untilDue
            : options.PollInterval;
    }

    private static string Describe(RpcException ex) => $"{ex.StatusCode}: {ex.Status.Detail}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Extracted document {DocumentId}: {MentionCount} mentions, {EntityCount} entities (attempt {Attempt})")]
    private partial void LogExtracted(Guid documentId, int mentionCount, int entityCount, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The extraction service did not find document {DocumentId}; it was probably deleted")]
    private partial void LogDocumentGone(Guid documentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extraction of document {DocumentId} failed (attempt {Attempt}); retrying in {Delay}: {Error}")]
    private partial void LogTransientFailure(Guid documentId, int attempt, TimeSpan delay, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Extraction of document {DocumentId} failed for good after {Attempt} attempts: {Error}")]
    private partial void LogFailed(Guid documentId, int attempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Extraction dispatch loop failed; retrying")]
    private partial void LogDispatchLoopError(Exception exception);
}
