namespace Coproduction.Emulator;

/// <summary>A site as <c>host/sites/name</c> (or a full <c>https://host/sites/name</c> URL).</summary>
internal static class SiteAddress
{
    public static (string Host, string Path) Parse(string address)
    {
        var text = address.Trim();
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            text = uri.Host + uri.AbsolutePath;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1)
        {
            throw new ArgumentException($"'{address}' is not a site such as contoso.sharepoint.com/sites/recovery.", nameof(address));
        }

        return (text[..slash], text[slash..].TrimEnd('/'));
    }
}
