using Platform.Grpc.Tests.Infrastructure;

namespace Platform.Grpc.Tests.Interop;

/// <summary>Real grpcio (python) and @grpc/grpc-js (node) clients call our server.</summary>
public sealed class InteropClientTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromSeconds(90);

    private string Target => $"{server.Address.Host}:{server.Address.Port}";

    [Fact]
    public async Task PythonGrpcioClient_UnaryStreamsErrorAndDeadline_AllBehaveAsSpecified()
    {
        var calls = InteropCalls.WriteToTempFile(InteropCalls.AgainstTestService());
        try
        {
            var result = await ExternalProcess.RunAsync(InteropPaths.Python, InteropPaths.PythonDirectory, ScriptTimeout,
                "call_runner.py", "--proto-root", InteropPaths.ProtoRoot, "--proto", InteropPaths.TestProto,
                "--target", Target, "--calls", calls);
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("5 passed, 0 failed", result.Output);
        }
        finally
        {
            File.Delete(calls);
        }
    }

    [Fact]
    public async Task NodeGrpcJsClient_UnaryStreamsErrorDeadlineAndReflection_AllBehaveAsSpecified()
    {
        var nodeModules = Path.Combine(InteropPaths.NodeDirectory, "node_modules", "@grpc", "grpc-js");
        Assert.True(Directory.Exists(nodeModules),
            $"Node interop dependencies are missing ({nodeModules}). Run `npm ci --prefix tests/interop/node` from the repository root first.");

        object[] reflection =
        [
            new
            {
                name = "reflection list_services",
                reflection = "list_services",
                expect = new { contains = new[] { "platform.testing.v1.TestService", "grpc.health.v1.Health" } },
            },
        ];
        var calls = InteropCalls.WriteToTempFile([.. InteropCalls.AgainstTestService(), .. reflection]);
        try
        {
            var result = await ExternalProcess.RunAsync("node", InteropPaths.NodeDirectory, ScriptTimeout,
                "call_runner.js", "--proto-root", InteropPaths.ProtoRoot, "--proto", InteropPaths.TestProto,
                "--target", Target, "--calls", calls);
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Contains("6 passed, 0 failed", result.Output);
        }
        finally
        {
            File.Delete(calls);
        }
    }
}
