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
}
