namespace Coproduction.Graph.Formatting;

/// <summary>A public view of a list that provisioning creates when no view of its title is there.</summary>
/// <param name="Key">How logs name it (never its title).</param>
/// <param name="ListKey">The list's schema key.</param>
/// <param name="Title">The view's title, which staff see and provisioning finds it by.</param>
/// <param name="Fields">The columns it shows, in order, by internal name.</param>
/// <param name="Query">Its CAML query (<see cref="Caml.Query"/>).</param>
internal sealed record SiteView(string Key, string ListKey, string Title, IReadOnlyList<string> Fields, string Query)
{
    /// <summary>Items a page.</summary>
    public int RowLimit { get; init; } = 100;
}
