namespace Coproduction.Graph.Changes;

/// <summary>
/// Where delta links are kept between reads, so that a restarted worker goes on from where it
/// committed. The worker keeps them in SQLite; <see cref="InMemoryDeltaLinkStore"/> serves tests.
/// </summary>
public interface IDeltaLinkStore
{
    /// <summary>The delta link saved under a key, or null for none.</summary>
    /// <param name="key">The site and list, as <see cref="ListChanges.Key"/> gives it.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Saves a delta link under a key, replacing what was there.</summary>
    /// <param name="key">The site and list.</param>
    /// <param name="deltaLink">The link to read the next changes from.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task SaveAsync(string key, string deltaLink, CancellationToken cancellationToken);
}
