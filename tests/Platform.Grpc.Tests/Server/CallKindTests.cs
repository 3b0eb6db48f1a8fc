using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Server;

public sealed class CallKindTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    private static DateTime In(int milliseconds) => DateTime.UtcNow.AddMilliseconds(milliseconds);

    [Fact]
    public async Task Unary_Echo_ReturnsMessageAndOkStatus()
    {
        using var call = server.Client.EchoAsync(new EchoRequest { Message = "hello 世界" }, deadline: In(5000));
        var response = await call;
        Assert.Equal("hello 世界", response.Message);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public void BlockingUnary_Echo_ReturnsMessage()
    {
        var response = server.Client.Echo(new EchoRequest { Message = "sync" });
        Assert.Equal("sync", response.Message);
    }

    [Fact]
    public async Task ServerStreaming_ReturnsEveryMessageInOrder()
    {
        using var call = server.Client.ServerStream(new StreamRequest { Message = "s", Count = 5 }, deadline: In(5000));
        var indexes = new List<int>();
        await foreach (var message in call.ResponseStream.ReadAllAsync()) indexes.Add(message.Index);
        Assert.Equal([0, 1, 2, 3, 4], indexes);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ServerStreaming_ZeroMessages_EndsCleanly()
    {
        using var call = server.Client.ServerStream(new StreamRequest { Count = 0 });
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task ServerStreaming_ErrorAfterMessages_DeliversMessagesThenStatus()
    {
        using var call = server.Client.ServerStream(new StreamRequest { Message = "fail-after", Count = 3 });
        var received = 0;
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var _ in call.ResponseStream.ReadAllAsync()) received++;
        });
        Assert.Equal(3, received);
        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal("aborted after 3 messages", error.Status.Detail);
    }

    [Fact]
    public async Task ClientStreaming_JoinsAllRequests()
    {
        using var call = server.Client.ClientStream(deadline: In(5000));
        foreach (var message in new[] { "a", "b", "c" }) await call.RequestStream.WriteAsync(new EchoRequest { Message = message });
        await call.RequestStream.CompleteAsync();
        var response = await call;
        Assert.Equal("a+b+c", response.Message);
        Assert.Equal(3, response.Index);
    }

    [Fact]
    public async Task DuplexStreaming_PingPong_AnswersEachMessageBeforeTheNext()
    {
        using var call = server.Client.Bidi(deadline: In(5000));
        var answers = new List<string>();
        foreach (var message in new[] { "x", "y", "z" })
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Message = message });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            answers.Add(call.ResponseStream.Current.Message);
        }
        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(["echo x", "echo y", "echo z"], answers);
    }

    [Fact]
    public async Task EachCall_GetsANewServiceInstance()
    {
        var first = await server.Client.EchoAsync(new EchoRequest());
        var second = await server.Client.EchoAsync(new EchoRequest());
        Assert.NotEqual(first.InstanceId, second.InstanceId);
    }

    [Fact]
    public async Task ManyConcurrentCalls_AllSucceed()
    {
        var calls = Enumerable.Range(0, 200).Select(i => server.Client.EchoAsync(new EchoRequest { Message = i.ToString() }).ResponseAsync);
        var responses = await Task.WhenAll(calls);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString()), responses.Select(r => r.Message));
    }
}
