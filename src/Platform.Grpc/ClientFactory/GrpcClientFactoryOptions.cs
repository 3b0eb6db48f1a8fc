using Grpc.Net.Client;

namespace Grpc.Net.ClientFactory;

public sealed class GrpcClientFactoryOptions
{
    /// <summary>The server address, e.g. <c>http://127.0.0.1:7102</c>.</summary>
    public Uri? Address { get; set; }

    /// <summary>Applied to the channel options of every client created.</summary>
    public IList<Action<GrpcChannelOptions>> ChannelOptionsActions { get; } = [];
}
