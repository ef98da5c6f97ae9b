namespace Coproduction.Worker.State;

/// <summary>
/// The stage a course was at before a change moved it, for a course nothing has been written for yet.
/// A move is judged against the stage last written for (<see cref="Written"/>); a course never assessed
/// has none, and the copy is moved on as soon as the change is applied, so without this a pass cut short
/// after applying the move would leave the next pass (given the same change again) seeing no move.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>The stage kept for a course before a change moved it, or null.</summary>
    public string? StageBefore(string site, string course) =>
        Scalar("SELECT stage FROM stages_before WHERE site = $site AND course = $course", ("$site", site), ("$course", course));

    /// <summary>Keeps the stage a course is at before a change is applied; one already kept stays (it is older).</summary>
    public void KeepStageBefore(string site, string course, string stage) =>
        Execute("INSERT OR IGNORE INTO stages_before (site, course, stage) VALUES ($site, $course, $stage)", ("$site", site), ("$course", course), ("$stage", stage));

    /// <summary>
    /// Saves the delta links a pass read to, and forgets the stages kept for the site's courses, in one
    /// transaction: the changes read will not be given again, and a stage kept longer would judge a
    /// later move from a stage the course has since left.
    /// </summary>
    public void SaveLinksAndForgetStages(string site, IEnumerable<(string Key, string Link)> links) => InTransaction(() =>
    {
        foreach (var (key, link) in links)
        {
            SaveLink(key, link);
        }

        Execute("DELETE FROM stages_before WHERE site = $site", ("$site", site));
    });

    /// <summary>
    /// Takes a move that is not judged (an application's: the worker putting a stage back, an import;
    /// or one by an editor the site does not name) as where the course now is: a person's next move is
    /// judged from there.
    /// </summary>
    public void MoveNotJudged(string site, string course, string stage) => InTransaction(() =>
    {
        Execute("UPDATE written SET stage = $stage WHERE site = $site AND course = $course", ("$site", site), ("$course", course), ("$stage", stage));
        if (Written(site, course) is null)
        {
            Execute("INSERT INTO stages_before (site, course, stage) VALUES ($site, $course, $stage) ON CONFLICT (site, course) DO UPDATE SET stage = excluded.stage",
                ("$site", site), ("$course", course), ("$stage", stage));
        }
    });
}
