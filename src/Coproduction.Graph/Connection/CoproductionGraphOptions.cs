using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Connection;

/// <summary>
/// Where Microsoft Graph is and how to sign in to it; bound from configuration (section
/// <c>Coproduction:Graph</c>) and validated on start.
/// </summary>
public sealed class CoproductionGraphOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Coproduction:Graph";

    /// <summary>Microsoft Graph's base URL. Default <c>https://graph.microsoft.com/v1.0</c>; a loopback URL means the emulator.</summary>
    public string GraphUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>
    /// How to sign in; must be named for a Graph URL beyond loopback (there is no default). Ignored on
    /// loopback, where the emulator takes <see cref="EmulatorToken"/>.
    /// </summary>
    public GraphCredentialKind Credential { get; set; } = GraphCredentialKind.None;

    /// <summary>The Entra ID tenant, for a client secret or certificate.</summary>
    public string? TenantId { get; set; }

    /// <summary>The app registration's client id (or a user-assigned managed identity's).</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret. Keep it out of files: use an environment variable or a secret store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The path of the client certificate (PEM or PFX).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The organisation named in the User-Agent Microsoft asks SharePoint callers to send.</summary>
    public string Organisation { get; set; } = "NHS";

    /// <summary>The bearer token sent to the emulator on loopback: <c>user:&lt;email&gt;</c> acts as that person, anything else as the application.</summary>
    public string EmulatorToken { get; set; } = "coproduction-worker";

    /// <summary>
    /// How long a request may take, the SDK's retries of it included, before it is given up and the
    /// operation fails (the worker's next pass tries again). Default 100 seconds, as <see cref="HttpClient.Timeout"/>;
    /// at least one second, at most 30 minutes.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The sites whose course materials live in a document library they already have, and which
    /// library; a site not named here has Coproduction's own "Course materials" library. Configured as
    /// a list (<c>MaterialsLibraries:0:Site</c>, <c>MaterialsLibraries:0:Library</c>) because a site URL,
    /// holding a colon, cannot be a configuration key.
    /// </summary>
    public IList<MaterialsLibraryOption> MaterialsLibraries { get; } = [];

    /// <summary>How comments in Office documents among the materials are read, and the limits that bound it (section <c>Coproduction:Graph:Comments</c>).</summary>
    public Comments.CommentReadingOptions Comments { get; } = new();

    /// <summary>
    /// The document library that holds a site's course materials, as <see cref="MaterialsLibraries"/>
    /// names it; null for Coproduction's own "Course materials" library (the site is not named, or is
    /// named with that library).
    /// </summary>
    /// <param name="siteUrl">The site, such as <c>https://contoso.sharepoint.com/sites/recovery</c>.</param>
    /// <exception cref="ArgumentException">The URL is not a SharePoint site URL.</exception>
    public string? MaterialsLibraryFor(string siteUrl)
    {
        var site = SiteAddress.ToGraphKey(siteUrl);
        var library = MaterialsLibraries.FirstOrDefault(m => string.Equals(KeyOf(m.Site), site, StringComparison.OrdinalIgnoreCase))?.Library?.Trim();
        return library is null || string.Equals(library, SiteSchema.List(SiteSchema.Materials).DisplayName, StringComparison.OrdinalIgnoreCase) ? null : library;
    }

    private static string? KeyOf(string? siteUrl)
    {
        try
        {
            return siteUrl is null ? null : SiteAddress.ToGraphKey(siteUrl);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <see cref="GraphUrl"/> is on this machine: the emulator.</summary>
    public bool IsLoopback => Uri.TryCreate(GraphUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    /// <summary>Every problem with the options, in plain words; empty when they are good.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(GraphUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problems.Add($"GraphUrl '{GraphUrl}' is not an absolute http or https URL.");
        }
        else if (uri.Scheme == "http" && !uri.IsLoopback)
        {
            problems.Add($"GraphUrl '{GraphUrl}' is not https: only a loopback URL (the emulator) may use plain http.");
        }

        if (RequestTimeout < TimeSpan.FromSeconds(1) || RequestTimeout > TimeSpan.FromMinutes(30))
        {
            problems.Add($"RequestTimeout {RequestTimeout} is not between one second (00:00:01) and 30 minutes (00:30:00).");
        }

        if (string.IsNullOrWhiteSpace(Organisation) || Organisation.Contains('|', StringComparison.Ordinal))
        {
            problems.Add("Organisation must be a name without '|' (it goes into the User-Agent).");
        }

        MaterialsLibraryProblems(problems);
        problems.AddRange(Comments.Problems());
        if (IsLoopback)
        {
            return problems;
        }

        void Require(string? value, string name)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{name} is needed for the {Credential} credential.");
            }
        }

        switch (Credential)
        {
            case GraphCredentialKind.None:
                problems.Add("Credential is not set: name how to sign in to Microsoft Graph (ClientCertificate, ClientSecret, ManagedIdentity or WorkloadIdentity; "
                    + "Developer, a person's own sign-in such as az login, only to try things on one's own machine).");
                break;
            case GraphCredentialKind.ClientSecret:
                Require(TenantId, nameof(TenantId));
                Require(ClientId, nameof(ClientId));
                Require(ClientSecret, nameof(ClientSecret));
                break;
            case GraphCredentialKind.ClientCertificate:
                Require(TenantId, nameof(TenantId));
                Require(ClientId, nameof(ClientId));
                Require(CertificatePath, nameof(CertificatePath));
                if (CertificatePath is { Length: > 0 } path && !File.Exists(path))
                {
                    problems.Add($"CertificatePath '{path}' does not exist.");
                }

                break;
            case GraphCredentialKind.ManagedIdentity or GraphCredentialKind.WorkloadIdentity or GraphCredentialKind.Developer:
                break;
            default:
                problems.Add($"Credential {(int)Credential} is not one of ClientCertificate, ClientSecret, ManagedIdentity, WorkloadIdentity or Developer.");
                break;
        }

        return problems;
    }

    /// <summary>A site that is not one, named twice, or given no library, or given one of Coproduction's own lists.</summary>
    private void MaterialsLibraryProblems(List<string> problems)
    {
        var named = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var ours = SiteSchema.Lists.Where(l => l.Key != SiteSchema.Materials).Select(l => l.DisplayName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < MaterialsLibraries.Count; i++)
        {
            var key = $"{nameof(MaterialsLibraries)}:{i}";
            var entry = MaterialsLibraries[i];
            if (KeyOf(entry?.Site) is not { } site)
            {
                problems.Add($"{key}:{nameof(MaterialsLibraryOption.Site)} '{entry?.Site}' is not a site URL such as https://contoso.sharepoint.com/sites/recovery.");
            }
            else if (named.TryGetValue(site, out var first))
            {
                problems.Add($"{key}:{nameof(MaterialsLibraryOption.Site)} '{entry!.Site}' is named already, at {nameof(MaterialsLibraries)}:{first}: a site keeps its materials in one library.");
            }
            else
            {
                named[site] = i;
            }

            if (string.IsNullOrWhiteSpace(entry?.Library))
            {
                problems.Add($"{key}:{nameof(MaterialsLibraryOption.Library)} is empty: name the document library that holds the site's course materials as SharePoint shows it (such as Documents).");
            }
            else if (ours.Contains(entry.Library.Trim()))
            {
                problems.Add($"{key}:{nameof(MaterialsLibraryOption.Library)} '{entry.Library}' is one of Coproduction's own lists: name the document library that holds the site's course materials (such as Documents).");
            }
        }
    }
}
