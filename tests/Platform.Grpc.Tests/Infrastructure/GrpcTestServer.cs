using System.Net;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>A real Kestrel h2c server on a free 127.0.0.1 port serving the test service, health and reflection.</summary>
public sealed class GrpcTestServer : IAsyncLifetime
{
    public const string HealthTag = "platform.testing.v1.TestService";
    public const int MaxReceiveMessageSize = 64 * 1024;

    private WebApplication? app;

    public CallObserver Observer { get; } = new();

    public SwitchableHealthCheck TestServiceHealth { get; } = new();

    public Uri Address { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public TestService.TestServiceClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(Observer);
        builder.Services.AddGrpc(o => o.MaxReceiveMessageSize = MaxReceiveMessageSize);
        builder.Services.AddGrpcHealthChecks(o => o.WatchInterval = TimeSpan.FromMilliseconds(50))
            .AddCheck("test-service", TestServiceHealth, tags: [HealthTag]);
        builder.Services.AddGrpcReflection();

        app = builder.Build();
        app.MapGrpcService<TestServiceImplementation>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
        Channel = GrpcChannel.ForAddress(Address);
        Client = new TestService.TestServiceClient(Channel);
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
