namespace Coproduction.Emulator.State;

/// <summary>
/// A list or document library of a site, with its columns, items and change log. Every create,
/// update and delete takes the next change number, which is what delta tokens count in.
/// </summary>
internal sealed class SharePointList
{
    public const string GenericTemplate = "genericList";

    public const string LibraryTemplate = "documentLibrary";

    /// <summary>The hidden list of a site's users. Not recorded through Graph: the name is a guess after the others (REST: BaseTemplate 112, "UserInfo").</summary>
    public const string UserListTemplate = "userInformation";

    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public string Description { get; init; } = string.Empty;

    public required string Template { get; init; }

    public required DateTimeOffset Created { get; init; }

    public required Actor CreatedBy { get; init; }

    public DateTimeOffset Modified { get; set; }

    public required Actor ModifiedBy { get; set; }

    /// <summary>A hidden list: listed, with <c>list.hidden</c> true.</summary>
    public bool Hidden { get; init; }

    /// <summary>A list SharePoint keeps for itself: left out of <c>GET …/lists</c> unless its <c>system</c> facet is selected.</summary>
    public bool IsSystem { get; init; }

    public List<ListColumn> Columns { get; } = [];

    /// <summary>The list's views, reached through SharePoint's REST API only (Graph v1.0 has none).</summary>
    public List<ListView> Views { get; } = [];

    public SortedDictionary<int, ListItem> Items { get; } = [];

    /// <summary>Deleted items and the change that deleted each.</summary>
    public List<DeletedItem> Deleted { get; } = [];

    public int NextItemId { get; set; } = 1;

    public long ChangeSeq { get; set; }

    /// <summary>Delta tokens from before this change number have expired (410 Gone).</summary>
    public long OldestValidSeq { get; set; }

    public bool IsLibrary => Template == LibraryTemplate;

    /// <summary>The hidden list of the site's users, which person columns look up.</summary>
    public bool IsUserList => Template == UserListTemplate;

    /// <summary>A library is also a drive; its id is derived from the list's.</summary>
    public string DriveId => $"b!{Id.Replace("-", string.Empty, StringComparison.Ordinal)}";

    public long NextChange() => ++ChangeSeq;

    /// <summary>Every delta token given so far expires; a sync started from now on is valid.</summary>
    public void ExpireDeltaTokens() => OldestValidSeq = NextChange();

    public ListColumn? Column(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An item as delta reports it once deleted: its ids, its name in a library, and whether it was a folder.</summary>
internal sealed record DeletedItem(int Id, string DriveItemId, string? FileName, bool IsFolder, long Seq);
