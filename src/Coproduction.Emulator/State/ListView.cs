namespace Coproduction.Emulator.State;

/// <summary>A view of a list, as SharePoint's REST API makes and shows it: its title, query and the fields it shows.</summary>
internal sealed class ListView
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>The inside of the view's CAML <c>Query</c>: <c>Where</c>, <c>GroupBy</c>, <c>OrderBy</c>.</summary>
    public string ViewQuery { get; init; } = string.Empty;

    public int RowLimit { get; init; } = 30;

    public bool Paged { get; init; } = true;

    public bool PersonalView { get; init; }

    public bool DefaultView { get; init; }

    /// <summary>The fields shown, by internal name, in order.</summary>
    public List<string> Fields { get; } = [];

    /// <summary>
    /// The view every new list has (recorded for a library: "All Documents", its file's icon, name, time
    /// and editor; "All Items" with the item's title for a list), which a view made later sits beside.
    /// </summary>
    public static ListView Default(SharePointList list)
    {
        var view = new ListView { Id = NewId(list, list.IsLibrary ? "All Documents" : "All Items"), Title = list.IsLibrary ? "All Documents" : "All Items", DefaultView = true };
        view.Fields.AddRange(list.IsLibrary ? ["DocIcon", "LinkFilename", "Modified", "Editor"] : ["LinkTitle"]);
        return view;
    }

    /// <summary>A view's id: stable for the list, its views before it and its title, as the emulator's other ids are.</summary>
    public static string NewId(SharePointList list, string title) =>
        Site.Derived($"{list.Id}/views/{list.Views.Count}/{title}", 5).ToLowerInvariant();
}
