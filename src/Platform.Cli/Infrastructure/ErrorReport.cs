using System.Text.RegularExpressions;
using Grpc.Core;
using Spectre.Console;

namespace Platform.Cli.Infrastructure;

/// <summary>Prints failed calls as "STATUS_CODE: message", with what to do when the stack is not running.</summary>
internal static partial class ErrorReport
{
    public const string StartStackHint = "dotnet run --project src/Platform.AppHost";

    public static int Write(IAnsiConsole console, ServiceCallException ex)
    {
        console.MarkupLineInterpolated($"[red]{WireName(ex.StatusCode)}[/]: {Describe(ex)}");
        if (ex.StatusCode == StatusCode.Unavailable)
        {
            console.MarkupLineInterpolated($"Start the stack with: [bold]{StartStackHint}[/]");
            console.MarkupLineInterpolated(
                $"or point the CLI elsewhere with {ServiceAddresses.OptionName(ex.Endpoint.Service)} or ${ServiceAddresses.EnvironmentVariable(ex.Endpoint.Service)}.");
        }
        return ExitCodes.For(ex.StatusCode);
    }

    public static int WriteUsage(IAnsiConsole console, string message, int exitCode = ExitCodes.InvalidInput)
    {
        console.MarkupLineInterpolated($"[red]error[/]: {message}");
        return exitCode;
    }

    public static string Describe(ServiceCallException ex) => ex.StatusCode switch
    {
        StatusCode.Unavailable =>
            $"could not reach the {ex.Endpoint.Name} service at {ex.Endpoint.Address} (address from {ex.Endpoint.Source})" +
            (ex.Detail.Length > 0 ? $": {ex.Detail}" : "."),
        StatusCode.DeadlineExceeded =>
            $"the {ex.Endpoint.Name} service at {ex.Endpoint.Address} did not answer in time" +
            (ex.Detail.Length > 0 ? $": {ex.Detail}" : "."),
        _ => ex.Detail.Length > 0 ? ex.Detail : $"the {ex.Endpoint.Name} service returned no detail.",
    };

    /// <summary>The status name as gRPC spells it on the wire and in docs: NotFound becomes NOT_FOUND.</summary>
    public static string WireName(StatusCode code) => WordBoundary().Replace(code.ToString(), "_").ToUpperInvariant();

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordBoundary();
}
