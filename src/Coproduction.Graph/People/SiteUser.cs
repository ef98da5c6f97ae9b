namespace Coproduction.Graph.People;

/// <summary>
/// An entry of a site's hidden user information list, which person columns and an item's
/// <c>EditorLookupId</c> point to by <see cref="LookupId"/>: read through Graph as its fields
/// <c>Name</c> (the claim, <c>i:0#.f|membership|upn</c> for a person), <c>EMail</c>, <c>UserName</c>
/// and <c>ContentType</c>. Its title, a person's name, is never kept.
/// </summary>
/// <param name="LookupId">The entry's id, as lookups carry it.</param>
/// <param name="Kind">Whether it is a person, an application or a group.</param>
/// <param name="Email">A person's e-mail, if the site has it.</param>
/// <param name="UserName">A person's sign-in name (UPN): <c>UserName</c>, or the end of the claim.</param>
public sealed record SiteUser(string LookupId, SiteUserKind Kind, string? Email, string? UserName)
{
    /// <summary>
    /// A person's Entra object id, which the list does not hold: learned from an answer that names the
    /// same person with it (an item they last changed, a version they saved).
    /// </summary>
    public string? ObjectId { get; init; }

    /// <summary>Who this entry stands for, as an identity to match with the team.</summary>
    public AccountIdentity Identity => Kind == SiteUserKind.Person
        ? new AccountIdentity(ObjectId, Email, UserName, false)
        : new AccountIdentity(null, null, null, Kind == SiteUserKind.Application);

    /// <summary>Whether an identity from another answer is this person: the same e-mail, sign-in name or object id.</summary>
    /// <param name="identity">The identity.</param>
    public bool Is(AccountIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return Kind == SiteUserKind.Person && !identity.IsApplication
            && (Identities.Same(Email, identity.Email) || Identities.Same(UserName, identity.UserName) || Identities.Same(Email, identity.UserName) || Identities.Same(UserName, identity.Email) || Identities.Same(ObjectId, identity.ObjectId));
    }
}
