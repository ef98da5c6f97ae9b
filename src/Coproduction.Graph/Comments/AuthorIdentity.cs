using System.Net.Mail;

namespace Coproduction.Graph.Comments;

/// <summary>
/// The identity an Office document records for an author (Word's <c>people.xml</c>, PowerPoint's
/// <c>authors.xml</c>, Excel's <c>persons</c>): a sign-in name and an Entra object id, where it clearly
/// carries them. Never the display name.
/// </summary>
internal readonly record struct AuthorIdentity(string? Account, string? ObjectId)
{
    public static AuthorIdentity None => default;

    /// <summary>
    /// Reads a <c>userId</c>. Office writes <c>S::upn@contoso.com::&lt;object id&gt;</c> for an Entra
    /// ("AD") account, sometimes the bare sign-in name or e-mail; for a Microsoft account ("Windows Live")
    /// a hexadecimal id, and for "None" the display name. Whatever the provider, only what is clearly a
    /// sign-in name (an e-mail-shaped UPN) or a GUID is kept: a name that only looks like a person is
    /// not an identity.
    /// </summary>
    public static AuthorIdentity FromUserId(string? userId)
    {
        if (string.IsNullOrWhiteSpace(userId))
        {
            return None;
        }
        var text = userId.Trim();
        if (text.StartsWith("S::", StringComparison.OrdinalIgnoreCase))
        {
            var fields = text[3..].Split("::");
            string? account = null;
            string? objectId = null;
            foreach (var field in fields)
            {
                account ??= AccountOf(field);
                objectId ??= ObjectIdOf(field);
            }
            return new AuthorIdentity(account, objectId);
        }
        return new AuthorIdentity(AccountOf(text), ObjectIdOf(text));
    }

    private static string? AccountOf(string text)
    {
        var candidate = text.Trim();
        if (candidate.Length is 0 or > 320 || candidate.Any(char.IsWhiteSpace) || candidate.Count(c => c == '@') != 1)
        {
            return null;
        }
        // An e-mail-shaped UPN: a local part, an @ and a domain with a dot (not "Alex@Home").
        return MailAddress.TryCreate(candidate, out var address)
            && address.Address == candidate
            && address.Host.Contains('.', StringComparison.Ordinal)
                ? candidate
                : null;
    }

    private static string? ObjectIdOf(string text) =>
        Guid.TryParse(text.Trim(), out var id) && id != Guid.Empty ? id.ToString("D") : null;
}
