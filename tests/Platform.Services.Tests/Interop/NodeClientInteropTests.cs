using Platform.Services.Tests.EndToEnd;

namespace Platform.Services.Tests.Interop;

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

    [DevCorpusFact]
    public async Task NodeGrpcJs_IngestsDevCorpus_GetsMicrosoftAnd微软AsOneEntityWithMentionsAndRelations()
    {
        var result = await InteropClient.RunNodeAsync(stack, "corpus", "--corpus-dir", DevCorpus.Directory!);

        InteropClient.AssertPassed(result, "corpus", "ingest", "entity");
    }
}
