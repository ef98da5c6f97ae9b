namespace Coproduction.Emulator.State;

/// <summary>
/// Who a request acts as, from its bearer token: <c>user:&lt;email&gt;</c> is that person, their
/// e-mail and sign-in name (UPN) the same; <c>user:&lt;upn&gt;|&lt;email&gt;</c> a person whose e-mail is
/// not their sign-in name (an empty part is not given: <c>user:&lt;upn&gt;|</c> has no e-mail); names keep
/// the token's case. Any other token is the application, acting on its own as app-only access to
/// SharePoint does. A person's Entra object id is derived from their sign-in name.
/// </summary>
internal sealed record Actor(bool IsUser, string Id, string DisplayName, string? Email)
{
    /// <summary>A person's sign-in name (UPN); their e-mail unless the token gave both.</summary>
    public string? Upn { get; init; }

    public static readonly Actor Application = new(false, "a6c2f1de-3b1c-4d1e-9c55-0c0c0c0c0c0c", "Coproduction", null);

    /// <summary>The tenant every actor belongs to.</summary>
    public const string TenantId = "8f0b7c5e-2d3a-4b6c-9e1f-0a2b3c4d5e6f";

    public static Actor FromToken(string token)
    {
        if (!token.StartsWith("user:", StringComparison.OrdinalIgnoreCase) || token.Length <= 5)
        {
            return Application;
        }

        // A part left empty is not given: "user:upn|" is a person without an e-mail, "user:|email" one whose sign-in name is their e-mail.
        var names = token[5..].Split('|', 2, StringSplitOptions.TrimEntries);
        var email = names.Length > 1 ? NullIfEmpty(names[1]) : NullIfEmpty(names[0]);
        if ((NullIfEmpty(names[0]) ?? email) is not { } upn)
        {
            return Application;
        }

        // The object id is the sign-in name's whatever its case; the names keep the case the token gave them.
        return new Actor(true, StableGuid(upn.ToLowerInvariant()).ToString(), NameFrom(upn), email) { Upn = upn };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>"sam.jones@example.org" is shown as "Sam Jones".</summary>
    private static string NameFrom(string email)
    {
        var local = email.Split('@')[0];
        var words = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? email : string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }

    /// <summary>The same email always gets the same id, so runs are repeatable.</summary>
    private static Guid StableGuid(string text)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return new Guid(hash.AsSpan(0, 16));
    }
}
