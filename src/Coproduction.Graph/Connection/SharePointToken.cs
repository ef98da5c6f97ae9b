using System.Net.Http.Headers;
using Azure.Core;

namespace Coproduction.Graph.Connection;

/// <summary>
/// Signs each request to SharePoint's REST API. SharePoint takes a token for its own resource, not
/// Graph's: one for the host the request goes to (<c>https://contoso.sharepoint.com/.default</c>), from
/// the credential Graph's token comes from, so a token is only ever sent to the host it names. Without a
/// credential (a loopback Graph URL: the emulator), the emulator's token, and only to loopback.
/// </summary>
internal sealed class SharePointToken(TokenCredential? credential, string emulatorToken) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        if (credential is not null)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([$"{uri.Scheme}://{uri.Host}/.default"]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        else if (uri.IsLoopback)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", emulatorToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
