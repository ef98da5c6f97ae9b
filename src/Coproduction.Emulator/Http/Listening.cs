using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Coproduction.Emulator.Http;

/// <summary>Where the emulator listens, address by address, and which <c>Host</c> headers it answers.</summary>
internal static class Listening
{
    /// <summary>
    /// Binds a URL's addresses: an IP literal as itself (an IPv4-mapped one as IPv4); a loopback name
    /// (<c>localhost</c>) as 127.0.0.1 and, on a fixed port where the machine has it, [::1]; any other name
    /// (only when listening beyond loopback is allowed) on every address, as Kestrel would.
    /// </summary>
    public static void Bind(KestrelServerOptions kestrel, Uri url)
    {
        void Configure(ListenOptions listen)
        {
            if (url.Scheme == Uri.UriSchemeHttps)
            {
                listen.UseHttps();
            }
        }

        if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address))
        {
            kestrel.Listen(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address, url.Port, Configure);
        }
        else if (url.IsLoopback)
        {
            kestrel.Listen(IPAddress.Loopback, url.Port, Configure);
            if (url.Port != 0 && IPv6LoopbackWorks())
            {
                kestrel.Listen(IPAddress.IPv6Loopback, url.Port, Configure);
            }
        }
        else
        {
            kestrel.ListenAnyIP(url.Port, Configure);
        }
    }

    private static bool IPv6LoopbackWorks()
    {
        if (!Socket.OSSupportsIPv6)
        {
            return false;
        }

        try
        {
            using var probe = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(IPAddress.IPv6Loopback, 0));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// The <c>Host</c> headers the emulator answers: localhost, a loopback address, and the host of each
    /// URL it listens on. Listening beyond loopback (when allowed), also any IP address and this machine's
    /// name: an address cannot be rebound to another server, and a name the URLs do not give can.
    /// </summary>
    public sealed class Hosts
    {
        private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase) { "localhost" };
        private readonly HashSet<IPAddress> _addresses = [];
        private readonly bool _beyondLoopback;

        public Hosts(IEnumerable<string> urls, bool beyondLoopback)
        {
            _beyondLoopback = beyondLoopback;

            // The host as written as well as as Uri has it: Uri turns 'loopback' into 'localhost'.
            foreach (var host in urls.SelectMany(url => new[] { new Uri(url).Host, Written(url) }))
            {
                if (Address(host) is { } address)
                {
                    _addresses.Add(address);
                }
                else
                {
                    _names.Add(host.TrimEnd('.'));
                }
            }

            if (beyondLoopback)
            {
                _names.Add(Dns.GetHostName());
            }
        }

        public bool Allows(HostString host)
        {
            if (!host.HasValue || host.Host.Length == 0)
            {
                return false;
            }

            return Address(host.Host) is { } address
                ? IPAddress.IsLoopback(address) || _addresses.Contains(address) || _beyondLoopback
                : _names.Contains(host.Host.TrimEnd('.'));
        }

        private static string Written(string url)
        {
            var authority = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/', '?', '#')[0];
            authority = authority[(authority.LastIndexOf('@') + 1)..];
            return authority.StartsWith('[') ? authority[..(authority.IndexOf(']', StringComparison.Ordinal) + 1)] : authority.Split(':')[0];
        }

        private static IPAddress? Address(string host) =>
            IPAddress.TryParse(host.Trim('[', ']'), out var address) ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) : null;
    }
}
