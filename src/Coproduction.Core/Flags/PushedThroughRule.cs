using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Pushing through ideas without seeking feedback": a decision whose maker involved nobody else.
/// A timely decision is still co-production only with the views of a handful of people.
/// </summary>
internal static class PushedThroughRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view) =>
        from decision in view.Decisions
        where decision.Exemption is null or Exemption.Timely
        where decision.Involved.All(p => p == decision.By)
        select new Flag(FlagKind.PushedThroughWithoutFeedback, decision.Id, [decision.By], decision.At,
            $"The decision {Named(decision.Summary, decision.Id)} was taken on {Date(decision.At)} with nobody else's views recorded. " +
            (decision.Exemption == Exemption.Timely
                ? "A timely decision still needs the views of a handful of people: ask some of the team and record who was involved."
                : "Ask the team for their views and record who was involved; if it could not be co-produced, record the exemption and why."));
}
