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
        return _users.Where(u => u.Key.Site == siteId && u.Value.Is(identity)).Select(u => u.Value)
            .OrderBy(u => u.ObjectId is null).ThenBy(u => u.UserName is null).FirstOrDefault();
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
