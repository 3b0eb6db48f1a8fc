using System.Net;
using System.Net.Sockets;

namespace Platform.Services.Tests.EndToEnd;

internal static class FreePorts
{
    /// <summary>Distinct loopback ports free right now (all listeners held open until every port is chosen).</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
