namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>Lets tests see what happened inside the server during a call.</summary>
public sealed class CallObserver
{
    private TaskCompletionSource<DateTime> sleepStarted = NewSource<DateTime>();
    private TaskCompletionSource sleepCancelled = NewSource();

    public Task<DateTime> SleepStartedWithDeadline => sleepStarted.Task;

    public Task SleepWasCancelled => sleepCancelled.Task;

    public void Reset()
    {
        sleepStarted = NewSource<DateTime>();
        sleepCancelled = NewSource();
    }

    internal void SleepStarted(DateTime deadline) => sleepStarted.TrySetResult(deadline);

    internal void SleepCancelled() => sleepCancelled.TrySetResult();

    private static TaskCompletionSource<T> NewSource<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
