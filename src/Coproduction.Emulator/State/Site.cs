namespace Coproduction.Emulator.State;

/// <summary>
/// A SharePoint site: found by host and path or by its composite id, holding lists and its users. The
/// users are the items of its hidden user information list, added as each first acts on the site. As a
/// team site is made, it has its default document library, "Documents" at <c>Shared Documents</c>: the
/// site's default drive.
/// </summary>
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
        UserList = UserInformation.NewList(Derived(hostname + Path, 3).ToLowerInvariant(), created);
        Lists[UserList.Id] = UserList;
        DefaultLibrary = new SharePointList
        {
            Id = Derived(hostname + Path, 5).ToLowerInvariant(),
            Name = DefaultLibraryName,
            DisplayName = DefaultLibraryTitle,
            Template = SharePointList.LibraryTemplate,
            Created = created,
            CreatedBy = Actor.Application,
            Modified = created,
            ModifiedBy = Actor.Application,
        };
        DefaultLibrary.Columns.AddRange(BuiltInColumns.For(SharePointList.LibraryTemplate));
        Lists[DefaultLibrary.Id] = DefaultLibrary;

        // The application's entries are there from the start: the user information list's own items are by it.
        UserFor(Actor.Application);
        AppUserFor(Actor.Application);
    }

    public string Id { get; }

    public string Hostname { get; }

    public string Path { get; }

    public string Name { get; }

    public string DisplayName { get; }

    public DateTimeOffset Created { get; }

    public string WebUrl => $"https://{Hostname}{Path}";

    public Dictionary<string, SharePointList> Lists { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The hidden "User Information List", a system list.</summary>
    public SharePointList UserList { get; }

    /// <summary>The default document library's title, as recorded of a real site's (<c>displayName</c> "Documents").</summary>
    public const string DefaultLibraryTitle = "Documents";

    /// <summary>Its URL name, as its recorded <c>webUrl</c> ends: <c>…/Shared%20Documents</c>.</summary>
    public const string DefaultLibraryName = "Shared Documents";

    /// <summary>The site's default document library, made with the site: its default drive (<c>GET /sites/{site}/drive</c>).</summary>
    public SharePointList DefaultLibrary { get; }

    public IReadOnlyList<SiteUser> Users => _users;

    /// <summary>
    /// The site's entry for whoever made a change (<c>EditorLookupId</c>), added on first use as
    /// SharePoint does: a person's own; for an application acting alone, the one "SharePoint App".
    /// </summary>
    public SiteUser UserFor(Actor actor) => actor.IsUser
        ? Find(actor, SiteUserKind.Person) ?? Add(actor, SiteUserKind.Person)
        : _users.FirstOrDefault(u => u.Kind == SiteUserKind.SharePointApp) ?? Add(actor, SiteUserKind.SharePointApp);

    /// <summary>For an application acting alone, its own entry (<c>AppEditorLookupId</c>); none for a person.</summary>
    public SiteUser? AppUserFor(Actor actor) => actor.IsUser ? null : Find(actor, SiteUserKind.AppPrincipal) ?? Add(actor, SiteUserKind.AppPrincipal);

    public SiteUser? UserByLookupId(int lookupId) => _users.FirstOrDefault(u => u.LookupId == lookupId);

    public SharePointList? FindList(string idOrTitle) =>
        Lists.TryGetValue(idOrTitle, out var byId) ? byId
        : Lists.Values.FirstOrDefault(l => string.Equals(l.DisplayName, idOrTitle, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Name, idOrTitle, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A new list's id: stable for the site, the list's title and the lists made before it, as the
    /// site's own id is, so that an emulator given the same requests gives the same ids (a worker's
    /// state file made against one run fits another). SharePoint's are random; the form is the same.
    /// </summary>
    /// <remarks>The default library is not counted, so that lists keep the ids they had before the emulator made it.</remarks>
    public string NewListId(string displayName) =>
        Derived(FormattableString.Invariant($"{Id}/lists/{Lists.Count - 1}/{displayName}"), 4).ToLowerInvariant();

    private SiteUser? Find(Actor actor, SiteUserKind kind) => _users.FirstOrDefault(u => u.Kind == kind && u.Actor.Id == actor.Id);

    private SiteUser Add(Actor actor, SiteUserKind kind)
    {
        var user = new SiteUser(_users.Count + 10, actor, kind);
        _users.Add(user);
        UserInformation.AddItem(UserList, user, Created);
        return user;
    }

    /// <summary>Site and web ids are stable for a host and path, so a restarted emulator gives the same ids.</summary>
    internal static string Derived(string text, byte salt)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text + salt));
        return new Guid(hash.AsSpan(0, 16)).ToString().ToUpperInvariant();
    }
}
