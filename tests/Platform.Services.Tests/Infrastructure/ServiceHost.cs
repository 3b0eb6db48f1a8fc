using System.Net;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;

namespace Platform.Services.Tests.Infrastructure;

/// <summary>
/// A service (DocumentsApp, ExtractionApp, QueryApp, ...) started in process on 127.0.0.1, with settings given
/// as command-line style arguments (<c>--Section:Key=value</c>), and a channel to it.
/// </summary>
public sealed class ServiceHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private ServiceHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
    }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the service on a free port.</summary>
    public static Task<ServiceHost> StartAsync(Func<string[], WebApplication> build, params string[] settings) =>
        StartOnAsync(build, FreeAddress(), settings);

    /// <summary>Starts the service on the given address (e.g. one from <see cref="FreeAddress"/> handed to another service earlier).</summary>
    public static async Task<ServiceHost> StartOnAsync(Func<string[], WebApplication> build, string address, params string[] settings)
    {
        var app = build(
        [
            // The services declare an Http2 "grpc" and an Http1 "http" endpoint in appsettings.json.
            $"--Kestrel:Endpoints:grpc:Url={address}",
            "--Kestrel:Endpoints:http:Url=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Error",
            .. settings,
        ]);
        await app.StartAsync();
        return new ServiceHost(app, new Uri(address));
    }

    /// <summary>The overall gRPC health status (grpc.health.v1, service "").</summary>
    public async Task<HealthCheckResponse.Types.ServingStatus> HealthAsync() =>
        (await new Health.HealthClient(Channel).CheckAsync(new HealthCheckRequest())).Status;

    /// <summary>Waits until the service reports SERVING (once its database is reachable and migrated).</summary>
    public async Task WaitUntilServingAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (await HealthAsync() != HealthCheckResponse.Types.ServingStatus.Serving)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The service at {Address} did not report SERVING in time.");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>An http://127.0.0.1 address with a port that is free right now, for a service to be started later.</summary>
    public static string FreeAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
