using Google.Protobuf;
using Grpc.Core;
using Platform.Grpc.Tests.Infrastructure;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Server;

public sealed class MetadataTests(GrpcTestServer server) : IClassFixture<GrpcTestServer>
{
    [Fact]
    public async Task RequestHeaders_AreEchoedAsResponseHeaders_IncludingBinary()
    {
        var headers = new Metadata
        {
            { "x-echo-text", "plain value" },
            { "x-echo-data-bin", new byte[] { 0, 200, 17, 3 } },
        };
        using var call = server.Client.EchoAsync(new EchoRequest(), headers);
        var responseHeaders = await call.ResponseHeadersAsync;
        await call;

        Assert.Equal("plain value", responseHeaders.GetValue("x-echo-text"));
        Assert.Equal(new byte[] { 0, 200, 17, 3 }, responseHeaders.GetValueBytes("x-echo-data-bin"));
    }

    [Fact]
    public async Task Trailers_AreAvailableAfterTheCall_IncludingBinary()
    {
        var payload = new byte[] { 1, 2, 3, 250, 251 };
        using var call = server.Client.EchoAsync(new EchoRequest { Payload = ByteString.CopyFrom(payload) });
        var response = await call;

        var trailers = call.GetTrailers();
        Assert.Equal(5, response.PayloadSize);
        Assert.Equal("platform", trailers.GetValue("x-served-by"));
        Assert.Equal(payload, trailers.GetValueBytes("x-payload-bin"));
    }

    [Fact]
    public void GetStatus_BeforeCompletion_Throws()
    {
        using var call = server.Client.SleepAsync(new SleepRequest { Milliseconds = 2000 });
        Assert.Throws<InvalidOperationException>(() => call.GetStatus());
    }
}
