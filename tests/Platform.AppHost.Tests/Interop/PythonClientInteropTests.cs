using Platform.AppHost.Tests.Infrastructure;

namespace Platform.AppHost.Tests.Interop;

/// <summary>Debian's python3-grpcio against each platform service (stubs generated from protos/ at test time).</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class PythonClientInteropTests(PlatformAppFixture stack)
{
    [Theory]
    [InlineData("documents")]
    [InlineData("extraction")]
    [InlineData("query")]
    public async Task PythonGrpcio_CallsService_UnaryServerStreamErrorStatusAndDeadline(string service)
    {
        var result = await InteropClient.RunPythonAsync(stack, service);

        InteropClient.AssertPassed(stack, result, service, "unary", "server stream", "error", "deadline");
    }

    [DevCorpusFact]
    public async Task PythonGrpcio_IngestsDevCorpus_GetsMicrosoftAnd微软AsOneEntityWithMentionsAndRelations()
    {
        var result = await InteropClient.RunPythonAsync(stack, "corpus", "--corpus-dir", DevCorpus.Directory!);

        InteropClient.AssertPassed(stack, result, "corpus", "ingest", "entity");
    }
}
