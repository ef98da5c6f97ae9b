using System.Collections.Concurrent;

namespace Coproduction.Graph.People;

/// <summary>Sites' users kept in memory, for one-off reads such as an export.</summary>
public sealed class InMemorySiteUserDirectory : ISiteUserDirectory
{
    private readonly ConcurrentDictionary<(string Site, string LookupId), SiteUser> _users = new();

    /// <inheritdoc />
    public SiteUser? Find(string siteId, string lookupId) => _users.GetValueOrDefault((siteId, lookupId));

    /// <inheritdoc />
    public SiteUser? FindPerson(string siteId, AccountIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        // As the worker's state: the entry of the identity's object id first, then of its sign-in name, then the one that says most.
        return _users.Where(u => u.Key.Site == siteId && u.Value.Is(identity) && (identity.ObjectId is null || u.Value.ObjectId is null || Identities.Same(u.Value.ObjectId, identity.ObjectId)))
            .Select(u => u.Value)
            .OrderBy(u => Identities.Same(u.ObjectId, identity.ObjectId) ? 0 : 1).ThenBy(u => Identities.Same(u.UserName, identity.UserName) ? 0 : 1)
            .ThenBy(u => u.ObjectId is null).ThenBy(u => u.UserName is null)
            .ThenBy(u => int.TryParse(u.LookupId, out var id) ? id : int.MaxValue)
            .FirstOrDefault();
    }

    /// <inheritdoc />
    public void Remember(string siteId, IReadOnlyList<SiteUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var user in users)
        {
            _users[(siteId, user.LookupId)] = user;
        }
    }
}
