using System.Security.Cryptography;
using System.Text;

namespace Coproduction.Worker.Passes;

/// <summary>A flag that should be open on a course: its key (kind label, subject) and the fields of its item.</summary>
internal sealed record DesiredFlag(string Kind, string Subject, IReadOnlyDictionary<string, object?> Fields)
{
    /// <summary>A flag to leave open just as it is on the site (nothing to write).</summary>
    public bool Kept { get; private init; }

    private string? KeptFingerprint { get; init; }

    /// <summary>A flag to leave as it is: it keeps the fingerprint it was written with, so that the course's own fingerprint does not change.</summary>
    public static DesiredFlag Keep(string kind, string subject, string fingerprint) =>
        new(kind, subject, new Dictionary<string, object?>()) { Kept = true, KeptFingerprint = fingerprint };

    /// <summary>What the item should say, so that an unchanged flag is not written again.</summary>
    public string Fingerprint => Kept ? KeptFingerprint! : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join("\n", Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")))));
}
