using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Server;

public sealed class DeadlineAndCancellationTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    [Fact]
    public async Task ClientDeadline_SlowCall_FailsWithDeadlineExceededOnTime()
    {
        await server.Client.EchoAsync(new EchoRequest()); // connection and JIT warm-up, so the call below reaches the server in time
        server.Observer.Reset();
        var stopwatch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.SleepAsync(new SleepRequest { Milliseconds = 10_000 }, deadline: DateTime.UtcNow.AddMilliseconds(700)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 650, 3000);

        var serverDeadline = await server.Observer.SleepStartedWithDeadline.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(serverDeadline, DateTime.UtcNow.AddSeconds(-5), DateTime.UtcNow.AddSeconds(1));
        await server.Observer.SleepWasCancelled.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ServerDeadline_FromGrpcTimeoutHeader_RepliesDeadlineExceededAndCancelsHandler()
    {
        server.Observer.Reset();
        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var payload = new SleepRequest { Milliseconds = 5000 }.ToByteArray();
        var content = new ByteArrayContent([0, 0, 0, 0, (byte)payload.Length, .. payload]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.Address, "/platform.testing.v1.TestService/Sleep"))
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Headers.TryAddWithoutValidation("grpc-timeout", "200m");
        request.Headers.TryAddWithoutValidation("te", "trailers");

        var stopwatch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        var status = response.Headers.TryGetValues("grpc-status", out var values) ? values.Single()
            : response.TrailingHeaders.GetValues("grpc-status").Single();

        Assert.Equal(((int)StatusCode.DeadlineExceeded).ToString(), status);
        Assert.InRange(stopwatch.ElapsedMilliseconds, 150, 3000);
        await server.Observer.SleepWasCancelled.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task DeadlineAlreadyPassed_FailsImmediately()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.EchoAsync(new EchoRequest(), deadline: DateTime.UtcNow.AddSeconds(-1)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact]
    public async Task ClientCancellation_FailsWithCancelledAndCancelsServerHandler()
    {
        server.Observer.Reset();
        using var cancellation = new CancellationTokenSource();
        var call = server.Client.SleepAsync(new SleepRequest { Milliseconds = 10_000 }, cancellationToken: cancellation.Token);
        await server.Observer.SleepStartedWithDeadline.WaitAsync(TimeSpan.FromSeconds(5));
        cancellation.Cancel();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        Assert.Equal(StatusCode.Cancelled, call.GetStatus().StatusCode);
        await server.Observer.SleepWasCancelled.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task PreCancelledToken_FailsWithCancelled()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.EchoAsync(new EchoRequest(), cancellationToken: new CancellationToken(canceled: true)).ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    [Fact]
    public async Task CancellingStreamRead_MidStream_FailsWithCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        using var call = server.Client.ServerStream(new StreamRequest { Count = 1000, DelayMs = 20 });
        Assert.True(await call.ResponseStream.MoveNext(cancellation.Token));
        cancellation.Cancel();
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(cancellation.Token));
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }
}
