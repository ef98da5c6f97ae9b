using Coproduction.Graph.Connection;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.State;
using static Coproduction.Graph.Schema.SiteSchema;

namespace Coproduction.Worker.Passes;

/// <summary>
/// What the worker cannot read, shown where staff work. Each data problem of a course (found as the
/// course is read) is a line of the course; the site's own (entries of no course, topics, a materials
/// library it cannot read) are lines of no course. Lines resolve by themselves once the entry is fixed,
/// or its course is gone; the course shows how many it has.
/// </summary>
internal sealed class EntriesToFix(ProblemSync sync, WorkerState state, TimeProvider time, CoproductionGraphOptions graphOptions)
{
    /// <summary>The lists whose items each belong to a course: an item of none counts for nothing, which staff are told.</summary>
    private static readonly string[] CourseLists = [Team, SiteSchema.Log, Decisions, Notes, Stages, MaterialHistory, Materials, SiteSchema.Sessions];

    /// <summary>Each list's key by the name a data problem gives it.</summary>
    private static readonly Dictionary<string, string> KeyOf = SiteSchema.Lists.ToDictionary(l => l.DisplayName, l => l.Key, StringComparer.Ordinal);

    /// <summary>
    /// Sites whose own lines were not all written (or not yet looked at by this process, so that a worker
    /// newly upgraded shows what was there before): looked at again next pass, changed or not.
    /// </summary>
    private readonly HashSet<string> _looked = new(StringComparer.Ordinal);


    /// <summary>Queues the lines a course's problems need; with <paramref name="keepOpen"/>, those open already stay open.</summary>
    /// <returns>How many entries of the course are to fix, and how many of its lines are written.</returns>
    public async Task<(int Open, int Writes)> CourseAsync(
        string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, string courseItem, IReadOnlyList<DataProblem> problems, PassWrites writes, CancellationToken cancellationToken, bool keepOpen = false)
    {
        // The topics are the site's, not a course's: a problem of one is a line of the site, once.
        var rows = Rows(siteUrl, lists, courseItem, problems.Where(p => p.List != List(Topics).DisplayName));
        var (written, _, _) = await sync.SyncAsync(siteId, lists[SiteSchema.Problems], courseItem, rows, writes, cancellationToken, keepOpen);

        // A save or a comment by someone not in the team may be by no one who ever will be (a coordinator mending a typo): said, not counted.
        return (sync.OpenCount(siteId, courseItem, rows, keepOpen, counted: place => DataProblem.Counts(place[(place.LastIndexOf('/') + 1)..])), written);
    }

    /// <summary>
    /// Queues the site's own lines when its copy changed (or their last writes were not made, or this
    /// process has not looked yet): an item whose course is empty, or names an item that is not in the
    /// courses list; a topic that cannot be read; and the lines of courses since deleted, resolved.
    /// </summary>
    /// <param name="courses">The site's course items, as the pass read them from the copy.</param>
    public async Task SiteAsync(string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, IReadOnlyList<ListItemData> courses, bool changed, PassWrites writes, CancellationToken cancellationToken)
    {
        if (!changed && _looked.Contains(siteId))
        {
            return;
        }

        _looked.Remove(siteId);
        await sync.LearnAsync(siteId, lists[SiteSchema.Problems], cancellationToken);
        var courseItems = courses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<DataProblem>(OfNoCourse(siteId));
        problems.AddRange((await SiteTopics.ReadAsync(new ReplicaContent(state, siteId), cancellationToken)).Problems);
        await sync.SyncAsync(siteId, lists[SiteSchema.Problems], ProblemSync.SiteScope, Rows(siteUrl, lists, null, problems), writes, cancellationToken);

        // A course deleted takes its lines with it: they resolve, rather than stay open under an item that is gone.
        foreach (var gone in state.CoursesWithOpen(siteId, KeptItems.Problems).Where(c => c.Length > 0 && !courseItems.Contains(c)))
        {
            await sync.SyncAsync(siteId, lists[SiteSchema.Problems], gone, [], writes, cancellationToken);
        }

        writes.Then(() => _looked.Add(siteId));
    }

    /// <summary>
    /// Queues, for a pass whose materials library could not be read, a line of the site saying so (the
    /// site's other lines kept as they are); the next pass that reads the library resolves it.
    /// </summary>
    public async Task LibraryUnreadableAsync(string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, string library, int status, PassWrites writes, CancellationToken cancellationToken)
    {
        await sync.LearnAsync(siteId, lists[SiteSchema.Problems], cancellationToken);
        var line = new ProblemRow(null, library, 0, "(the whole library)", siteUrl, $"The worker cannot read this library (it answers {status}), so no course is assessed until it can: "
            + "ask the site's owner to give the Coproduction app access to it again (docs/operations.md). This line then resolves by itself.", time.GetUtcNow(), FlagStatus.Open);
        await sync.SyncAsync(siteId, lists[SiteSchema.Problems], ProblemSync.SiteScope, [line], writes, cancellationToken, keepOpen: true);

        // Looked at again once the library reads: the line then resolves.
        _looked.Remove(siteId);
    }

    /// <summary>The courses one of whose lines a person deleted while it still held: to take again, so that it is made again.</summary>
    public IReadOnlyList<string> TakeGone(string siteId)
    {
        var gone = sync.TakeGone(siteId);
        if (gone.Contains(ProblemSync.SiteScope))
        {
            // A line of the site's own: the site's entries are looked at again this pass.
            _looked.Remove(siteId);
        }

        return [.. gone.Where(c => c.Length > 0)];
    }

    /// <summary>The site's lines, read once per site each time the worker starts (before any course, so that a failure is the site's).</summary>
    public Task LearnAsync(string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken) =>
        sync.LearnAsync(siteId, lists[SiteSchema.Problems], cancellationToken);

    private IEnumerable<DataProblem> OfNoCourse(string siteId)
    {
        // A folder of a library is no entry: it has no course, and needs none (the copy keeps none; one an earlier worker kept is passed over).
        foreach (var (list, item) in state.ItemsOfNoCourse(siteId, CourseLists).Where(i => i.Item.Fields.Find(SharePointColumns.ContentType) != SharePointFields.FolderContentType))
        {
            yield return new DataProblem(List(list).DisplayName, item.Id, CourseColumn.Name, item.Fields.Find(CourseColumn.Any) is null
                ? "is empty: choose the course this entry belongs to, or it counts for no course"
                : "names a course that is not in the courses list (it was deleted): choose the course this entry belongs to");
        }
    }

    private List<ProblemRow> Rows(string siteUrl, IReadOnlyDictionary<string, string> lists, string? course, IEnumerable<DataProblem> problems)
    {
        var now = time.GetUtcNow();
        // The materials by the name of the library that holds them on this site.
        var library = graphOptions.MaterialsLibraryFor(siteUrl);
        return [.. from p in problems
                   where p.ForStaff && KeyOf.ContainsKey(p.List)
                   let key = KeyOf[p.List]
                   where lists.ContainsKey(key)
                   select ProblemRow.Open(course, p, siteUrl, lists[key], now, key == Materials ? library : null) into row
                   where row is not null
                   select row];
    }
}
