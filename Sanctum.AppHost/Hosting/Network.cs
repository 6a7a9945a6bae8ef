using System.Net;
using System.Net.Sockets;

namespace Sanctum.AppHost.Hosting;

internal static class Network
{
    /// <summary>
    /// For health probes. A service's first request can take seconds on a cold start. Connection: close, so no idle
    /// connection of ours keeps a server from exiting when it is told to stop.
    /// </summary>
    public static readonly HttpClient Http = new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        DefaultRequestHeaders = { ConnectionClose = true },
    };

    // Linux takes the local ports of outgoing connections from 32768 up (ip_local_port_range). Below that, a port
    // found free cannot be taken by some connection in the moment before the child binds it.
    private const int LowestPort = 20000;
    private const int EphemeralPortsStart = 32768;

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A loopback port nothing listens on, never handed out twice by this process.</summary>
    public static int GetFreePort()
    {
        lock (HandedOut)
        {
            while (true)
            {
                var port = Random.Shared.Next(LowestPort, EphemeralPortsStart);
                if (HandedOut.Add(port) && IsFree(port))
                    return port;
            }
        }
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public static async Task<bool> AcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
