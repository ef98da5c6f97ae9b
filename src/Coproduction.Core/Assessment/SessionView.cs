using Coproduction.Model;

namespace Coproduction.Assessment;

/// <summary>
/// A delivered session that counts (inside the cycle and not after the moment of assessment), and
/// whether it was co-delivered: a peer trainer (relevant lived or carer experience) and another,
/// different person with relevant learned experience among its trainers.
/// </summary>
/// <param name="Session">The session.</param>
/// <param name="CoDelivered">Whether it was co-delivered.</param>
internal sealed record SessionView(DeliveredSession Session, bool CoDelivered)
{
    /// <summary>The sessions that count, oldest first (document order within one moment).</summary>
    public static IReadOnlyList<SessionView> Of(CourseView view) =>
        view.Snapshot.Sessions
            .Where(s => view.InCycle(s.At))
            .OrderBy(s => s.At)
            .Select(s => new SessionView(s, IsCoDelivered(s, view)))
            .ToList();

    private static bool IsCoDelivered(DeliveredSession session, CourseView view)
    {
        var trainers = session.Trainers.Distinct(StringComparer.Ordinal).Select(id => view.People[id]).ToList();
        var peers = trainers.Where(p => Has(p, view, e => e.Kind is ExperienceKind.Lived or ExperienceKind.Carer)).ToList();
        var nonPeers = trainers.Where(p => Has(p, view, e => e.Kind == ExperienceKind.Learned)).ToList();

        // Two different people: one person with both kinds does not co-deliver a session alone.
        return peers.Any(peer => nonPeers.Any(other => other.Id != peer.Id));
    }

    private static bool Has(Person person, CourseView view, Func<Experience, bool> kind) =>
        person.Experience.Any(e => kind(e) && view.IsRelevant(e));
}
