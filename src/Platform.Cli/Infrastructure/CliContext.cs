using System.CommandLine;

namespace Platform.Cli.Infrastructure;

/// <summary>What every command needs to run: the consoles, the global options and the environment.</summary>
internal sealed class CliContext
{
    public CliContext(CliConsole console, Func<string, string?> environment)
    {
        Console = console;
        Environment = environment;
    }

    public CliConsole Console { get; }

    internal Func<string, string?> Environment { get; }

    internal GlobalOptions Options { get; } = new();

    /// <summary>Runs a command body and turns failures into a clear message and an exit code.</summary>
    internal async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken,
        Func<CliSession, CancellationToken, Task<int>> body)
    {
        try
        {
            using var session = new CliSession(parseResult, Options, Console, Environment);
            return await body(session, cancellationToken);
        }
        catch (ServiceCallException ex)
        {
            return ErrorReport.Write(Console.Error, ex);
        }
        catch (CliUsageException ex)
        {
            return ErrorReport.WriteUsage(Console.Error, ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ErrorReport.WriteUsage(Console.Error, "Cancelled.", ExitCodes.Failure);
        }
    }
}
