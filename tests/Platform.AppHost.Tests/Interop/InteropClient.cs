using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Interop;

/// <summary>Runs the python and node client scripts of tests/interop against a running stack (the AppHost's or the containers').</summary>
internal static class InteropClient
{
    public const string Python = "/usr/bin/python3";
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(10);

    public static Task<(int ExitCode, string Output)> RunPythonAsync(IPlatformStack stack, params string[] arguments) =>
        RunAsync(Python, [Path.Combine(RepositoryPaths.Interop, "python", "platform_services_client.py"), .. StackArguments(stack), .. arguments]);

    public static Task<(int ExitCode, string Output)> RunNodeAsync(IPlatformStack stack, params string[] arguments)
    {
        var nodeModules = Path.Combine(RepositoryPaths.Interop, "node", "node_modules");
        Assert.True(
            Directory.Exists(Path.Combine(nodeModules, "@grpc", "grpc-js")) && Directory.Exists(Path.Combine(nodeModules, "@grpc", "proto-loader")),
            $"@grpc/grpc-js and @grpc/proto-loader are not installed in {nodeModules}: run npm ci --prefix tests/interop/node");
        return RunAsync("node", [Path.Combine(RepositoryPaths.Interop, "node", "platform_services_client.js"), .. StackArguments(stack), .. arguments]);
    }

    /// <summary>Asserts the script exited 0 and reported a PASS line for each expected part of the check.</summary>
    public static void AssertPassed(IPlatformStack stack, (int ExitCode, string Output) result, string check, params string[] parts)
    {
        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}:\n{result.Output}\n{stack.LogTails(20)}");
        foreach (var part in parts)
        {
            Assert.True(result.Output.Contains($"PASS {check} {part}:", StringComparison.Ordinal), $"no 'PASS {check} {part}' line:\n{result.Output}");
        }
    }

    private static string[] StackArguments(IPlatformStack stack) =>
    [
        "--documents", stack.DocumentsAddress.ToString(),
        "--extraction", stack.ExtractionAddress.ToString(),
        "--query", stack.QueryAddress.ToString(),
        "--protos", RepositoryPaths.Protos,
        "--google-protos", RepositoryPaths.GoogleApiProtos,
        .. stack.ApiKey is null ? Array.Empty<string>() : ["--api-key", stack.ApiKey],
    ];

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments)
    {
        var result = await ExternalProgram.RunAsync(program, arguments, ScriptTimeout);
        return (result.ExitCode, $"{result.Output}\n{result.Errors}".Trim());
    }
}
