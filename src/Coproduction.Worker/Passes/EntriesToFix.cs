using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.State;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Worker.Passes;

/// <summary>
/// What the worker cannot read, shown where staff work: each data problem of a course (found as the
/// course is read) and each entry of no course (found in the site's copy) becomes a line of the list
/// of entries to fix, which resolves by itself once the entry is fixed; the course shows how many it has.
/// </summary>
internal sealed class EntriesToFix(ProblemSync sync, WorkerState state, TimeProvider time)
{
    /// <summary>The lists whose items each belong to a course: an item of none counts for nothing, which staff are told.</summary>
    private static readonly string[] CourseLists = [Team, SiteSchema.Log, Decisions, Notes, Stages, MaterialHistory, Materials];

    /// <summary>Sites whose entries of no course were not all written: looked at again next pass, changed or not.</summary>
    private readonly HashSet<string> _unwritten = new(StringComparer.Ordinal);

    /// <summary>Queues the lines a course's problems need.</summary>
    /// <returns>How many entries of the course are to fix.</returns>
    public async Task<int> CourseAsync(string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, string courseItem, IReadOnlyList<DataProblem> problems, PassWrites writes, CancellationToken cancellationToken)
    {
        var rows = Rows(siteUrl, lists, courseItem, problems);
        await sync.SyncAsync(siteId, lists[SiteSchema.Problems], courseItem, rows, writes, cancellationToken);
        return rows.DistinctBy(r => r.Place).Count();
    }

    /// <summary>
    /// Queues the lines for the site's entries of no course, when its copy changed (or their last writes
    /// were not made): an item whose course is empty, or names an item that is not in the courses list.
    /// A pass that read nothing new costs nothing here, after a restart too: the lines are as they were.
    /// </summary>
    public async Task SiteAsync(string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, bool changed, PassWrites writes, CancellationToken cancellationToken)
    {
        if (!changed && !_unwritten.Contains(siteId))
        {
            return;
        }

        _unwritten.Add(siteId);
        await sync.LearnAsync(siteId, lists[SiteSchema.Problems], cancellationToken);

        var courses = state.Items(siteId, Courses).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<DataProblem>();
        foreach (var list in CourseLists)
        {
            var name = List(list).DisplayName;
            foreach (var item in state.Items(siteId, list))
            {
                var course = item.Fields.Find(CourseColumn.Any);
                if (course is null || !courses.Contains(course))
                {
                    problems.Add(new DataProblem(name, item.Id, CourseColumn.Name, course is null
                        ? "is empty: choose the course this entry belongs to, or it counts for no course"
                        : "names a course that is not in the courses list (it was deleted): choose the course this entry belongs to"));
                }
            }
        }

        await sync.SyncAsync(siteId, lists[SiteSchema.Problems], ProblemSync.SiteScope, Rows(siteUrl, lists, null, problems), writes, cancellationToken);
        writes.Then(() => _unwritten.Remove(siteId));
    }

    /// <summary>The site's lines, read once per site each time the worker starts (before any course, so that a failure is the site's).</summary>
    public Task LearnAsync(string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken) =>
        sync.LearnAsync(siteId, lists[SiteSchema.Problems], cancellationToken);

    private List<ProblemRow> Rows(string siteUrl, IReadOnlyDictionary<string, string> lists, string? course, IReadOnlyList<DataProblem> problems)
    {
        var now = time.GetUtcNow();
        var keyOf = SiteSchema.Lists.ToDictionary(l => l.DisplayName, l => l.Key, StringComparer.Ordinal);
        return [.. problems
            .Where(p => keyOf.TryGetValue(p.List, out var key) && lists.ContainsKey(key))
            .Select(p => ProblemRow.Open(course, p, siteUrl, lists[keyOf[p.List]], now))
            .OfType<ProblemRow>()];
    }
}
