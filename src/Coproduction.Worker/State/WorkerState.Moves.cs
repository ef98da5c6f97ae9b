namespace Coproduction.Worker.State;

/// <summary>
/// The stage moves people made to courses that failed in the pass that read them. A move is known only
/// in the pass that reads its change; a course that fails there is tried again later, and its move is
/// judged then, from the stage it left, rather than taken as where the course is.
/// </summary>
internal sealed partial class WorkerState
{
    /// <summary>The moves kept for a site's courses, by course item, and whether the worker had already put the stage back.</summary>
    public Dictionary<string, KeptMove> PendingMoves(string site) =>
        Query("SELECT course, from_stage, to_stage, put_back FROM pending_moves WHERE site = $site", r => (r.GetString(0), new KeptMove(r.GetString(1), r.GetString(2), r.GetInt64(3) == 1)), ("$site", site))
            .ToDictionary(m => m.Item1, m => m.Item2, StringComparer.Ordinal);

    /// <summary>Keeps a course's move until the course is assessed.</summary>
    public void KeepMove(string site, string course, KeptMove move) =>
        Execute("INSERT INTO pending_moves (site, course, from_stage, to_stage, put_back) VALUES ($site, $course, $from, $to, $putBack) ON CONFLICT (site, course) DO UPDATE SET from_stage = excluded.from_stage, to_stage = excluded.to_stage, put_back = excluded.put_back",
            ("$site", site), ("$course", course), ("$from", move.From), ("$to", move.To), ("$putBack", move.PutBack ? 1 : 0));

    /// <summary>Forgets a course's kept move: it has been judged.</summary>
    public void ForgetMove(string site, string course) =>
        Execute("DELETE FROM pending_moves WHERE site = $site AND course = $course", ("$site", site), ("$course", course));
}
