namespace Coproduction.Emulator.Control;

/// <summary>
/// What the emulator does to requests besides answering them: a budget of SharePoint resource units
/// per minute, a rate of 503s, added latency, scripted faults, and delta tokens expiring on demand.
/// Safe to change while requests run.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object _gate = new();
    private readonly List<(ScriptedFault Fault, int Left)> _scripted = [];
    private Random _random = new(20260301);

    /// <summary>Resource units a minute before requests answer 429; null for no limit. SharePoint gives an app on the smallest tenants (up to 1,000 licences) 1,200.</summary>
    public int? ResourceUnitsPerMinute { get; set; }

    /// <summary>The share of requests, 0 to 1, that answer 503 with a Retry-After of 1 second.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>A wait before every answer.</summary>
    public TimeSpan Latency { get; set; }

    internal Action? ExpireDeltaTokensRequested { get; set; }

    /// <summary>Makes the random 503s repeatable.</summary>
    /// <param name="seed">The seed.</param>
    public void Seed(int seed)
    {
        lock (_gate)
        {
            _random = new Random(seed);
        }
    }

    /// <summary>Adds a scripted fault; the faults are tried in the order added.</summary>
    /// <param name="fault">The fault.</param>
    public void Add(ScriptedFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(fault.Times, 1);
        lock (_gate)
        {
            _scripted.Add((fault, fault.Times));
        }
    }

    /// <summary>Removes every scripted fault that has not happened yet.</summary>
    public void ClearScripted()
    {
        lock (_gate)
        {
            _scripted.Clear();
        }
    }

    /// <summary>How many scripted faults are still to happen.</summary>
    public int PendingScripted
    {
        get
        {
            lock (_gate)
            {
                return _scripted.Sum(s => s.Left);
            }
        }
    }

    /// <summary>Expires every delta token given so far: using one answers 410 Gone with a fresh start.</summary>
    public void ExpireDeltaTokens() => ExpireDeltaTokensRequested?.Invoke();

    internal ScriptedFault? Take(string method, string path, IReadOnlyDictionary<string, string> query, bool sharePointRest)
    {
        lock (_gate)
        {
            for (var i = 0; i < _scripted.Count; i++)
            {
                var (fault, left) = _scripted[i];
                if (fault.Matches(method, path, query, sharePointRest))
                {
                    if (left <= 1)
                    {
                        _scripted.RemoveAt(i);
                    }
                    else
                    {
                        _scripted[i] = (fault, left - 1);
                    }

                    return fault;
                }
            }

            return null;
        }
    }

    internal bool RollServiceUnavailable()
    {
        lock (_gate)
        {
            return ServiceUnavailableRate > 0 && _random.NextDouble() < ServiceUnavailableRate;
        }
    }
}
