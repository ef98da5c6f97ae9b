using System.Net.Http.Headers;
using System.Text;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// Sends a digest to a site's webhook, one HTTP POST, and says what became of it. Its own client, not
/// one from <c>IHttpClientFactory</c>: the factory's handlers log each request's address, and a
/// workflow's address carries its signature, a secret. Redirects are not followed (a workflow's address
/// answers itself); nothing of the receiver's answer is kept or logged but its status.
/// </summary>
internal sealed class WebhookPoster(TimeProvider time) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        // The wait is the poster's own, on the worker's clock.
        Timeout = System.Threading.Timeout.InfiniteTimeSpan,
    };

    public async Task<PostOutcome> PostAsync(string webhook, string body, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(NudgeOptions.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        try
        {
            using var answer = await _http.PostAsync(webhook, content, linked.Token);
            var status = (int)answer.StatusCode;
            return status switch
            {
                >= 200 and < 300 => new PostOutcome(PostOutcomeKind.Taken, status),
                429 or >= 500 => new PostOutcome(PostOutcomeKind.TryLater, status, RetryAfter(answer.Headers.RetryAfter)),
                _ => new PostOutcome(PostOutcomeKind.Refused, status),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PostOutcome(PostOutcomeKind.TryLater, null);
        }
        catch (HttpRequestException)
        {
            // No connection (refused, no route, a name not found, TLS failing): the receiver is down, or the way to it.
            return new PostOutcome(PostOutcomeKind.TryLater, null);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) =>
        header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);

    public void Dispose() => _http.Dispose();
}
