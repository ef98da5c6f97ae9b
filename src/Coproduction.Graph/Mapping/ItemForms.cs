namespace Coproduction.Graph.Mapping;

/// <summary>The addresses of items' forms on a site, made from what is known of the site without asking Graph.</summary>
public static class ItemForms
{
    /// <summary>
    /// The address of an item's display form: SharePoint's <c>listform.aspx</c>, which opens any list's or
    /// library's item by the list's id and the item's, whatever the list's name in the site's language.
    /// </summary>
    /// <param name="siteUrl">The site's address.</param>
    /// <param name="listId">The id of the list the item is in.</param>
    /// <param name="itemId">The item's id.</param>
    public static string Link(string siteUrl, string listId, string itemId)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        return $"{siteUrl.TrimEnd('/')}/_layouts/15/listform.aspx?PageType=4&ListId={Uri.EscapeDataString("{" + listId + "}")}&ID={itemId}";
    }
}
