namespace Platform.Query.Startup;

/// <summary>Opens once the document service has applied the schema migrations; queries wait for it.</summary>
internal sealed class SchemaReadiness
{
    private readonly TaskCompletionSource _migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _migrated.Task.IsCompleted;

    public void MarkReady() => _migrated.TrySetResult();

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
