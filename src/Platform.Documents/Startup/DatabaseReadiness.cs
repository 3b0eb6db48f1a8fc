namespace Platform.Documents.Startup;

/// <summary>Opens once the schema migrations are applied; everything that touches the database waits for it.</summary>
internal sealed class DatabaseReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _migrated.Task.IsCompleted;

    public void MarkReady() => _migrated.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _migrated.Task.WaitAsync(cancellationToken);
}
