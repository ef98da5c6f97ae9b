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
internal sealed class SiteIntake(CoproductionGraphClient graph, WorkerState state, StageMoves stageMoves, MaterialVersions versions)
{
    /// <summary>The lists whose changes can change an assessment; the flags and evidence the worker writes are not among them.</summary>
    public static readonly string[] Watched =
    [
        SiteSchema.Courses, SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages,
        SiteSchema.MaterialHistory, SiteSchema.Materials, SiteSchema.Topics,
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
        SiteSchema.Team, SiteSchema.Log, SiteSchema.Decisions, SiteSchema.Notes, SiteSchema.Stages, SiteSchema.MaterialHistory, SiteSchema.Topics,
    };

    public async Task<Intake> ReadAsync(string siteId, IReadOnlyDictionary<string, string> lists, CancellationToken cancellationToken)
    {
        var keyOf = Watched.ToDictionary(k => lists[k], k => k, StringComparer.Ordinal);
        var intake = new Intake();
        var afresh = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var (listId, page) in graph.SiteChanges.ReadPagesAsync(siteId, [.. Watched.Select(k => lists[k])], state, cancellationToken))
        {
            var key = keyOf[listId];
            if (page.StartsAfresh)
            {
                // The copy is about to be rebuilt page by page: until the new link is saved, a restart must start afresh too.
                state.ForgetDeltaLink(ListChanges.KeyOf(siteId, listId));
                afresh.Add(key);
            }

            var changes = Changed(siteId, key, page);
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
                await versions.RecordAsync(siteId, lists, changes, afresh.Contains(key), cancellationToken);
            }

            if (page.DeltaLink is { } link)
            {
                intake.Links.Add((ListChanges.KeyOf(siteId, listId), link));
            }
        }

        return intake;
    }

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

            var fields = change.Deleted ? state.Item(siteId, key, change.ItemId)?.Fields : change.Fields;
            if (fields?.Find(CourseColumn.Any) is { } course)
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
}
