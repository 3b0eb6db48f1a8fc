using Platform.IntegrationTests.EndToEnd;

namespace Platform.IntegrationTests.Interop;

/// <summary>npm @grpc/grpc-js with @grpc/proto-loader against each platform service.</summary>
[Collection(PlatformStackCollection.Name)]
public sealed class NodeClientInteropTests(PlatformStackFixture stack)
{
    [Theory]
    [InlineData("documents")]
    [InlineData("extraction")]
    [InlineData("query")]
    public async Task NodeGrpcJs_CallsService_UnaryServerStreamErrorStatusAndDeadline(string service)
    {
        var result = await InteropClient.RunNodeAsync(stack, service);

        InteropClient.AssertPassed(result, service, "unary", "server stream", "error", "deadline");
    }
}
