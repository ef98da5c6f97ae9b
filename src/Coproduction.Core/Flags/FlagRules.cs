using Coproduction.Assessment;

namespace Coproduction.Flags;

/// <summary>Every flag rule, and the order flags are reported in: by kind (the rules' order), then subject.</summary>
internal static class FlagRules
{
    private static readonly Func<CourseView, IEnumerable<Flag>>[] Rules =
    [
        SoleAuthorRule.Evaluate,
        SoleFocusRule.Evaluate,
        PushedThroughRule.Evaluate,
        PullingRankRule.Evaluate,
        TellingPeopleRule.Evaluate,
        OverReviewingRule.Evaluate,
        UnexplainedExemptionRule.Evaluate,
        InputNotAnsweredRule.Evaluate,
        NotCoDeliveredRule.Evaluate,
    ];

    public static IReadOnlyList<Flag> Evaluate(CourseView view) =>
        Rules.SelectMany(rule => rule(view))
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.Subject, StringComparer.Ordinal)
            .ToList();
}
