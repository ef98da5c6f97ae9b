namespace Coproduction.Emulator.State;

/// <summary>A SharePoint site: found by host and path or by its composite id, holding lists and its users.</summary>
internal sealed class Site
{
    private readonly List<SiteUser> _users = [];

    public Site(string hostname, string path, DateTimeOffset created)
    {
        Hostname = hostname;
        Path = "/" + path.Trim('/');
        Created = created;
        var name = Path.Split('/')[^1];
        Name = name;
        DisplayName = name;
        Id = $"{hostname},{Derived(hostname + Path, 1)},{Derived(hostname + Path, 2)}";
    }

    public string Id { get; }

    public string Hostname { get; }

    public string Path { get; }

    public string Name { get; }

    public string DisplayName { get; }

    public DateTimeOffset Created { get; }

    public string WebUrl => $"https://{Hostname}{Path}";

    public Dictionary<string, SharePointList> Lists { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SiteUser> Users => _users;

    /// <summary>The site's entry for a person, added on first use, as SharePoint does when someone first acts on a site.</summary>
    public SiteUser UserFor(Actor actor)
    {
        var existing = _users.FirstOrDefault(u => u.Actor.Id == actor.Id);
        if (existing is not null)
        {
            return existing;
        }

        var user = new SiteUser(_users.Count + 10, actor);
        _users.Add(user);
        return user;
    }

    public SiteUser? UserByLookupId(int lookupId) => _users.FirstOrDefault(u => u.LookupId == lookupId);

    public SharePointList? FindList(string idOrTitle) =>
        Lists.TryGetValue(idOrTitle, out var byId) ? byId
        : Lists.Values.FirstOrDefault(l => string.Equals(l.DisplayName, idOrTitle, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Name, idOrTitle, StringComparison.OrdinalIgnoreCase));

    /// <summary>Site and web ids are stable for a host and path, so a restarted emulator gives the same ids.</summary>
    private static string Derived(string text, byte salt)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text + salt));
        return new Guid(hash.AsSpan(0, 16)).ToString().ToUpperInvariant();
    }
}
