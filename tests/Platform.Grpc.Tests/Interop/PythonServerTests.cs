using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Interop;

/// <summary>Our GrpcChannel against a real grpcio server (tests/interop/python/test_service_server.py).</summary>
public sealed class PythonServerTests : IAsyncLifetime
{
    private Process? python;
    private GrpcChannel? channel;

    private TestService.TestServiceClient Client => new(channel!);

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo(InteropPaths.Python)
        {
            WorkingDirectory = InteropPaths.PythonDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "test_service_server.py", "--proto-root", InteropPaths.ProtoRoot, "--proto", InteropPaths.TestProto })
            start.ArgumentList.Add(argument);
        python = Process.Start(start) ?? throw new InvalidOperationException("Could not start the python gRPC server.");
        var line = await python.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line is null || !line.StartsWith("LISTENING ", StringComparison.Ordinal))
            throw new InvalidOperationException($"The python gRPC server did not start: '{line}'.");
        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{line["LISTENING ".Length..]}");
    }

    public async Task DisposeAsync()
    {
        channel?.Dispose();
        if (python is null) return;
        python.StandardInput.Close(); // the script stops when its stdin closes
        if (!python.WaitForExit(5000)) python.Kill(entireProcessTree: true);
        await Task.CompletedTask;
        python.Dispose();
    }

    [Fact]
    public async Task Unary_ReturnsResponseHeadersAndBinaryTrailers()
    {
        using var call = Client.EchoAsync(new EchoRequest { Message = "到 python", Payload = ByteString.CopyFrom(9, 8, 7) });
        var headers = await call.ResponseHeadersAsync;
        var response = await call;
        Assert.Equal("到 python", response.Message);
        Assert.Equal(3, response.PayloadSize);
        Assert.Equal("yes", headers.GetValue("x-python-header"));
        Assert.Equal("grpcio", call.GetTrailers().GetValue("x-served-by"));
        Assert.Equal(new byte[] { 9, 8, 7 }, call.GetTrailers().GetValueBytes("x-payload-bin"));
    }

    [Fact]
    public async Task ServerStreaming_ReceivesAllMessages()
    {
        using var call = Client.ServerStream(new StreamRequest { Message = "p", Count = 4 });
        var indexes = new List<int>();
        await foreach (var message in call.ResponseStream.ReadAllAsync()) indexes.Add(message.Index);
        Assert.Equal([0, 1, 2, 3], indexes);
    }

    [Fact]
    public async Task ClientAndDuplexStreaming_Work()
    {
        using var clientStream = Client.ClientStream();
        await clientStream.RequestStream.WriteAsync(new EchoRequest { Message = "a" });
        await clientStream.RequestStream.WriteAsync(new EchoRequest { Message = "b" });
        await clientStream.RequestStream.CompleteAsync();
        Assert.Equal("a+b", (await clientStream).Message);

        using var bidi = Client.Bidi();
        await bidi.RequestStream.WriteAsync(new EchoRequest { Message = "x" });
        Assert.True(await bidi.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal("echo x", bidi.ResponseStream.Current.Message);
        await bidi.RequestStream.CompleteAsync();
        Assert.False(await bidi.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact]
    public async Task ErrorStatus_WithChineseDetail_IsDecoded()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client.FailAsync(new FailRequest { Code = (int)StatusCode.FailedPrecondition, Detail = InteropCalls.ChineseDetail }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal(InteropCalls.ChineseDetail, error.Status.Detail);
    }

    [Fact]
    public async Task Deadline_SlowPythonHandler_IsDeadlineExceeded()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Client.SleepAsync(new SleepRequest { Milliseconds = 5000 }, deadline: DateTime.UtcNow.AddMilliseconds(400)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }
}
