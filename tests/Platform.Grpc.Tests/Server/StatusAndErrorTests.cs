using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Server;

public sealed class StatusAndErrorTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    [Fact]
    public async Task RpcException_WithChineseDetail_ReachesClientIntact()
    {
        const string detail = "找不到文档 ‘42’ — 100% 失败";
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.FailAsync(new FailRequest { Code = (int)StatusCode.NotFound, Detail = detail }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        Assert.Equal(detail, error.Status.Detail);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, error.Trailers.GetValueBytes("x-error-bin"));
    }

    [Fact]
    public async Task ErrorBeforeAnyMessage_IsSentTrailersOnlyWithPercentEncodedMessage()
    {
        using var http = H2cClient();
        var request = new FailRequest { Code = (int)StatusCode.InvalidArgument, Detail = "名字不能为空" };
        var body = Frame(request.ToByteArray());
        using var response = await http.SendAsync(GrpcRequest("/platform.testing.v1.TestService/Fail", body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3", Header(response, "grpc-status"));
        Assert.Equal("%E5%90%8D%E5%AD%97%E4%B8%8D%E8%83%BD%E4%B8%BA%E7%A9%BA", Header(response, "grpc-message"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Empty(response.TrailingHeaders);
    }

    [Fact]
    public async Task UnexpectedException_IsUnknownWithoutInternalDetail()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            server.Client.FailAsync(new FailRequest { Unexpected = true }).ResponseAsync);
        Assert.Equal(StatusCode.Unknown, error.StatusCode);
        Assert.Equal("Exception was thrown by handler.", error.Status.Detail);
        Assert.DoesNotContain("secret", error.Status.Detail);
    }

    [Fact]
    public async Task UnknownMethod_IsUnimplemented()
    {
        var invoker = server.Channel.CreateCallInvoker();
        var method = new Method<EchoRequest, EchoResponse>(MethodType.Unary, "platform.testing.v1.TestService", "NoSuchMethod",
            Marshallers.Create<EchoRequest>((m, c) => c.Complete(m.ToByteArray()), c => EchoRequest.Parser.ParseFrom(c.PayloadAsNewBuffer())),
            Marshallers.Create<EchoResponse>((m, c) => c.Complete(m.ToByteArray()), c => EchoResponse.Parser.ParseFrom(c.PayloadAsNewBuffer())));
        var error = await Assert.ThrowsAsync<RpcException>(() => invoker.AsyncUnaryCall(method, null, new CallOptions(), new EchoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }

    [Fact]
    public async Task UnknownService_IsUnimplemented()
    {
        using var http = H2cClient();
        using var response = await http.SendAsync(GrpcRequest("/no.such.Service/Call", Frame([])));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), Header(response, "grpc-status"));
    }

    [Fact]
    public async Task CompressedRequestEncoding_IsUnimplemented()
    {
        using var http = H2cClient();
        var request = GrpcRequest("/platform.testing.v1.TestService/Echo", Frame([]));
        request.Headers.TryAddWithoutValidation("grpc-encoding", "gzip");
        using var response = await http.SendAsync(request);
        Assert.Equal(((int)StatusCode.Unimplemented).ToString(), Header(response, "grpc-status"));
        Assert.Equal("identity", Header(response, "grpc-accept-encoding"));
    }

    [Fact]
    public async Task RequestLargerThanServerLimit_IsResourceExhausted()
    {
        var payload = Google.Protobuf.ByteString.CopyFrom(new byte[GrpcTestServer.MaxReceiveMessageSize + 1]);
        var error = await Assert.ThrowsAsync<RpcException>(() => server.Client.EchoAsync(new EchoRequest { Payload = payload }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task RequestLargerThanClientSendLimit_IsResourceExhaustedWithoutSending()
    {
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxSendMessageSize = 10 });
        var client = new TestService.TestServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Message = new string('x', 100) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task ResponseLargerThanClientReceiveLimit_IsResourceExhausted()
    {
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { MaxReceiveMessageSize = 10 });
        var client = new TestService.TestServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest { Message = new string('x', 100) }).ResponseAsync);
        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
    }

    [Fact]
    public async Task ServerDown_IsUnavailable()
    {
        var port = FreePort();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var client = new TestService.TestServiceClient(channel);
        var error = await Assert.ThrowsAsync<RpcException>(() => client.EchoAsync(new EchoRequest()).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    [Fact]
    public async Task ServerDown_ClientStreamingWrite_FailsWithUnavailableInsteadOfHanging()
    {
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{FreePort()}");
        var client = new TestService.TestServiceClient(channel);
        using var call = client.ClientStream();
        var error = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await call.RequestStream.WriteAsync(new EchoRequest()).WaitAsync(TimeSpan.FromSeconds(10));
            await call.ResponseAsync.WaitAsync(TimeSpan.FromSeconds(10));
        });
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private HttpClient H2cClient() => new()
    {
        BaseAddress = server.Address,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    private static HttpRequestMessage GrpcRequest(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return request;
    }

    private static byte[] Frame(byte[] payload) =>
        [0, (byte)(payload.Length >> 24), (byte)(payload.Length >> 16), (byte)(payload.Length >> 8), (byte)payload.Length, .. payload];

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
