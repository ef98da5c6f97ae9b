using System.Net;

namespace Coproduction.Graph.Connection;

/// <summary>The SDK's retry handler reads only whole seconds: a fractional Retry-After is rounded up for it, never down.</summary>
public sealed class RetryAfterHandlerTests
{
    [Theory]
    [InlineData("0.5", "1")]
    [InlineData("2.128", "3")]
    [InlineData("0.0", "0")]
    [InlineData("7200.5", "3600")]
    [InlineData("2", null)]
    [InlineData("Wed, 21 Oct 2026 07:28:00 GMT", null)]
    [InlineData("soon", null)]
    [InlineData("-1.5", null)]
    public void WholeSeconds_RetryAfter_IsRoundedUpOnlyWhenFractional(string retryAfter, string? expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);

        RetryAfterHandler.WholeSeconds(response).ShouldBe(expected);
    }

    [Fact]
    public async Task SendAsync_FractionalRetryAfter_ReachesTheSdkAsWholeSeconds()
    {
        using var handler = new RetryAfterHandler { InnerHandler = new Answer("1.25") };
        using var invoker = new HttpMessageInvoker(handler);

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/v1.0/sites"), CancellationToken.None);

        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(2));
    }

    private sealed class Answer(string retryAfter) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            return Task.FromResult(response);
        }
    }
}
