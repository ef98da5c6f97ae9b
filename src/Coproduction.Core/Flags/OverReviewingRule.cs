using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Checking every single word, font and image with your team": much of a material's feedback is
/// about presentation, which slows the work and moves the focus away from its objectives.
/// </summary>
internal static class OverReviewingRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        var options = view.Options;
        foreach (var material in view.Materials)
        {
            var feedback = view.ActivitiesOn[material.Id].Where(a => a.Kind == ActivityKind.Feedback).ToList();
            var presentation = feedback.Where(IsPresentation).ToList();
            if (feedback.Count < options.OverReviewingMinimumFeedback || (double)presentation.Count / feedback.Count < options.OverReviewingPresentationShare)
            {
                continue;
            }

            var (all, details) = (0, 0);
            var since = ContinuousCondition.Since(feedback, f => f.At, f => { all++; details += IsPresentation(f) ? 1 : 0; },
                () => all >= options.OverReviewingMinimumFeedback && (double)details / all >= options.OverReviewingPresentationShare);

            yield return new Flag(FlagKind.OverReviewing, material.Id, presentation.Select(f => f.By).Distinct().ToArray(), since ?? view.AsOf,
                $"{Named(material.Material.Title, material.Id)} has had {Count(feedback.Count, "piece")} of feedback, {presentation.Count} of them " +
                $"({Percent((double)presentation.Count / feedback.Count)}) about single words, fonts or images. Agree the main objectives first " +
                "and leave the fine detail to one final check.");
        }
    }

    private static bool IsPresentation(Activity feedback) => feedback.EffectiveAspect == FeedbackAspect.Presentation;
}
