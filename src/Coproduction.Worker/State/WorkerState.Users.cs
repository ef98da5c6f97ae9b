using Coproduction.Graph.People;

namespace Coproduction.Worker.State;

/// <summary>
/// The sites' users the worker has had to look up (<see cref="ISiteUserDirectory"/>): by lookup id, what
/// each is, and a person's e-mail, sign-in name and, once an answer has named them by it, Entra object
/// id; never their name. With them a version named by one of these is matched to a team member's
/// account given as any other.
/// </summary>
internal sealed partial class WorkerState
{
    /// <inheritdoc />
    public SiteUser? Find(string siteId, string lookupId) =>
        Query("SELECT kind, email, user_name, object_id FROM site_users WHERE site = $site AND lookup_id = $id",
            r => new SiteUser(lookupId, Enum.Parse<SiteUserKind>(r.GetString(0)), Text(r, 1), Text(r, 2)) { ObjectId = Text(r, 3) },
            ("$site", siteId), ("$id", lookupId)).FirstOrDefault();

    /// <inheritdoc />
    public void Remember(string siteId, IReadOnlyList<SiteUser> users) => InTransaction(() =>
    {
        foreach (var user in users)
        {
            // An object id once learned stays: the list itself never gives one.
            Execute("INSERT INTO site_users (site, lookup_id, kind, email, user_name, object_id) VALUES ($site, $id, $kind, $email, $userName, $objectId) "
                + "ON CONFLICT (site, lookup_id) DO UPDATE SET kind = excluded.kind, email = excluded.email, user_name = excluded.user_name, object_id = coalesce(excluded.object_id, site_users.object_id)",
                ("$site", siteId), ("$id", user.LookupId), ("$kind", user.Kind.ToString()), ("$email", user.Email), ("$userName", user.UserName), ("$objectId", user.ObjectId));
        }
    });

    /// <summary>
    /// Learns the object ids of site users from identities that name a person by e-mail (or sign-in name)
    /// and object id both: only where one entry of the site is that person by those names, and no entry
    /// holds the object id already (a guest and a member can share an e-mail, but not an object id).
    /// </summary>
    public void LearnObjectIds(string site, IEnumerable<AccountIdentity> identities) => InTransaction(() =>
    {
        const string Named = "(email = $email OR user_name = $email OR email = $userName OR user_name = $userName)";
        foreach (var identity in identities.Where(i => i is { IsApplication: false, ObjectId: not null } && (i.Email ?? i.UserName) is not null).Distinct())
        {
            Execute($"UPDATE site_users SET object_id = $objectId WHERE site = $site AND kind = 'Person' AND object_id IS NULL AND {Named} "
                + $"AND (SELECT count(*) FROM site_users WHERE site = $site AND kind = 'Person' AND {Named}) = 1 "
                + "AND NOT EXISTS (SELECT 1 FROM site_users WHERE site = $site AND object_id = $objectId)",
                ("$site", site), ("$objectId", identity.ObjectId), ("$email", identity.Email), ("$userName", identity.UserName));
        }
    });

    /// <inheritdoc />
    /// <remarks>
    /// A person can have more than one entry on a site (removed and added again, a guest and a member):
    /// the entry of the object id the identity gives comes first, then one of its sign-in name, then the
    /// one that says most; an entry of another object id is not this person, whatever its e-mail.
    /// </remarks>
    public SiteUser? FindPerson(string siteId, AccountIdentity identity) => identity.IsApplication ? null : Query(
            "SELECT lookup_id, email, user_name, object_id FROM site_users WHERE site = $site AND kind = 'Person' "
            + "AND (email = $email OR user_name = $email OR email = $userName OR user_name = $userName OR object_id = $objectId) "
            + "AND ($objectId IS NULL OR object_id IS NULL OR object_id = $objectId) "
            + "ORDER BY coalesce(object_id = $objectId, 0) DESC, coalesce(user_name = $userName, 0) DESC, object_id IS NULL, user_name IS NULL, CAST(lookup_id AS INTEGER) LIMIT 1",
            r => new SiteUser(r.GetString(0), SiteUserKind.Person, Text(r, 1), Text(r, 2)) { ObjectId = Text(r, 3) },
            ("$site", siteId), ("$email", identity.Email), ("$userName", identity.UserName), ("$objectId", identity.ObjectId)).FirstOrDefault();

    /// <summary>An identity with what the site's users known to the worker add to it: the same person by another of their names.</summary>
    public AccountIdentity Completed(string site, AccountIdentity identity) =>
        FindPerson(site, identity) is { } user ? identity.With(user.Identity) : identity;
}
