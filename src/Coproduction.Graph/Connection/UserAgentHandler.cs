namespace Coproduction.Graph.Connection;

/// <summary>
/// Puts <c>NONISV|&lt;organisation&gt;|Coproduction/&lt;version&gt;</c> first in every request's
/// User-Agent, as Microsoft asks of SharePoint callers so that their traffic is recognised (and
/// throttled later than unrecognised traffic).
/// </summary>
internal sealed class UserAgentHandler(string organisation) : DelegatingHandler
{
    private readonly string _value = $"NONISV|{organisation}|Coproduction/{typeof(UserAgentHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"}";

    public string Value => _value;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", _value);
        return base.SendAsync(request, cancellationToken);
    }
}
