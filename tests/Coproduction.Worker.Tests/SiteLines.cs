using Coproduction.Graph;
using Coproduction.Graph.Schema;

namespace Coproduction.Worker;

/// <summary>
/// What the worker wrote to a site, as sorted lines a test can compare with another run's: each
/// course's checklist columns, score, readiness and open flags, and each flag item. Reports are
/// described by each test in its own way (their course, or a hash of their content).
/// </summary>
internal static class SiteLines
{
    private static readonly string[] Columns =
        ["RelevantLearnedExperience", "RelevantLivedExperience", "CarersViewsSought", "FocusGroupsUsed", "MaterialsAgreed", "WorkShared", "CoproductionScore", "ReadyForQualityReview", "OpenFlags"];

    /// <returns>The lines, and each course item's course id.</returns>
    public static async Task<(List<string> Lines, Dictionary<string, string> CourseIds)> CoursesAndFlagsAsync(CoproductionGraphClient graph, string site, CancellationToken cancellationToken = default)
    {
        var (siteId, lists) = await graph.FindListsAsync(site, cancellationToken);
        var courses = await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken);
        var ids = courses.ToDictionary(c => c.Id, c => (string)c.Fields["CourseId"]!);
        var lines = courses.Select(c => $"course {ids[c.Id]}|{string.Join("|", Columns.Select(w => c.Fields.GetValueOrDefault(w)))}").ToList();
        lines.AddRange((await graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], cancellationToken)).Select(f =>
            $"flag {ids[(string)f.Fields["CourseLookupId"]!]}|{f.Fields["FlagKind"]}|{f.Fields["Subject"]}|{f.Fields["Status"]}|{f.Fields["Since"]}|{f.Fields["People"]}|{f.Fields["Message"]}"));
        return (lines, ids);
    }
}
