using Coproduction.Assessment;
using Coproduction.Model;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// "Allowing your work to be the sole focus" on one material: its latest run of versions by one
/// author is long (in versions or in days) and nobody else has given feedback on it or agreed it
/// since the run began.
/// </summary>
internal static class SoleAuthorRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        foreach (var material in view.Materials)
        {
            var versions = material.Versions.Where(v => view.InCycle(v.At)).ToList();
            if (versions.Count == 0)
            {
                continue;
            }

            var author = versions[^1].By;
            var run = versions.AsEnumerable().Reverse().TakeWhile(v => v.By == author).ToList();
            var began = run[^1].At;
            var isLong = run.Count >= view.Options.SoleAuthorVersions || view.AsOf - began >= view.Options.SoleAuthorAge;
            if (!isLong || HeardFromOthers(view, material, author, began))
            {
                continue;
            }

            yield return new Flag(FlagKind.SoleAuthorWithoutFeedback, material.Id, [author], began,
                $"{Named(material.Material.Title, material.Id)} has had {Count(run.Count, "version")} in a row by the same person since {Date(began)}, " +
                "with no feedback or agreement from anyone else. Share it with the team and ask for their thoughts before going further.");
        }
    }

    private static bool HeardFromOthers(CourseView view, MaterialView material, string author, DateTimeOffset since) =>
        view.ActivitiesOn[material.Id].Any(a => a.Kind == ActivityKind.Feedback && a.By != author && a.At >= since)
        || material.Agreements.Any(a => a.By != author && a.At >= since);
}
