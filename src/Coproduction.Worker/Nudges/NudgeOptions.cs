namespace Coproduction.Worker.Nudges;

/// <summary>
/// The nudges: a message to a Teams channel when a flag opens on a course, when a course becomes ready
/// for quality review, and when it has had entries to fix for long, gathered into one digest per course
/// at most every <see cref="DigestEvery"/>. Opt-in per site; bound from the configuration section
/// <c>Coproduction:Worker:Nudges</c> and validated on start (docs/nudges.md).
/// </summary>
internal sealed class NudgeOptions
{
    public const string Section = "Coproduction:Worker:Nudges";

    /// <summary>The longest wait between tries of a receiver that is down.</summary>
    public static readonly TimeSpan LongestRetryWait = TimeSpan.FromHours(1);

    /// <summary>How long the receiver has to answer a message before it is tried again later.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The sites that opted in, each with its webhook; a site not here is sent nothing, and nothing is kept for it.</summary>
    public List<NudgeSite> Sites { get; set; } = [];

    /// <summary>The least time between two digests of one course: what happens meanwhile waits for the next. Default a day.</summary>
    public TimeSpan DigestEvery { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a course has had entries to fix, without a break, before someone is told. Default 7 days.</summary>
    public TimeSpan NeedsAttentionAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The wait after a receiver first fails to take a digest; it doubles after each failure in a row, up to an hour. Default a minute.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The site's nudge settings; null for a site that has not opted in.</summary>
    public NudgeSite? For(string siteUrl) =>
        Sites.FirstOrDefault(s => string.Equals(Address(s.Site), Address(siteUrl), StringComparison.OrdinalIgnoreCase));

    /// <summary>A site's address as the nudges keep it: without a final slash.</summary>
    public static string Address(string siteUrl) => siteUrl.Trim().TrimEnd('/');

    /// <summary>The wait after the <paramref name="failures"/>th failure in a row.</summary>
    public TimeSpan RetryWait(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestRetryWait.Ticks, RetryBackoff.Ticks * (1L << Math.Clamp(failures - 1, 0, 20))));

    /// <summary>Every mistake in the options, in plain words, each naming its setting; empty when they are good.</summary>
    /// <param name="watched">The sites the worker watches (<c>Coproduction:Worker:Sites</c>).</param>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string> watched)
    {
        var problems = new List<string>();
        for (var i = 0; i < Sites.Count; i++)
        {
            var site = Sites[i];
            if (!watched.Any(w => string.Equals(Address(w), Address(site.Site), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"Sites:{i}:Site: '{site.Site}' is not one of the sites the worker watches (Coproduction:Worker:Sites): name a watched site.");
            }
            else if (Sites.Take(i).Any(s => string.Equals(Address(s.Site), Address(site.Site), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"Sites:{i}:Site: '{site.Site}' is named twice: give each site one webhook.");
            }

            // The address itself is never quoted: its signature is a secret.
            if (!Uri.TryCreate(site.Webhook, UriKind.Absolute, out var webhook) || !(webhook.Scheme == Uri.UriSchemeHttps || (webhook.Scheme == Uri.UriSchemeHttp && webhook.IsLoopback)))
            {
                problems.Add($"Sites:{i}:Webhook: give the https address of the site's Teams workflow (\"When a Teams webhook request is received\"); "
                    + $"it is a secret: set it in the environment (Coproduction__Worker__Nudges__Sites__{i}__Webhook) or as the systemd credential nudge-webhook-{i}.");
            }
        }

        if (DigestEvery < TimeSpan.FromMinutes(1) || DigestEvery > TimeSpan.FromDays(7))
        {
            problems.Add($"DigestEvery: {DigestEvery} is out of range; give one minute (00:01:00) to 7 days (7.00:00:00).");
        }

        if (NeedsAttentionAfter < TimeSpan.FromMinutes(1) || NeedsAttentionAfter > TimeSpan.FromDays(365))
        {
            problems.Add($"NeedsAttentionAfter: {NeedsAttentionAfter} is out of range; give one minute (00:01:00) to 365 days.");
        }

        if (RetryBackoff < TimeSpan.FromSeconds(1) || RetryBackoff > LongestRetryWait)
        {
            problems.Add($"RetryBackoff: {RetryBackoff} is out of range; give one second (00:00:01) to an hour (01:00:00).");
        }

        return problems;
    }
}
