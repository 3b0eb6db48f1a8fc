using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrpcClientServiceExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> (a generated client) as a transient service whose calls go over a
    /// named HttpClient from IHttpClientFactory to <see cref="GrpcClientFactoryOptions.Address"/>.
    /// </summary>
    public static IHttpClientBuilder AddGrpcClient<TClient>(this IServiceCollection services, Action<GrpcClientFactoryOptions> configureClient)
        where TClient : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureClient);
        var name = typeof(TClient).FullName ?? typeof(TClient).Name;
        services.AddOptions<GrpcClientFactoryOptions>(name).Configure(configureClient);
        var builder = services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(GrpcChannel.CreateDefaultHandler)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddTransient(provider => CreateClient<TClient>(provider, name));
        return builder;
    }

    private static TClient CreateClient<TClient>(IServiceProvider provider, string name) where TClient : class
    {
        var options = provider.GetRequiredService<IOptionsMonitor<GrpcClientFactoryOptions>>().Get(name);
        var address = options.Address
            ?? throw new InvalidOperationException($"No address is configured for the gRPC client {name}; set GrpcClientFactoryOptions.Address.");
        var channelOptions = new GrpcChannelOptions
        {
            HttpClient = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name),
            DisposeHttpClient = false,
        };
        foreach (var configure in options.ChannelOptionsActions) configure(channelOptions);
        var invoker = GrpcChannel.ForAddress(address, channelOptions).CreateCallInvoker();
        return (TClient)(Activator.CreateInstance(typeof(TClient), invoker)
            ?? throw new InvalidOperationException($"{typeof(TClient)} has no constructor taking a CallInvoker."));
    }
}
