using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Coproduction.Emulator.Infrastructure;

/// <summary>
/// The real Microsoft.Graph SDK pointed at the emulator, with its default middleware (retry on 429
/// and 503 with Retry-After, redirects, compression). The token goes to 127.0.0.1 only because the
/// provider's allowed hosts say so: by default the SDK sends tokens to Microsoft's hosts alone.
/// </summary>
internal static class GraphClients
{
    public static GraphServiceClient For(string graphUrl, string token = GraphHttp.Sam) =>
        new(GraphClientFactory.Create(), new BaseBearerTokenAuthenticationProvider(new StaticToken(token)), graphUrl);

    private sealed class StaticToken(string token) : IAccessTokenProvider
    {
        public AllowedHostsValidator AllowedHostsValidator { get; } = new(["127.0.0.1"]);

        public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
    }
}
