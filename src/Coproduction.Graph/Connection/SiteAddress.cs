namespace Coproduction.Graph.Connection;

/// <summary>A SharePoint site's URL, such as <c>https://contoso.sharepoint.com/sites/recovery</c>, as Graph addresses it: <c>host:/sites/recovery</c>.</summary>
internal static class SiteAddress
{
    /// <summary>The Graph site key for a site URL.</summary>
    /// <param name="siteUrl">The site's URL.</param>
    /// <exception cref="ArgumentException">The URL is not a SharePoint site URL.</exception>
    public static string ToGraphKey(string siteUrl)
    {
        if (!Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) || uri.Scheme != "https" || uri.AbsolutePath.Trim('/').Length == 0)
        {
            throw new ArgumentException($"'{siteUrl}' is not a site URL such as https://contoso.sharepoint.com/sites/recovery.", nameof(siteUrl));
        }

        return $"{uri.Host}:/{uri.AbsolutePath.Trim('/')}";
    }
}
