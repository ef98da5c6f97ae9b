using System.Collections.Concurrent;

namespace Coproduction.Emulator.Control;

/// <summary>
/// What clients asked of the emulator: requests by kind (such as <c>delta</c>, <c>items</c>,
/// <c>update</c>, <c>batch</c>), SharePoint resource units spent, and requests throttled. Requests
/// inside a <c>$batch</c> count as themselves, and the batch once as <c>batch</c>.
/// </summary>
public sealed class EmulatorRequests
{
    private readonly ConcurrentDictionary<string, int> _byKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _deltaPages = new(StringComparer.OrdinalIgnoreCase);
    private int _resourceUnits;
    private int _throttled;
    private int _http;

    /// <summary>Requests by kind.</summary>
    public IReadOnlyDictionary<string, int> ByKind => new SortedDictionary<string, int>(_byKind, StringComparer.Ordinal);

    /// <summary>All requests, batches counted once and each request inside them once.</summary>
    public int Total => _byKind.Values.Sum();

    /// <summary>SharePoint resource units the requests cost (1 for a single item or a delta with a token, 2 for a multi-item query, create, update or delete).</summary>
    public int ResourceUnits => Volatile.Read(ref _resourceUnits);

    /// <summary>Requests that came over HTTP: a <c>$batch</c> counts once here, however many requests it carries.</summary>
    public int Http => Volatile.Read(ref _http);

    /// <summary>Requests answered 429 by the resource-unit budget.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>
    /// The most pages of delta read for any one list: a list's pages come one after another (each
    /// page's link is on the one before), so a client reading many lists at once needs at least this many rounds.
    /// </summary>
    public int DeltaRounds => _deltaPages.Values.DefaultIfEmpty(0).Max();

    /// <summary>The User-Agent of the latest request, as the client sent it.</summary>
    public string? LastUserAgent { get; private set; }

    /// <summary>Requests of one kind.</summary>
    /// <param name="kind">The kind, such as <c>delta</c>.</param>
    public int Of(string kind) => _byKind.GetValueOrDefault(kind);

    /// <summary>Starts counting again from zero.</summary>
    public void Reset()
    {
        _byKind.Clear();
        _deltaPages.Clear();
        Interlocked.Exchange(ref _resourceUnits, 0);
        Interlocked.Exchange(ref _throttled, 0);
        Interlocked.Exchange(ref _http, 0);
    }

    internal void CountHttp() => Interlocked.Increment(ref _http);

    internal void CountDeltaPage(string list) => _deltaPages.AddOrUpdate(list, 1, (_, n) => n + 1);

    internal void Count(string kind) => _byKind.AddOrUpdate(kind, 1, (_, n) => n + 1);

    internal void Spend(int resourceUnits) => Interlocked.Add(ref _resourceUnits, resourceUnits);

    internal void SawUserAgent(string? userAgent) => LastUserAgent = userAgent;

    internal void CountThrottled() => Interlocked.Increment(ref _throttled);
}
