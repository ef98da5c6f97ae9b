using System.Globalization;

namespace Coproduction.Graph.Connection;

/// <summary>
/// SharePoint may ask to wait a fractional number of seconds (<c>Retry-After: 2.128</c>). The SDK's
/// retry handler reads only whole seconds (or a date) and otherwise waits its default 3 seconds,
/// which may be sooner than asked, so this rounds a fractional Retry-After up to whole seconds for it.
/// </summary>
internal sealed class RetryAfterHandler : DelegatingHandler
{
    /// <summary>Longer than any wait the SDK takes (it caps waits at 180 seconds).</summary>
    private const double LongestWait = 3600;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (WholeSeconds(response) is { } seconds)
        {
            response.Headers.Remove("Retry-After");
            response.Headers.TryAddWithoutValidation("Retry-After", seconds);
        }

        return response;
    }

    /// <returns>The whole seconds to wait, when the answer asks for a fractional number of seconds.</returns>
    internal static string? WholeSeconds(HttpResponseMessage response)
    {
        if (!response.Headers.NonValidated.TryGetValues("Retry-After", out var values) || values.Count != 1)
        {
            return null;
        }

        var text = values.ToString().Trim();
        return !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
                ? Math.Ceiling(Math.Min(seconds, LongestWait)).ToString(CultureInfo.InvariantCulture)
                : null;
    }
}
