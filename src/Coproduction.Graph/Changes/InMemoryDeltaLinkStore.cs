using System.Collections.Concurrent;

namespace Coproduction.Graph.Changes;

/// <summary>Delta links kept in memory: for tests and one-off runs, not for a worker that must survive a restart.</summary>
public sealed class InMemoryDeltaLinkStore : IDeltaLinkStore
{
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_links.TryGetValue(key, out var link) ? link : null);

    /// <inheritdoc />
    public Task SaveAsync(string key, string deltaLink, CancellationToken cancellationToken)
    {
        _links[key] = deltaLink;
        return Task.CompletedTask;
    }
}
