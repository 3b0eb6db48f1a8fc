using Grpc.Core;
using Grpc.Health.V1;
using Platform.Grpc.Tests.Infrastructure;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Platform.Grpc.Tests.Health;

public sealed class HealthServiceTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    private readonly global::Grpc.Health.V1.Health.HealthClient health = new(server.Channel);

    [Fact]
    public async Task Check_OverallAndPerService_FollowTheHealthChecks()
    {
        server.TestServiceHealth.Healthy = true;
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = GrpcTestServer.HealthTag })).Status);

        server.TestServiceHealth.Healthy = false;
        try
        {
            Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);
            Assert.Equal(ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest { Service = GrpcTestServer.HealthTag })).Status);
        }
        finally
        {
            server.TestServiceHealth.Healthy = true;
        }
    }

    [Fact]
    public async Task Check_UnknownService_IsNotFound()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            health.CheckAsync(new HealthCheckRequest { Service = "no.such.Service" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Watch_SendsCurrentStatusThenEachChange()
    {
        server.TestServiceHealth.Healthy = true;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var call = health.Watch(new HealthCheckRequest { Service = GrpcTestServer.HealthTag }, cancellationToken: cancellation.Token);
        try
        {
            Assert.True(await call.ResponseStream.MoveNext(cancellation.Token));
            Assert.Equal(ServingStatus.Serving, call.ResponseStream.Current.Status);

            server.TestServiceHealth.Healthy = false;
            Assert.True(await call.ResponseStream.MoveNext(cancellation.Token));
            Assert.Equal(ServingStatus.NotServing, call.ResponseStream.Current.Status);
        }
        finally
        {
            server.TestServiceHealth.Healthy = true;
        }
    }

    [Fact]
    public async Task Watch_UnknownService_ReportsServiceUnknown()
    {
        using var call = health.Watch(new HealthCheckRequest { Service = "no.such.Service" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(ServingStatus.ServiceUnknown, call.ResponseStream.Current.Status);
    }
}
