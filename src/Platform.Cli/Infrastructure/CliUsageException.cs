namespace Platform.Cli.Infrastructure;

/// <summary>Input the user can fix (a bad address, a missing file); reported without a stack trace.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
