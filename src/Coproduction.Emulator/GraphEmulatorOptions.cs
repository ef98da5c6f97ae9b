namespace Coproduction.Emulator;

/// <summary>How a <see cref="GraphEmulator"/> starts.</summary>
public sealed class GraphEmulatorOptions
{
    /// <summary>Where it listens. Default <c>http://127.0.0.1:0</c>: loopback, on a free port.</summary>
    public IList<string> Urls { get; } = ["http://127.0.0.1:0"];

    /// <summary>Listening beyond loopback must be asked for: the emulator has no real security.</summary>
    public bool AllowNonLoopback { get; set; }

    /// <summary>Sites there from the start, as <c>host/sites/name</c>, such as <c>contoso.sharepoint.com/sites/recovery</c>.</summary>
    public IList<string> Sites { get; } = [];

    /// <summary>Items a page when listing items, unless the request gives <c>$top</c>. Default 200, as SharePoint.</summary>
    public int ItemPageSize { get; set; } = 200;

    /// <summary>Changes a page of delta, unless the request gives <c>$top</c>. Default 200.</summary>
    public int DeltaPageSize { get; set; } = 200;

    /// <summary>The clock for times written and for the throttling window.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>How it answers where the evidence of what SharePoint Online answers is open; by default <see cref="TenantVariant.Generous"/>.</summary>
    public TenantVariant Variant { get; set; } = TenantVariant.Generous;

    internal void Validate()
    {
        if (Urls.Count == 0)
        {
            throw new ArgumentException("The emulator needs a URL to listen on.", nameof(Urls));
        }

        foreach (var url in Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"'{url}' is not an http URL to listen on, such as http://127.0.0.1:5080.", nameof(Urls));
            }

            if (!AllowNonLoopback && !IsLoopback(uri))
            {
                throw new ArgumentException($"'{url}' is not a loopback address; the emulator listens beyond this machine only when asked to (AllowNonLoopback).", nameof(Urls));
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ItemPageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(DeltaPageSize, 1);
        ArgumentNullException.ThrowIfNull(Variant);
        Variant.Validate();
        foreach (var site in Sites)
        {
            SiteAddress.Parse(site);
        }
    }

    internal static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
