using Coproduction.Graph.Mapping;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>The flags a course should have open: those to hold open as they say, and those to leave open just as the site has them.</summary>
/// <param name="Open">The flags as they should say.</param>
/// <param name="Kept">Flags raised earlier that stay as they are (nothing to write), such as a stage move's until the course next moves.</param>
internal sealed record CourseFlags(IReadOnlyList<FlagRow> Open, IReadOnlyList<FlagRecord> Kept)
{
    /// <summary>How many flags are open.</summary>
    public int Count => Open.Count + Kept.Count;

    /// <summary>Each open flag's key.</summary>
    public IEnumerable<(string Kind, string Subject)> Keys => Open.Select(f => (f.Kind, f.Subject)).Concat(Kept.Select(k => (k.Kind, k.Subject)));

    /// <summary>What each says, in order: part of a course's fingerprint.</summary>
    public IEnumerable<string> Fingerprints => Open.Select(f => f.Fingerprint).Concat(Kept.Select(k => k.Fingerprint));
}
