using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// A real HTTP receiver on loopback standing in for a Teams workflow's webhook: Kestrel on 127.0.0.1, a
/// port of its own, answering 202 Accepted as Workflows does and keeping every message it took. It can be
/// made to answer otherwise (500, 429, 404), or be down (stopped: connection refused), and come back on
/// the same address.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    /// <summary>The signature in the webhook's address: what makes it a secret.</summary>
    public const string Signature = "sIgNaTuRe-0f-tHe-w0rkfl0w-NEVER-LOGGED";

    private WebApplication? _app;
    private int _port;
    private int _attempts;

    private WebhookReceiver()
    {
    }

    /// <summary>The messages taken (answered 2xx), in the order they came.</summary>
    public ConcurrentQueue<JsonObject> Taken { get; } = new();

    /// <summary>How many requests came, taken or not.</summary>
    public int Attempts => _attempts;

    /// <summary>What it answers: 202 by default.</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.Accepted;

    /// <summary>The webhook's address, as a workflow's looks: its signature in the query.</summary>
    public string Url => $"http://127.0.0.1:{_port}/workflows/0a1b2c/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={Signature}";

    /// <summary>The cards of the messages taken.</summary>
    public IReadOnlyList<JsonObject> Cards => [.. Taken.Select(m => m["attachments"]![0]!["content"]!.AsObject())];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        await receiver.UpAsync();
        return receiver;
    }

    /// <summary>Down: it listens no more, and a connection is refused.</summary>
    public async Task DownAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Back, on the same address.</summary>
    public async Task UpAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, _port));
        var app = builder.Build();
        app.MapPost("/workflows/0a1b2c/triggers/manual/paths/invoke", async (HttpContext context) =>
        {
            Interlocked.Increment(ref _attempts);
            var message = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            if ((int)Answer is >= 200 and < 300)
            {
                Taken.Enqueue(message);
            }

            if (Answer == HttpStatusCode.TooManyRequests)
            {
                context.Response.Headers.RetryAfter = "120";
            }

            context.Response.StatusCode = (int)Answer;
        });
        await app.StartAsync();
        _port = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        _app = app;
    }

    public async ValueTask DisposeAsync() => await DownAsync();
}
