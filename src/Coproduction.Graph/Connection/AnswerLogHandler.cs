using System.Net;
using Microsoft.Extensions.Logging;

namespace Coproduction.Graph.Connection;

/// <summary>
/// Logs every answer that throttles (429) or fails on the service's side (5xx), with its status, the
/// request's method and the Retry-After it gave, so that the log says what happened even when the
/// SDK's retry handler retries in silence. Never the URL or the body: they may carry a file's name.
/// </summary>
internal sealed class AnswerLogHandler(ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
        {
            var retryAfter = response.Headers.NonValidated.TryGetValues("Retry-After", out var values) ? values.ToString() : null;
            Log.GraphAnswered(logger, (int)response.StatusCode, request.Method.Method, retryAfter ?? "none");
        }

        return response;
    }
}
