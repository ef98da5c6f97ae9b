using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Coproduction.Emulator.Http;

/// <summary>
/// Turns HTTP requests under <c>/v1.0</c> into <see cref="GraphRequest"/>s and answers them. Paths
/// are read from the raw request target and decoded segment by segment, so that a site path the SDK
/// sends encoded (<c>contoso.sharepoint.com%3A%2Fsites%2Fteam</c>) reads the same as one sent plain.
/// </summary>
internal static class HttpEndpoint
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task HandleAsync(HttpContext http, RequestPipeline pipeline)
    {
        pipeline.Received();
        var request = await ReadAsync(http, sharePointRest: false);
        var response = request is null
            ? GraphErrors.BadRequest("The request body is not valid JSON.", pipeline.Now)
            : await pipeline.HandleAsync(request, http.RequestAborted);
        await WriteAsync(http, response);
    }

    /// <summary>A request to a site's SharePoint REST API, under the site's path: <c>/sites/recovery/_api/…</c>.</summary>
    public static async Task HandleSharePointAsync(HttpContext http, RequestPipeline pipeline)
    {
        pipeline.Received();
        if (http.Request.Path.Value?.EndsWith("/_layouts/15/download.aspx", StringComparison.OrdinalIgnoreCase) == true)
        {
            // A pre-authenticated download URL: its token is its authorisation, no bearer token asked for.
            await WriteAsync(http, pipeline.Download(http.Request.Query["tempauth"].ToString(), http.Request.Headers.Authorization.Count > 0));
            return;
        }

        var request = await ReadAsync(http, sharePointRest: true);
        var response = request is null
            ? SharePointErrors.BadRequest("The request body is not valid JSON.")
            : await pipeline.HandleAsync(request, http.RequestAborted);
        await WriteAsync(http, response);
    }

    private static async Task<GraphRequest?> ReadAsync(HttpContext http, bool sharePointRest)
    {
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path + http.Request.QueryString;
        var parts = target.Split('?', 2);
        var path = parts[0];
        if (!sharePointRest)
        {
            var prefix = path.IndexOf("/v1.0", StringComparison.OrdinalIgnoreCase);
            path = path[(prefix + 5)..];
        }

        path = path.Trim('/');

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        var bytes = buffer.ToArray();
        JsonNode? body = null;
        var isUpload = !sharePointRest && path.EndsWith(":/content", StringComparison.OrdinalIgnoreCase);
        if (!isUpload && bytes.Length > 0)
        {
            try
            {
                body = JsonNode.Parse(bytes);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return new GraphRequest
        {
            Method = http.Request.Method.ToUpperInvariant(),
            Path = string.Join('/', path.Split('/').Select(Uri.UnescapeDataString)),
            Query = QueryString.Parse(parts.Length > 1 ? parts[1] : string.Empty),
            Headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Body = body,
            Content = isUpload ? bytes : null,
            SharePointRest = sharePointRest,
            BaseUrl = $"{http.Request.Scheme}://{http.Request.Host}/v1.0",
        };
    }

    public static async Task WriteAsync(HttpContext http, GraphResponse response)
    {
        if (response.Abort)
        {
            http.Abort();
            return;
        }

        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            http.Response.Headers[name] = value;
        }

        if (response.Content is { } content)
        {
            http.Response.ContentType = "application/octet-stream";
            await http.Response.Body.WriteAsync(content, http.RequestAborted);
        }
        else if (response.RawBody is { } raw)
        {
            http.Response.ContentType = "application/json";
            await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(raw), http.RequestAborted);
        }
        else if (response.Body is { } body)
        {
            // SharePoint's REST API answers in the form asked for, here always without metadata.
            http.Response.ContentType = http.Request.Path.StartsWithSegments("/v1.0", StringComparison.OrdinalIgnoreCase)
                ? "application/json; odata.metadata=minimal; charset=utf-8"
                : "application/json;odata=nometadata;streaming=true;charset=utf-8";
            await http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Json), http.RequestAborted);
        }
    }
}
