using Coproduction.Graph.Connection;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Hosting;

/// <summary>
/// systemd's <c>LoadCredential=</c>: the unit hands the service its secrets as files in the folder
/// <c>$CREDENTIALS_DIRECTORY</c>, readable by the service alone. These names are read as the Graph
/// section's settings: <c>client-secret</c> as <c>ClientSecret</c> (its content, less a final line
/// break), and <c>client-certificate.pem</c> or <c>client-certificate.pfx</c> as <c>CertificatePath</c>
/// (its path: the extension tells Azure.Identity the format).
/// </summary>
internal static class SystemdCredentials
{
    public const string DirectoryVariable = "CREDENTIALS_DIRECTORY";

    public const string ClientSecret = "client-secret";

    public static readonly IReadOnlyList<string> Certificates = ["client-certificate.pem", "client-certificate.pfx"];

    /// <summary>The settings the credentials in <paramref name="directory"/> give; none when there is no folder.</summary>
    public static Dictionary<string, string?> Read(string? directory)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(directory))
        {
            return settings;
        }

        var secret = Path.Combine(directory, ClientSecret);
        if (File.Exists(secret))
        {
            try
            {
                settings[$"{CoproductionGraphOptions.Section}:{nameof(CoproductionGraphOptions.ClientSecret)}"] = File.ReadAllText(secret).TrimEnd('\r', '\n');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The path is systemd's, the content never shown.
                throw new InputException($"{DirectoryVariable}: the credential {ClientSecret} cannot be read ({ex.GetType().Name})", ex);
            }
        }

        if (Certificates.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists) is { } certificate)
        {
            settings[$"{CoproductionGraphOptions.Section}:{nameof(CoproductionGraphOptions.CertificatePath)}"] = certificate;
        }

        return settings;
    }
}
