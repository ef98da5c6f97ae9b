using System.Globalization;
using Coproduction.Assessment;
using static Coproduction.Text.English;

namespace Coproduction.Flags;

/// <summary>
/// Courses are co-delivered by a peer trainer and a trainer without lived experience (the RECOLLECT
/// fidelity measure): too few of the sessions delivered in the cycle were.
/// </summary>
internal static class NotCoDeliveredRule
{
    public static IEnumerable<Flag> Evaluate(CourseView view)
    {
        var sessions = view.Sessions;
        var coDelivered = sessions.Count(s => s.CoDelivered);

        // In decimal, so that a share such as 0.8 of 5 sessions is exactly 4, not a binary fraction above or below it.
        if (sessions.Count == 0 || coDelivered >= (decimal)view.Options.CoDeliveryShare * sessions.Count)
        {
            yield break;
        }

        var alone = sessions.Where(s => !s.CoDelivered).ToList();
        yield return new Flag(FlagKind.NotCoDelivered, view.Snapshot.Course.Id,
            alone.SelectMany(s => s.Session.Trainers).Distinct(StringComparer.Ordinal).ToArray(),
            alone[0].Session.At,
            $"{Capitalised(Count(alone.Count, "session"))} of the {sessions.Count.ToString(CultureInfo.InvariantCulture)} delivered in this cycle " +
            $"{(alone.Count == 1 ? "was" : "were")} not co-delivered by a peer trainer with lived experience together with a trainer with learned experience of the course's topics. " +
            "Plan each session with both, so that students hear from each.");
    }
}
