namespace Grpc.Core;

/// <summary>The parts every client call exposes, supplied by the call invoker.</summary>
internal readonly struct AsyncCallState(
    Task<Metadata> responseHeadersAsync,
    Func<Status> getStatusFunc,
    Func<Metadata> getTrailersFunc,
    Action disposeAction)
{
    internal Task<Metadata> ResponseHeadersAsync { get; } = responseHeadersAsync;

    internal Status GetStatus() => getStatusFunc();

    internal Metadata GetTrailers() => getTrailersFunc();

    internal void Dispose() => disposeAction();
}
