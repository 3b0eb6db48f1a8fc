using Platform.Services.Tests.EndToEnd;

namespace Platform.Services.Tests.Interop;

/// <summary>Debian's python3-grpcio 1.51 against each platform service (stubs generated from protos/ at test time).</summary>
[Collection(PlatformStackCollection.Name)]
public sealed class PythonClientInteropTests(PlatformStackFixture stack)
{
    [Theory]
    [InlineData("documents")]
    [InlineData("extraction")]
    [InlineData("query")]
    public async Task PythonGrpcio_CallsService_UnaryServerStreamErrorStatusAndDeadline(string service)
    {
        var result = await InteropClient.RunPythonAsync(stack, service);

        InteropClient.AssertPassed(result, service, "unary", "server stream", "error", "deadline");
    }

    [DevCorpusFact]
    public async Task PythonGrpcio_IngestsDevCorpus_GetsMicrosoftAnd微软AsOneEntityWithMentionsAndRelations()
    {
        var result = await InteropClient.RunPythonAsync(stack, "corpus", "--corpus-dir", DevCorpus.Directory!);

        InteropClient.AssertPassed(result, "corpus", "ingest", "entity");
    }
}
