using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// A decision not co-produced for health and safety, Trust policy or a managerial reason must say
/// why; a timely decision is still co-production and needs no justification.
/// </summary>
internal static class UnexplainedExemptionRule
{
    private static readonly Dictionary<Exemption, string> Words = new()
    {
        [Exemption.HealthAndSafety] = "a health and safety decision",
        [Exemption.TrustPolicy] = "following Trust policy",
        [Exemption.Managerial] = "a managerial decision",
    };

    public static IEnumerable<Flag> Evaluate(CourseView view) =>
        from decision in view.Decisions
        where decision.Exemption is { } e && Words.ContainsKey(e)
        where string.IsNullOrWhiteSpace(decision.Justification)
        select new Flag(FlagKind.UnexplainedExemption, decision.Id, [decision.By], decision.At,
            $"The decision {Named(decision.Summary, decision.Id)} is recorded as {Words[decision.Exemption!.Value]}, not co-produced, " +
            "but gives no justification. Record why it could not be co-produced, so the team and the Quality Process can see it.");
}
