using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Reads a site's changes into the local copy: every watched list's delta a page at a time, all lists
/// together in one <c>$batch</c> a round (one HTTP request when nothing changed). The courses a page
/// touches are kept as due before the page is applied (a deleted item's course is known only from the
/// copy); an item given again as the copy holds it is then passed over where that loses nothing.
/// </summary>
internal sealed class SiteIntake(CoproductionGraphClient graph, WorkerState state, StageMoves stageMoves, MaterialVersions versions, MaterialComments comments)
{
    /// <summary>The lists whose changes can change an assessment; the flags and evidence the worker writes are not among them.</summary>
    public static readonly string[] Watched =
    [
        SiteSchema.Courses, SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages,
        SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Topics, SiteSchema.Sessions,
    ];

    /// <summary>
    /// The lists whose repeated items can be passed over: all a change of theirs does is make courses
    /// due (its own, or for a topic every course), which is saved before the page is applied, so a pass
    /// cut short after applying it loses nothing. Not the courses (a stage move is judged in the pass
    /// that reads it) or the materials (a version is recorded after the page is applied): the same
    /// change given again by the next pass must be dealt with again, which is safe, as all of it is.
    /// </summary>
    private static readonly HashSet<string> PassedOverWhenRepeated = new(StringComparer.Ordinal)
    {
        SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Topics, SiteSchema.Sessions,
    };

    /// <param name="siteId">The site's Graph id.</param>
    /// <param name="lists">The site's lists by key; the materials library may be missing (a configured library not there).</param>
    /// <param name="sharedMaterials">
    /// Whether the materials are in a library the site shares with its other documents (configured), where a
    /// document with no course is no material: not kept, its versions not read, at no cost but the page it comes in.
    /// </param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Intake> ReadAsync(string siteId, IReadOnlyDictionary<string, string> lists, bool sharedMaterials, CancellationToken cancellationToken)
    {
        var watched = Watched.Where(lists.ContainsKey).ToList();
        var keyOf = watched.ToDictionary(k => lists[k], k => k, StringComparer.Ordinal);
        var intake = new Intake { MaterialsRefused = lists.ContainsKey(SiteSchema.Materials) ? null : 404 };
        var afresh = new HashSet<string>(StringComparer.Ordinal);
        var materials = lists.TryGetValue(SiteSchema.Materials, out var library) ? new HashSet<string>(StringComparer.Ordinal) { library } : [];
        await foreach (var read in graph.SiteChanges.ReadPagesAllowingRefusalsAsync(siteId, [.. watched.Select(k => lists[k])], state, materials, cancellationToken))
        {
            var (listId, page) = read;
            var key = keyOf[listId];
            if (key == SiteSchema.Materials && (read.Refused is not null || intake.MaterialsRefused is not null))
            {
                // Refused now, or earlier in this read (its versions): its link is not taken, so the pass that can read it reads all this again.
                intake.MaterialsRefused ??= read.Refused;
                continue;
            }

            if (page.StartsAfresh)
            {
                // The copy is about to be rebuilt page by page: until the new link is saved, a restart must start afresh too.
                state.ForgetDeltaLink(ListChanges.KeyOf(siteId, listId));
                afresh.Add(key);
            }

            var changes = Changed(siteId, key, page);
            if (key == SiteSchema.Materials && sharedMaterials)
            {
                changes = MaterialsOnly(siteId, changes, page.StartsAfresh);
            }

            intake.Everything |= page.StartsAfresh || (key == SiteSchema.Topics && changes.Count > 0);
            intake.Changes += changes.Count;
            if (key == SiteSchema.Topics && changes.Count > 0)
            {
                // A topic's change can change any course: every course is due, saved before the page is applied, as for any change.
                state.AddDue(siteId, state.Items(siteId, SiteSchema.Courses).Select(c => c.Id));
            }

            if (key == SiteSchema.Courses)
            {
                await stageMoves.NoteAsync(siteId, lists, changes, intake.Moves, cancellationToken);
            }

            state.AddDue(siteId, Touched(siteId, key, changes));
            state.Apply(siteId, key, page with { Changes = changes });
            if (key == SiteSchema.Materials)
            {
                try
                {
                    await versions.RecordAsync(siteId, lists, changes, afresh.Contains(key), cancellationToken);
                    await comments.RecordAsync(siteId, lists, changes, cancellationToken);
                }
                catch (CoproductionGraphException ex) when (ex.Status is 403 or 404)
                {
                    // The library's files cannot be read: as for its delta, nothing of it counts this pass.
                    intake.MaterialsRefused = ex.Status;
                    continue;
                }
            }

            if (page.DeltaLink is { } link)
            {
                intake.Links.Add((ListChanges.KeyOf(siteId, listId), link));
            }
        }

        if (intake.MaterialsRefused is null && lists.ContainsKey(SiteSchema.Materials))
        {
            try
            {
                await comments.CatchUpAsync(siteId, lists, cancellationToken);
            }
            catch (CoproductionGraphException ex) when (ex.Status is 403 or 404)
            {
                // The library's files cannot be found: as for its delta, nothing of it counts this pass.
                intake.MaterialsRefused = ex.Status;
            }
        }

        return intake;
    }

    /// <summary>
    /// The changes of a shared library that are of materials: documents with a course, and deletions. A
    /// document with no course is another document of the site's, passed over; one the copy holds as a
    /// material (its course since cleared) is taken as gone from the materials, so that its course is due.
    /// </summary>
    private List<ItemChange> MaterialsOnly(string siteId, List<ItemChange> changes, bool afresh) =>
        [.. changes
            .Select(c => c.Deleted || c.Fields.Find(CourseColumn.Any) is not null ? c
                : !afresh && state.Item(siteId, SiteSchema.Materials, c.ItemId) is not null ? c with { Deleted = true }
                : null)
            .OfType<ItemChange>()];

    /// <summary>
    /// What a page really changes: each item once, in its last state; and, outside a read afresh, not
    /// an item of a list in <see cref="PassedOverWhenRepeated"/> given again as the copy holds it
    /// (delta "might" repeat items, and give unchanged ones).
    /// </summary>
    private List<ItemChange> Changed(string siteId, string key, ListChangePage page)
    {
        var last = ListChangePage.LastOfEach(page.Changes);
        return page.StartsAfresh || !PassedOverWhenRepeated.Contains(key)
            ? last
            : [.. last.Where(c => c.Deleted || c.ETag is null || state.ETag(siteId, key, c.ItemId) != c.ETag)];
    }


    /// <summary>The courses some changes touch.</summary>
    private HashSet<string> Touched(string siteId, string key, IReadOnlyList<ItemChange> changes)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (key == SiteSchema.Courses)
            {
                touched.Add(change.ItemId);
                continue;
            }

            // The course it belonged to as well as the one it belongs to: an item moved to another course leaves the first.
            var before = state.Item(siteId, key, change.ItemId)?.Fields.Find(CourseColumn.Any);
            var fields = change.Deleted ? null : change.Fields;
            foreach (var course in new[] { before, fields?.Find(CourseColumn.Any) }.OfType<string>())
            {
                touched.Add(course);
            }
        }

        return touched;
    }
}

/// <summary>What reading a site's changes found.</summary>
internal sealed class Intake
{
    /// <summary>Changes read, each item once.</summary>
    public int Changes { get; set; }

    /// <summary>Whether every course is due: a list was read afresh, or the topics changed.</summary>
    public bool Everything { get; set; }

    /// <summary>The stage moves people made, by course item: judged this pass, while they are known.</summary>
    public Dictionary<string, (string From, string To)> Moves { get; } = new(StringComparer.Ordinal);

    /// <summary>The delta links to save once the pass has dealt with the changes.</summary>
    public List<(string Key, string Link)> Links { get; } = [];

    /// <summary>
    /// Why the site's materials library could not be read this pass, as an HTTP status: 403 (the app may
    /// not read it), 404 (it is gone, or a configured library is not there); null when it was read. A
    /// fact of the site, for the team to see: no course is assessed while it holds (materials that cannot
    /// be read are not materials gone), and the library's changes are read when it can be.
    /// </summary>
    public int? MaterialsRefused { get; set; }
}
