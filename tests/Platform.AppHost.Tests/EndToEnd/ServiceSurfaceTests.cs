using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Platform.AppHost.Tests.Infrastructure;
using Platform.Documents.V1;
using Platform.Extraction.V1;
using Platform.Query.V1;

namespace Platform.AppHost.Tests.EndToEnd;

/// <summary>What every service shows a client that knows nothing of it: health, reflection, status codes, ports.</summary>
[Collection(PlatformAppCollection.Name)]
public sealed class ServiceSurfaceTests(PlatformAppFixture stack)
{
    public static TheoryData<string, string> ServicesAndContracts => new()
    {
        { "documents", DocumentService.Descriptor.FullName },
        { "extraction", ExtractionService.Descriptor.FullName },
        { "query", QueryService.Descriptor.FullName },
    };

    [Theory]
    [MemberData(nameof(ServicesAndContracts))]
    public async Task Service_AnswersGrpcHealthServing(string service, string _)
    {
        var health = new Health.HealthClient(stack.Channel(service));

        var response = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(30));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Theory]
    [MemberData(nameof(ServicesAndContracts))]
    public async Task Service_ListsItsContractAndHealthThroughReflection(string service, string contract)
    {
        var reflection = new ServerReflection.ServerReflectionClient(stack.Channel(service));

        using var call = reflection.ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(30));
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains(contract, services);
        Assert.Contains(Health.Descriptor.FullName, services);
    }

    [Fact]
    public async Task InvalidRequest_ThroughTheWholeStack_IsInvalidArgumentWithAMessage()
    {
        var errors = new[]
        {
            await Assert.ThrowsAsync<RpcException>(async () =>
                await stack.Documents.GetDocumentAsync(new GetDocumentRequest { DocumentId = "not-a-document-id" })),
            await Assert.ThrowsAsync<RpcException>(async () =>
                await stack.Documents.IngestDocumentAsync(new IngestDocumentRequest { Content = "" })),
            await Assert.ThrowsAsync<RpcException>(async () =>
                await stack.Extraction.ExtractAsync(new ExtractRequest { Text = "" })),
            await Assert.ThrowsAsync<RpcException>(async () =>
                await stack.Query.GetEntityAsync(new GetEntityRequest())),
        };

        Assert.All(errors, e =>
        {
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace(e.Status.Detail));
        });
    }

    [Fact]
    public void Start_ProxiesEachServiceOnARandomPort_NotTheDevelopersDefaults()
    {
        var ports = PlatformAppFixture.Services.Select(s => stack.GrpcAddress(s).Port).ToList();

        Assert.DoesNotContain(ports, p => p is 7101 or 7102 or 7103);
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}
