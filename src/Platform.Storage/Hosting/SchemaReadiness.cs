namespace Platform.Storage.Hosting;

/// <summary>Opens once the schema migrations are applied; everything that touches the database waits for it.</summary>
public sealed class SchemaReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _migrated.Task.IsCompleted;

    public void MarkReady() => _migrated.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _migrated.Task.WaitAsync(cancellationToken);

    /// <returns>False when the schema is still not ready after <paramref name="timeout"/>.</returns>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (IsReady)
        {
            return true;
        }
        try
        {
            await _migrated.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
