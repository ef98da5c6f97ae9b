using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// The nudges' own step, after each pass over a site that opted in: what has waited is gathered into a
/// digest per course (at most one every <see cref="NudgeOptions.DigestEvery"/>), and every digest its
/// receiver has not taken is sent, oldest first. A digest is marked sent only once the receiver took it
/// (2xx), in a transaction of its own right then; a receiver down, busy or slow is tried again after a
/// wait that doubles, and one that refuses (another 4xx) is said once in the log and tried again hourly.
/// Reads the state only: nothing of Graph.
/// </summary>
internal sealed class NudgeDelivery(WorkerState state, NudgeOptions options, WebhookPoster poster, TimeProvider time, ILogger<NudgeDelivery> logger)
{
    /// <summary>How long digests taken are kept, after which they and what they told of are forgotten.</summary>
    public static readonly TimeSpan KeptSent = TimeSpan.FromDays(30);

    /// <summary>The most digests sent to one site after one pass; the rest go after the next.</summary>
    public const int MostPerRound = 20;

    private readonly Dictionary<string, (int Failures, DateTimeOffset Next)> _waiting = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _refusalSaid = new(StringComparer.OrdinalIgnoreCase);

    /// <returns>How many digests the receiver took.</returns>
    public async Task<int> DeliverAsync(string siteUrl, CancellationToken cancellationToken)
    {
        if (options.For(siteUrl) is not { } site)
        {
            return 0;
        }

        var address = NudgeOptions.Address(siteUrl);
        var now = time.GetUtcNow();
        Gather(address, now);
        if (_waiting.TryGetValue(address, out var waiting) && now < waiting.Next)
        {
            return 0;
        }

        var taken = 0;
        // A backlog (a receiver back after days) goes a few at a time, so that the next site's pass is not held up by it.
        foreach (var digest in state.UnsentDigests(address).Take(MostPerRound))
        {
            var outcome = await poster.PostAsync(site.Webhook, digest.Body, cancellationToken);
            if (outcome.Kind == PostOutcomeKind.Taken)
            {
                // Marked at once, nothing between: the one window in which a digest can go twice (docs/nudges.md).
                state.DigestSent(digest.Id, time.GetUtcNow());
                Log.NudgeSent(logger, digest.Id, digest.CourseItem, digest.SiteId, outcome.Status ?? 0);
                _waiting.Remove(address);
                _refusalSaid.Remove(address);
                taken++;
                continue;
            }

            // Kept, and the site's later digests wait behind it: they go in order.
            state.DigestTried(digest.Id);
            var failures = (_waiting.TryGetValue(address, out var before) ? before.Failures : 0) + 1;
            var wait = outcome.Kind == PostOutcomeKind.Refused ? NudgeOptions.LongestRetryWait
                : TimeSpan.FromTicks(Math.Max(options.RetryWait(failures).Ticks, Math.Min((outcome.RetryAfter ?? TimeSpan.Zero).Ticks, NudgeOptions.LongestRetryWait.Ticks)));
            _waiting[address] = (failures, time.GetUtcNow() + wait);
            if (outcome.Kind == PostOutcomeKind.TryLater)
            {
                Log.NudgeWaits(logger, digest.Id, digest.SiteId, outcome.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer", wait);
            }
            else if (_refusalSaid.Add(address))
            {
                Log.NudgeRefused(logger, digest.SiteId, outcome.Status ?? 0, wait);
            }

            break;
        }

        state.ForgetSentDigests(address, now - KeptSent);
        return taken;
    }

    /// <summary>
    /// Makes the digests due: the courses that have had entries to fix for long get their event, once;
    /// then each course with events waiting and no digest for <see cref="NudgeOptions.DigestEvery"/> gets one.
    /// </summary>
    private void Gather(string siteUrl, DateTimeOffset now)
    {
        var needing = state.NeedsAttentionSince(siteUrl, now - options.NeedsAttentionAfter);
        if (needing.Count > 0)
        {
            state.InTransaction(() =>
            {
                foreach (var (course, entries) in needing)
                {
                    if (state.Item(course.SiteId, Graph.Schema.SiteSchema.Courses, course.CourseItem) is null)
                    {
                        // A course deleted takes its entries with it.
                        state.NoteNeedsAttention(course, 0, now);
                        continue;
                    }

                    state.AddNudgeEvents(course, [new NudgeEvent(NudgeEvent.NeedsAttention, now, Entries: entries)]);
                    state.NeedsAttentionNudged(course);
                }
            });
        }

        // A receiver down for days: a course's digest that still waits, a day old, is taken back and told again with what
        // came after it, as one new digest, so that the receiver back gets one card a course, not one a day of its absence.
        foreach (var (course, _) in state.WaitingNudges(siteUrl))
        {
            if (state.DigestWaiting(course.SiteId, course.CourseItem) is { } waiting && now - waiting.MadeAt >= options.DigestEvery)
            {
                state.ReopenDigest(waiting.Id);
            }
        }

        foreach (var (course, events) in state.WaitingNudges(siteUrl))
        {
            if (state.Item(course.SiteId, Graph.Schema.SiteSchema.Courses, course.CourseItem) is null)
            {
                // A course deleted: a digest would link an item no longer there.
                state.DropWaitingNudges(course.SiteId, course.CourseItem);
                continue;
            }

            if ((state.LastDigestMade(course.SiteId, course.CourseItem) is { } last && now - last < options.DigestEvery) || state.DigestWaiting(course.SiteId, course.CourseItem) is not null)
            {
                continue;
            }

            var digest = state.MakeDigest(course, events, now, id => DigestCard.Of(id, course, events, now));
            Log.NudgeDigestMade(logger, digest, course.CourseItem, course.SiteId, events.Count);
        }
    }
}
