using System.Reflection;

namespace Platform.Grpc.Server;

/// <summary>Finds the implementation of a generated base method and binds it as an open-instance delegate.</summary>
internal static class ServiceMethodLookup
{
    public static TDelegate Bind<TService, TDelegate>(string methodName, params Type[] parameterTypes)
        where TDelegate : Delegate
    {
        var method = typeof(TService).GetMethod(methodName, BindingFlags.Public | BindingFlags.Instance, parameterTypes)
            ?? throw new InvalidOperationException(
                $"Could not find '{methodName}' on {typeof(TService)}; does it derive from the generated service base?");
        return method.CreateDelegate<TDelegate>();
    }
}
