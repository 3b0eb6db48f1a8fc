using System.Diagnostics;

namespace Platform.AppHost.Tests.Infrastructure;

/// <summary>Another program the tests run (python, node, kubectl, docker, the built AppHost), to its end or its time limit.</summary>
internal static class ExternalProgram
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <param name="input">Written to its standard input, which is then closed.</param>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>; it is killed with its children.</exception>
    public static async Task<Result> RunAsync(
        string program, IEnumerable<string> arguments, TimeSpan timeout, string? input = null, string? workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', startInfo.ArgumentList)} ran longer than {timeout}.");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
