using Grpc.Core;

namespace Platform.Grpc.Client;

/// <summary>What a request stream needs to know about the call it belongs to.</summary>
internal interface IClientCallState
{
    /// <summary>Fires on deadline, user cancellation or disposal.</summary>
    CancellationToken CallToken { get; }

    /// <summary>The exception for a call that already ended with an error, else null.</summary>
    RpcException? CompletionError { get; }
}
