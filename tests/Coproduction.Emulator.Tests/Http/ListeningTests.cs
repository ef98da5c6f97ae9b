using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Http;

/// <summary>Where the emulator listens and which Host headers it answers, over real HTTP.</summary>
public sealed class ListeningTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task Request_HostNamingAnotherServer_IsRefusedWithAGraphError(string host)
    {
        await using var emulator = await StartAsync("http://127.0.0.1:0");

        var (status, body) = await GetSiteAsync(emulator.GraphUrl, host);

        status.ShouldBe(421);
        var error = JsonNode.Parse(body)!["error"]!;
        error["code"]!.GetValue<string>().ShouldBe("misdirectedRequest");
        error["message"]!.GetValue<string>().ShouldContain("Host header does not name this emulator");
        body.ShouldNotContain("evil", Case.Insensitive);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.2")]
    [InlineData("[::1]")]
    public async Task Request_LoopbackHost_IsAnswered(string host)
    {
        await using var emulator = await StartAsync("http://127.0.0.1:0");
        var port = new Uri(emulator.GraphUrl).Port;

        var (status, body) = await GetSiteAsync(emulator.GraphUrl, $"{host}:{port.ToString(CultureInfo.InvariantCulture)}");

        status.ShouldBe(200, body);
    }

    [Fact]
    public async Task Request_HostOfAConfiguredUrl_IsAnswered()
    {
        var port = FreePort();
        await using var emulator = await StartAsync($"http://loopback:{port}");

        var (status, body) = await GetSiteAsync(emulator.GraphUrl, $"loopback:{port}");

        status.ShouldBe(200, body);
    }

    [Fact]
    public async Task Request_NoHost_IsRefused()
    {
        await using var emulator = await StartAsync("http://127.0.0.1:0");
        var url = new Uri(emulator.GraphUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, url.Port);
        await using var stream = tcp.GetStream();

        // HTTP/1.0 may leave the Host out; a browser never does, and neither may a caller here.
        await stream.WriteAsync("GET /v1.0/sites/contoso.sharepoint.com:/sites/recovery HTTP/1.0\r\nAuthorization: Bearer user:sam@example.org\r\n\r\n"u8.ToArray());
        using var reader = new StreamReader(stream);
        var statusLine = await reader.ReadLineAsync();

        statusLine.ShouldNotBeNull().ShouldStartWith("HTTP/1.1 421");
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("loopback")]
    [InlineData("LocalHost")]
    public async Task Start_LoopbackName_ListensOnLoopbackAddressesOnlyNeverAWildcard(string name)
    {
        var port = FreePort();

        await using var emulator = await StartAsync($"http://{name}:{port}");

        emulator.GraphUrl.ShouldBe($"http://127.0.0.1:{port}/v1.0");
        if (OperatingSystem.IsLinux())
        {
            var listening = ListeningAddresses(port);
            listening.ShouldNotBeEmpty();
            listening.ShouldAllBe(a => IPAddress.IsLoopback(a), string.Join(", ", listening));
        }

        // A wildcard on the port would take this bind from us; loopback addresses leave another address free.
        if (NonLoopbackAddress() is { } other)
        {
            using var probe = new Socket(other.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(other, port));
        }
    }

    [Theory]
    [InlineData("http://[::ffff:127.0.0.1]:0")]
    [InlineData("http://127.1:0")]
    public async Task Start_LoopbackAddressWrittenAnotherWay_ListensOnIt(string url)
    {
        await using var emulator = await StartAsync(url);

        emulator.GraphUrl.ShouldStartWith("http://127.0.0.1:");
        var (status, body) = await GetSiteAsync(emulator.GraphUrl, null);
        status.ShouldBe(200, body);
    }

    private static async Task<GraphEmulator> StartAsync(string url)
    {
        var options = new GraphEmulatorOptions();
        options.Urls.Clear();
        options.Urls.Add(url);
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        return await GraphEmulator.StartAsync(options);
    }

    private static async Task<(int Status, string Body)> GetSiteAsync(string graphUrl, string? host)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{graphUrl}/sites/contoso.sharepoint.com:/sites/recovery");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "user:sam@example.org");
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IPAddress? NonLoopbackAddress() =>
        System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));

    /// <summary>The local addresses of the sockets listening on a port, from /proc/net/tcp and tcp6.</summary>
    private static List<IPAddress> ListeningAddresses(int port)
    {
        var addresses = new List<IPAddress>();
        foreach (var file in new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists))
        {
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var (local, state) = (columns[1].Split(':'), columns[3]);
                if (state != "0A" || int.Parse(local[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) != port)
                {
                    continue;
                }

                // The kernel writes each 32-bit word of the address in the machine's byte order.
                var bytes = Convert.FromHexString(local[0]);
                for (var word = 0; word < bytes.Length; word += 4)
                {
                    if (BitConverter.IsLittleEndian)
                    {
                        Array.Reverse(bytes, word, 4);
                    }
                }

                var address = new IPAddress(bytes);
                addresses.Add(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
            }
        }

        return addresses;
    }
}
