namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// SharePoint's throttling by resource units: a budget per minute per application; a request that
/// would overspend it answers 429, with Retry-After saying when the minute is over.
/// </summary>
internal sealed class ResourceBudget(TimeProvider time)
{
    private readonly object _gate = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _spent;

    /// <returns>Null when the request may go ahead; otherwise the seconds to wait.</returns>
    public int? TrySpend(int units, int? perMinute)
    {
        if (perMinute is not { } limit || units == 0)
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

            if (_spent + units > limit)
            {
                var left = TimeSpan.FromMinutes(1) - (now - _windowStart);
                return Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
            }

            _spent += units;
            return null;
        }
    }
}
