using System.Security.Cryptography;
using System.Text;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The keys of comments whose format gives them no stable id of their own: a short hash of what the
/// comment says of itself, stable across saves as long as those facts are. The facts are joined with a
/// separator no attribute can hold, so that ("a", "bc") and ("ab", "c") differ.
/// </summary>
internal static class CommentKeys
{
    /// <summary>A GUID as a key: lower-case, no braces, the same however the document spelled it.</summary>
    public static string Guid(string prefix, string id) =>
        prefix + (System.Guid.TryParse(id, out var guid) ? guid.ToString("D") : id.Trim());

    /// <summary><paramref name="prefix"/> and the first 16 hex digits of SHA-256 over the facts.</summary>
    public static string Hashed(string prefix, params ReadOnlySpan<string?> facts)
    {
        var joined = string.Join('\u0000', facts.ToArray());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
