using System.Net.Sockets;
using Grpc.Net.Client;

namespace Tidewater.LocalHost.Durable;

/// <summary>
/// Where the in-process sidecar listens: a Unix domain socket in the temp folder, private to this process, and the
/// gRPC channel the worker and client use to reach it.
/// </summary>
/// <remarks>
/// A socket file rather than a TCP port: nothing to allocate or collide with (several local hosts on one machine),
/// nothing reachable from the network, and the path is known before the sidecar starts, so the worker and client
/// can be registered with a fixed channel.
/// </remarks>
public sealed class SidecarEndpoint : IDisposable
{
    /// <summary>Creates an endpoint with a fresh socket path.</summary>
    public SidecarEndpoint()
    {
        SocketPath = Path.Combine(Path.GetTempPath(), $"tw-dt-{Guid.NewGuid():N}.sock");
        var endPoint = new UnixDomainSocketEndPoint(SocketPath);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException)
                {
                    socket.Dispose();
                    throw;
                }
            },
            EnableMultipleHttp2Connections = true,
        };
        Channel = GrpcChannel.ForAddress("http://localhost", new GrpcChannelOptions { HttpHandler = handler, DisposeHttpClient = true });
    }

    /// <summary>The socket file.</summary>
    public string SocketPath { get; }

    /// <summary>The channel to the sidecar.</summary>
    public GrpcChannel Channel { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Channel.Dispose();
        File.Delete(SocketPath);
    }
}
