using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Infrastructure;

/// <summary>Plain HTTP calls to the emulator, for checking exactly what goes over the wire.</summary>
internal sealed class GraphHttp(string graphUrl) : IDisposable
{
    public const string Sam = "user:sam.jones@example.org";

    private readonly HttpClient _http = new();

    public string GraphUrl { get; } = graphUrl;

    public async Task<Answer> SendAsync(string method, string path, JsonNode? body = null, string? token = Sam, IDictionary<string, string>? headers = null, byte[]? content = null, bool noRequestId = false)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.StartsWith("http", StringComparison.Ordinal) ? path : $"{GraphUrl}/{path.TrimStart('/')}");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        // As the SDK does, every request names itself: Graph echoes it in the answer and its errors.
        if (!noRequestId)
        {
            request.Headers.TryAddWithoutValidation("client-request-id", Guid.NewGuid().ToString());
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        else if (content is not null)
        {
            request.Content = new ByteArrayContent(content);
        }

        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = Parse(text);
        return new Answer((int)response.StatusCode, json, text, response.Headers);
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return text.Length > 0 && text[0] is '{' or '[' ? JsonNode.Parse(text) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // a scripted malformed body: the test reads Text
        }
    }

    public Task<Answer> GetAsync(string path, string? token = Sam) => SendAsync("GET", path, token: token);

    public void Dispose() => _http.Dispose();

    internal sealed record Answer(int Status, JsonNode? Json, string Text, HttpResponseHeaders Headers)
    {
        public JsonNode Body => Json ?? throw new InvalidOperationException($"HTTP {Status} with no JSON body: {Text}");

        public string? Header(string name) => Headers.TryGetValues(name, out var values) ? values.First() : null;
    }
}
