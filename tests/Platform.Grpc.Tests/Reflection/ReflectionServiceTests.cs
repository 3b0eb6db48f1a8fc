using Google.Protobuf.Reflection;
using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using V1 = Grpc.Reflection.V1;
using V1Alpha = Grpc.Reflection.V1Alpha;

namespace Platform.Grpc.Tests.Reflection;

public sealed class ReflectionServiceTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    private static readonly string[] ExpectedServices =
    [
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
        "grpc.reflection.v1alpha.ServerReflection",
        "platform.testing.v1.TestService",
    ];

    [Fact]
    public async Task V1_ListServices_NamesEveryMappedService()
    {
        var response = await AskV1(new V1.ServerReflectionRequest { ListServices = "" });
        Assert.Equal(ExpectedServices, response.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task V1Alpha_ListServices_NamesEveryMappedService()
    {
        var client = new V1Alpha.ServerReflection.ServerReflectionClient(server.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(ExpectedServices, call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task V1_FileContainingMethodSymbol_ReturnsTheProtoFile()
    {
        var response = await AskV1(new V1.ServerReflectionRequest { FileContainingSymbol = "platform.testing.v1.TestService.Echo" });
        var files = response.FileDescriptorResponse.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList();
        var file = Assert.Single(files);
        Assert.Equal("test.proto", file.Name);
        Assert.Contains(file.Service.Single().Method, m => m.Name == "Sleep");
    }

    [Fact]
    public async Task V1_FileByFilename_IncludesDependenciesFirst()
    {
        var response = await AskV1(new V1.ServerReflectionRequest { FileByFilename = "grpc/reflection/v1/reflection.proto" });
        var names = response.FileDescriptorResponse.FileDescriptorProto.Select(b => FileDescriptorProto.Parser.ParseFrom(b).Name).ToList();
        Assert.Equal("grpc/reflection/v1/reflection.proto", names[^1]);
    }

    [Fact]
    public async Task V1_UnknownSymbol_ReturnsNotFoundError()
    {
        var response = await AskV1(new V1.ServerReflectionRequest { FileContainingSymbol = "no.such.Symbol" });
        Assert.Equal((int)StatusCode.NotFound, response.ErrorResponse.ErrorCode);
    }

    private async Task<V1.ServerReflectionResponse> AskV1(V1.ServerReflectionRequest request)
    {
        var client = new V1.ServerReflection.ServerReflectionClient(server.Channel);
        using var call = client.ServerReflectionInfo(deadline: DateTime.UtcNow.AddSeconds(10));
        await call.RequestStream.WriteAsync(request);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var response = call.ResponseStream.Current;
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        return response;
    }
}
