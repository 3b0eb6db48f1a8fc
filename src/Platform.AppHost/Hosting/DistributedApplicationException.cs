namespace Platform.AppHost.Hosting;

/// <summary>A resource could not be started; the message says which and why.</summary>
public sealed class DistributedApplicationException(string message) : Exception(message);
