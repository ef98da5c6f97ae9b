namespace Coproduction.Emulator.State;

/// <summary>
/// A principal known to a site: an item of its hidden user information list, which person columns
/// and <c>AuthorLookupId</c>/<c>EditorLookupId</c> refer to by <see cref="LookupId"/>. A person is
/// there by their sign-in name; an application acting on its own is the site's one "SharePoint App"
/// user (the editor of what it writes), and also a principal of its own (the app editor).
/// </summary>
internal sealed record SiteUser(int LookupId, Actor Actor, SiteUserKind Kind)
{
    /// <summary>SharePoint's claim for an application acting without a user.</summary>
    public const string SharePointAppClaim = "i:0i.t|00000003-0000-0ff1-ce00-000000000000|app@sharepoint";

    public string Title => Kind == SiteUserKind.SharePointApp ? "SharePoint App" : Actor.DisplayName;

    /// <summary>The claims-encoded sign-in name (the list's <c>Name</c>): <c>i:0#.f|membership|upn</c> for a person.</summary>
    public string Claim => Kind switch
    {
        SiteUserKind.Person => $"i:0#.f|membership|{Actor.Upn}",
        SiteUserKind.SharePointApp => SharePointAppClaim,
        _ => $"i:0i.t|ms.sp.ext|{Actor.Id}@{State.Actor.TenantId}",
    };

    /// <summary>A person's e-mail; an application has none.</summary>
    public string? Email => Kind == SiteUserKind.Person ? Actor.Email : null;

    /// <summary>A person's sign-in name (UPN); an application has none.</summary>
    public string? UserName => Kind == SiteUserKind.Person ? Actor.Upn : null;
}

/// <summary>What a site user stands for.</summary>
internal enum SiteUserKind
{
    Person,
    SharePointApp,
    AppPrincipal,
}
