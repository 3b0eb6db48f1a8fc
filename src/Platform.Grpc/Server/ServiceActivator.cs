using Microsoft.Extensions.DependencyInjection;

namespace Platform.Grpc.Server;

/// <summary>One service instance per call: from DI when registered, otherwise constructed from the request scope.</summary>
internal static class ServiceActivator<TService> where TService : class
{
    private static readonly ObjectFactory<TService> Factory = ActivatorUtilities.CreateFactory<TService>([]);

    public static (TService Service, bool Created) Create(IServiceProvider requestServices)
    {
        var registered = requestServices.GetService<TService>();
        return registered is not null ? (registered, false) : (Factory(requestServices, null), true);
    }

    /// <summary>Disposes instances this activator created; DI owns the others.</summary>
    public static async ValueTask ReleaseAsync(TService service, bool created)
    {
        if (!created) return;
        if (service is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        else if (service is IDisposable disposable) disposable.Dispose();
    }
}
