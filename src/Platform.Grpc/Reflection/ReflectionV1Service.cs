using Grpc.Core;
using Grpc.Reflection.V1;

namespace Platform.Grpc.Reflection;

internal sealed class ReflectionV1Service(ReflectionRequestHandler handler) : ServerReflection.ServerReflectionBase
{
    public override async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requestStream,
        IServerStreamWriter<ServerReflectionResponse> responseStream, ServerCallContext context)
    {
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
            await responseStream.WriteAsync(handler.Handle(request));
    }
}
