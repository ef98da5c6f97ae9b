using Coproduction.Graph.People;

namespace Coproduction.Graph.Mapping;

/// <summary>A version of a document: its label, when it was saved, by whom, and the file's size then.</summary>
/// <param name="Label">The version's label, such as <c>3.0</c> (minor versions such as <c>3.1</c> exist where a library keeps them).</param>
/// <param name="At">When it was saved.</param>
/// <param name="By">Who saved it, as far as the site says; null when it does not say.</param>
/// <param name="Size">The file's size, in bytes: a version whose size is the previous one's changed only the document's columns.</param>
public sealed record DocumentVersion(string Label, DateTimeOffset At, AccountIdentity? By, long Size)
{
    /// <summary>The label as a number to order versions by (<c>2.0</c> before <c>10.0</c>, <c>2.1</c> between them).</summary>
    public System.Version Order => System.Version.TryParse(Label, out var order) ? order : new System.Version();
}
