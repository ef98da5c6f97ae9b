using Microsoft.Kiota.Abstractions.Authentication;

namespace Coproduction.Graph.Connection;

/// <summary>
/// The token for the emulator on loopback. The SDK sends a token only to hosts its provider allows,
/// and by default none of Microsoft's providers allow 127.0.0.1.
/// </summary>
internal sealed class EmulatorToken(string token, string host) : IAccessTokenProvider
{
    public AllowedHostsValidator AllowedHostsValidator { get; } = new([host]);

    public Task<string> GetAuthorizationTokenAsync(Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(AllowedHostsValidator.IsUrlHostValid(uri) ? token : string.Empty);
}
