namespace Coproduction.Graph.People;

/// <summary>
/// What is already known of sites' users, so that each entry of a site's user information list is
/// read once, not on every change: the worker keeps them in its state file; <see cref="InMemorySiteUserDirectory"/>
/// serves one-off reads. An entry's lookup id never changes meaning within a site.
/// </summary>
public interface ISiteUserDirectory
{
    /// <summary>The entry known for a lookup id, or null.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="lookupId">The lookup id.</param>
    SiteUser? Find(string siteId, string lookupId);

    /// <summary>The person known on a site by any of the names an identity gives (e-mail, sign-in name, object id), or null.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="identity">Who an answer named.</param>
    SiteUser? FindPerson(string siteId, AccountIdentity identity);

    /// <summary>Keeps entries read from a site.</summary>
    /// <param name="siteId">The site.</param>
    /// <param name="users">The entries.</param>
    void Remember(string siteId, IReadOnlyList<SiteUser> users);
}
