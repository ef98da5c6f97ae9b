namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// SharePoint's throttling by resource units: a budget per minute per application. A request that
/// would overspend it answers 429, with Retry-After saying when the minute is over, and still counts
/// against the budget ("throttled requests count towards usage limits"). Once 80% of the minute's
/// budget is spent, answers say how much is left (the <c>RateLimit-*</c> headers).
/// </summary>
internal sealed class ResourceBudget(TimeProvider time)
{
    private readonly object _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _spent;

    /// <returns>Whether the request may go ahead, and what the budget then holds; null when there is no budget.</returns>
    public BudgetState? Spend(int units, int? perMinute)
    {
        if (perMinute is not { } limit)
        {
            return null;
        }

        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (now - _windowStart >= TimeSpan.FromMinutes(1))
            {
                _windowStart = now;
                _spent = 0;
            }

            var allowed = _spent + units <= limit;
            _spent += units;
            var left = TimeSpan.FromMinutes(1) - (now - _windowStart);
            return new BudgetState(allowed, limit, Math.Max(0, limit - _spent), Math.Max(1, (int)Math.Ceiling(left.TotalSeconds)));
        }
    }
}

/// <summary>What a request found of the minute's budget: whether it went ahead, the limit, what is left, and the seconds until the minute is over.</summary>
internal readonly record struct BudgetState(bool Allowed, int Limit, int Remaining, int ResetSeconds)
{
    /// <summary>SharePoint adds the <c>RateLimit-*</c> headers once an application has used 80% of its budget.</summary>
    public bool NearLimit => Limit - Remaining >= Limit * 0.8;
}
