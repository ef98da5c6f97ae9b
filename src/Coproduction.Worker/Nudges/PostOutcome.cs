namespace Coproduction.Worker.Nudges;

/// <summary>What became of a digest sent to its receiver.</summary>
/// <param name="Kind">Taken, to try again later, or refused.</param>
/// <param name="Status">The receiver's HTTP status; null when it gave none (no connection, no answer in time).</param>
/// <param name="RetryAfter">How long the receiver asked to be left (its <c>Retry-After</c>), if it said.</param>
internal sealed record PostOutcome(PostOutcomeKind Kind, int? Status, TimeSpan? RetryAfter = null);

/// <summary>The kinds of <see cref="PostOutcome"/>.</summary>
internal enum PostOutcomeKind
{
    /// <summary>The receiver took it (2xx; a Teams workflow answers 202 Accepted).</summary>
    Taken,

    /// <summary>The receiver is down, busy or slow (429, 5xx, no connection, no answer in time): tried again later.</summary>
    TryLater,

    /// <summary>The receiver refused it (any other status): the webhook is wrong (a workflow deleted or turned off), for the operator to mend.</summary>
    Refused,
}
