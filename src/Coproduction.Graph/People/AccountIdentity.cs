namespace Coproduction.Graph.People;

/// <summary>
/// Who did something on a site, as far as Graph's answers say: a person's Entra object id, e-mail and
/// sign-in name (UPN), each when the answer carries it, or an application acting on its own. Never a
/// display name: two people can share one, and it is not how the team knows anyone.
/// </summary>
/// <param name="ObjectId">The person's Entra object id, when the answer carries it.</param>
/// <param name="Email">Their e-mail, when the answer carries it.</param>
/// <param name="UserName">Their sign-in name (UPN), when known from the site's users.</param>
/// <param name="IsApplication">An application acting alone, such as the worker or an import: not a person's work.</param>
public sealed record AccountIdentity(string? ObjectId, string? Email, string? UserName, bool IsApplication)
{
    /// <summary>An application acting alone.</summary>
    public static AccountIdentity Application { get; } = new(null, null, null, true);

    /// <summary>Whether the answer said enough to tell which person it was: an e-mail or a sign-in name.</summary>
    public bool HasAccount => Email is not null || UserName is not null;

    /// <summary>This identity with what another answer said of the same person filled in.</summary>
    /// <param name="other">What the other answer said; null leaves this as it is.</param>
    public AccountIdentity With(AccountIdentity? other) => other is null ? this : new(
        ObjectId ?? other.ObjectId,
        Email ?? other.Email,
        UserName ?? other.UserName,
        IsApplication || other.IsApplication);
}
