using Coproduction.Assessment;
using static Coproduction.Text.English;

namespace Coproduction.Report;

/// <summary>
/// The sessions delivered in the cycle and how many were co-delivered. Trainers are counted, never
/// listed: beside whether a session was co-delivered, a name would say what experience its trainer has.
/// </summary>
internal static class DeliverySummaryBuilder
{
    public static DeliverySummary Of(CourseView view)
    {
        var sessions = view.Sessions;
        var rows = sessions.Select(s => new SessionRow(
            s.Session.At,
            s.Session.Mode is { } mode ? Text.SnapshotWords.Label(mode).ToLowerInvariant() : "not recorded",
            s.Session.Trainers.Distinct(StringComparer.Ordinal).Count(),
            s.CoDelivered)).ToList();
        var coDelivered = sessions.Count(s => s.CoDelivered);
        var summary = sessions.Count == 0
            ? ReportText.NoSessions
            : $"{Capitalised(Count(sessions.Count, "session"))} delivered to students in this cycle; {coDelivered} of them co-delivered by a peer trainer and a trainer with learned experience.";
        return new DeliverySummary(rows, summary);
    }
}
