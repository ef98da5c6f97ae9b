using System.Net;

namespace Coproduction.Graph.Connection;

public sealed class BatchSenderTests
{
    [Theory]
    [InlineData("315", 315)] // recorded from SharePoint Online (graph-examples: throttling-429.sharepoint-activityLimitReached)
    [InlineData("2.128", 2.128)]
    [InlineData("86400", 1800)]
    [InlineData(null, 1)]
    public void RetryAfter_AsSharePointGivesIt_IsWaitedAsGivenUpToHalfAnHour(string? retryAfter, double seconds)
    {
        using var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (retryAfter is not null)
        {
            answer.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        BatchSender.RetryAfter(answer).ShouldBe(TimeSpan.FromSeconds(seconds));
    }
}
