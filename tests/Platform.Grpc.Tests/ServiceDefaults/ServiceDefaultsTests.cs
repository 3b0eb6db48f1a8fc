using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Testing.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Grpc.Tests.ServiceDefaults;

public sealed class ServiceDefaultsTests
{
    [Fact]
    public async Task AddServiceDefaults_PlainHttpUrl_ServesH2cWithHealthAndTypedClientFromDi()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.AddServiceDefaults();
        builder.Services.AddSingleton(new Infrastructure.CallObserver());
        await using var app = builder.Build();
        app.MapGrpcService<Infrastructure.TestServiceImplementation>();
        app.MapDefaultEndpoints();
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            using var channel = GrpcChannel.ForAddress(address);
            var health = await new global::Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new HealthCheckRequest());
            Assert.Equal(ServingStatus.Serving, health.Status);

            var clientServices = new ServiceCollection();
            clientServices.AddGrpcClient<TestService.TestServiceClient>(o => o.Address = address);
            await using var provider = clientServices.BuildServiceProvider();
            var client = provider.GetRequiredService<TestService.TestServiceClient>();
            Assert.Equal("via DI", (await client.EchoAsync(new EchoRequest { Message = "via DI" })).Message);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public void GetServiceAddress_FromAspireStyleVariable_ReturnsUri()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["services:extraction:grpc:0"] = "http://127.0.0.1:7102" })
            .Build();
        Assert.Equal(new Uri("http://127.0.0.1:7102"), configuration.GetServiceAddress("extraction"));
    }

    [Fact]
    public void GetServiceAddress_Missing_NamesTheEnvironmentVariable()
    {
        var configuration = new ConfigurationBuilder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => configuration.GetServiceAddress("query"));
        Assert.Contains("services__query__grpc__0", error.Message);
    }
}
