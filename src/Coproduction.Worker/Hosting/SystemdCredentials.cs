using Coproduction.Graph.Connection;
using Coproduction.Worker.Cli;

namespace Coproduction.Worker.Hosting;

/// <summary>
/// systemd's <c>LoadCredential=</c>: the unit hands the service its secrets as files in the folder
/// <c>$CREDENTIALS_DIRECTORY</c>, readable by the service alone. These names are read as the Graph
/// section's settings: <c>client-secret</c> as <c>ClientSecret</c> (its content, less a final line
/// break), and <c>client-certificate.pem</c> or <c>client-certificate.pfx</c> as <c>CertificatePath</c>
/// (its path: the extension tells Azure.Identity the format); and <c>nudge-webhook-0</c>, <c>nudge-webhook-1</c>…
/// as the webhook of the nudges' site of that index (<c>Coproduction:Worker:Nudges:Sites:0:Webhook</c>), whose
/// signature is a secret too.
/// </summary>
internal static class SystemdCredentials
{
    public const string DirectoryVariable = "CREDENTIALS_DIRECTORY";

    public const string ClientSecret = "client-secret";

    public static readonly IReadOnlyList<string> Certificates = ["client-certificate.pem", "client-certificate.pfx"];

    /// <summary>How the credential of a nudges' site's webhook is named: its index in <c>Coproduction:Worker:Nudges:Sites</c> follows.</summary>
    public const string NudgeWebhookPrefix = "nudge-webhook-";

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
            settings[$"{CoproductionGraphOptions.Section}:{nameof(CoproductionGraphOptions.ClientSecret)}"] = Secret(secret);
        }

        foreach (var webhook in Directory.Exists(directory) ? Directory.EnumerateFiles(directory, NudgeWebhookPrefix + "*") : [])
        {
            if (int.TryParse(Path.GetFileName(webhook).AsSpan(NudgeWebhookPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
            {
                settings[$"{Nudges.NudgeOptions.Section}:{nameof(Nudges.NudgeOptions.Sites)}:{index}:{nameof(Nudges.NudgeSite.Webhook)}"] = Secret(webhook);
            }
        }

        if (Certificates.Select(name => Path.Combine(directory, name)).FirstOrDefault(File.Exists) is { } certificate)
        {
            settings[$"{CoproductionGraphOptions.Section}:{nameof(CoproductionGraphOptions.CertificatePath)}"] = certificate;
        }

        return settings;
    }

    /// <summary>A credential's content, less a final line break.</summary>
    private static string Secret(string file)
    {
        try
        {
            return File.ReadAllText(file).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The path is systemd's, the content never shown.
            throw new InputException($"{DirectoryVariable}: the credential {Path.GetFileName(file)} cannot be read ({ex.GetType().Name})", ex);
        }
    }
}
