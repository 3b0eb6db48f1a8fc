using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Interop;

/// <summary>npm @grpc/grpc-js with @grpc/proto-loader against each platform service.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class NodeClientInteropTests(PlatformAppFixture stack)
{
    [Theory]
    [InlineData("documents")]
    [InlineData("extraction")]
    [InlineData("query")]
    public async Task NodeGrpcJs_CallsService_UnaryServerStreamErrorStatusAndDeadline(string service)
    {
        var result = await InteropClient.RunNodeAsync(stack, service);

        InteropClient.AssertPassed(stack, result, service, "unary", "server stream", "error", "deadline");
    }

    [DevCorpusFact]
    public async Task NodeGrpcJs_IngestsDevCorpus_GetsMicrosoftAnd微软AsOneEntityWithMentionsAndRelations()
    {
        var result = await InteropClient.RunNodeAsync(stack, "corpus", "--corpus-dir", DevCorpus.Directory!);

        InteropClient.AssertPassed(stack, result, "corpus", "ingest", "entity");
    }
}
