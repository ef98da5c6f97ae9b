using System.Security.Cryptography;
using System.Text;

namespace Coproduction.Worker.Passes;

/// <summary>A flag that should be open on a course: its key (kind label, subject) and the fields of its item.</summary>
internal sealed record DesiredFlag(string Kind, string Subject, IReadOnlyDictionary<string, object?> Fields)
{
    /// <summary>A flag to leave open just as it is on the site (nothing to write).</summary>
    public bool Kept { get; private init; }

    public static DesiredFlag Keep(string kind, string subject) => new(kind, subject, new Dictionary<string, object?>()) { Kept = true };

    /// <summary>What the item should say, so that an unchanged flag is not written again.</summary>
    public string Fingerprint => Kept ? $"kept:{Kind}:{Subject}" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join("\n", Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}")))));
}
