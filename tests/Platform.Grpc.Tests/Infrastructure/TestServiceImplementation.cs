using Google.Protobuf;
using Grpc.Core;
using Platform.Testing.V1;

namespace Platform.Grpc.Tests.Infrastructure;

/// <summary>The service under test, written as against Grpc.AspNetCore. One instance per call (see <see cref="InstanceId"/>).</summary>
internal sealed class TestServiceImplementation(CallObserver observer) : TestService.TestServiceBase
{
    private readonly string instanceId = Guid.NewGuid().ToString("N");

    public string InstanceId => instanceId;

    public override async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        var echoed = new Metadata();
        foreach (var entry in context.RequestHeaders.Where(e => e.Key.StartsWith("x-echo-", StringComparison.Ordinal)))
            echoed.Add(entry);
        await context.WriteResponseHeadersAsync(echoed);
        context.ResponseTrailers.Add("x-served-by", "platform");
        context.ResponseTrailers.Add("x-payload-bin", request.Payload.ToByteArray());
        return new EchoResponse { Message = request.Message, InstanceId = instanceId, PayloadSize = request.Payload.Length };
    }

    public override async Task ServerStream(StreamRequest request, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        for (var index = 0; index < request.Count; index++)
        {
            if (request.DelayMs > 0) await Task.Delay(request.DelayMs, context.CancellationToken);
            await responseStream.WriteAsync(new EchoResponse { Message = request.Message, Index = index, InstanceId = instanceId });
        }
        if (request.Message == "fail-after")
            throw new RpcException(new Status(StatusCode.Aborted, $"aborted after {request.Count} messages"));
    }

    public override async Task<EchoResponse> ClientStream(IAsyncStreamReader<EchoRequest> requestStream, ServerCallContext context)
    {
        var messages = new List<string>();
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken)) messages.Add(request.Message);
        return new EchoResponse { Message = string.Join("+", messages), Index = messages.Count, InstanceId = instanceId };
    }

    public override async Task Bidi(IAsyncStreamReader<EchoRequest> requestStream, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
            await responseStream.WriteAsync(new EchoResponse { Message = "echo " + request.Message, Index = index++ });
    }

    public override async Task<SleepResponse> Sleep(SleepRequest request, ServerCallContext context)
    {
        observer.SleepStarted(context.Deadline);
        try
        {
            await Task.Delay(request.Milliseconds, context.CancellationToken);
        }
        catch (OperationCanceledException)
        {
            observer.SleepCancelled();
            throw;
        }
        return new SleepResponse();
    }

    public override Task<FailResponse> Fail(FailRequest request, ServerCallContext context)
    {
        if (request.Unexpected) throw new InvalidOperationException("secret internal detail");
        var trailers = new Metadata { { "x-error-bin", new byte[] { 0, 1, 2, 255 } } };
        throw new RpcException(new Status((StatusCode)request.Code, request.Detail), trailers);
    }
}
