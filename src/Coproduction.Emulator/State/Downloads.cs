using System.Security.Cryptography;

namespace Coproduction.Emulator.State;

/// <summary>
/// The pre-authenticated download URLs handed out by <c>GET …/content</c>: each good for a few
/// minutes ("only valid for a short period of time", Microsoft's docs say) and needing no
/// Authorization header. Each holds the file as it was when the URL was made.
/// </summary>
internal sealed class Downloads(TimeProvider time)
{
    /// <summary>How long a URL is good for: the docs say a few minutes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, (byte[] Content, DateTimeOffset Expires)> _issued = new(StringComparer.Ordinal);

    /// <returns>The token the URL carries (as SharePoint's <c>tempauth</c>).</returns>
    public string Issue(byte[] content)
    {
        var now = time.GetUtcNow();
        foreach (var expired in _issued.Where(d => d.Value.Expires <= now).Select(d => d.Key).ToList())
        {
            _issued.Remove(expired);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _issued[token] = (content, now + Lifetime);
        return token;
    }

    /// <summary>The file a token gives, or null when it is unknown or has expired.</summary>
    public byte[]? Take(string token) =>
        _issued.TryGetValue(token, out var download) && download.Expires > time.GetUtcNow() ? download.Content : null;
}
