using Coproduction.Graph;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// The writes of one pass over a site, sent in full <c>$batch</c>es of 20 across courses rather than a
/// batch or two per course: on a first pass over a thousand courses that is a tenth of the requests.
/// What the worker records about a write (a flag item's id, a course's fingerprint) is recorded only
/// once the write has been sent, so that a crash before then leaves the write to be done again.
/// </summary>
internal sealed class PassWrites(CoproductionGraphClient graph, WorkerState state, string siteId)
{
    private const int BatchSize = 20;

    private readonly List<Entry> _entries = [];
    private readonly List<Action> _onFailure = [];
    private int _writes;

    /// <summary>Queues a write; <paramref name="written"/> gets the item's id once it is written.</summary>
    public void Add(ItemUpdate update, Action<string>? written = null)
    {
        _entries.Add(new Entry(update, written, null));
        _writes++;
    }

    /// <summary>Queues what to do once every write queued so far is written.</summary>
    public void Then(Action done) => _entries.Add(new Entry(null, null, done));

    /// <summary>Queues what to do if sending writes fails: some of them may have been made.</summary>
    public void OnFailure(Action failed) => _onFailure.Add(failed);

    /// <summary>Sends the full batches there are; the rest wait for more writes or <see cref="FlushAsync"/>.</summary>
    public Task SendFullBatchesAsync(CancellationToken cancellationToken) =>
        _writes >= BatchSize ? SendAsync(_writes / BatchSize * BatchSize, cancellationToken) : Task.CompletedTask;

    /// <summary>Sends every write queued, and does what waited for them.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => SendAsync(_writes, cancellationToken);

    private async Task SendAsync(int count, CancellationToken cancellationToken)
    {
        var sent = _entries.Where(e => e.Update is not null).Take(count).ToList();
        IReadOnlyList<string> ids;
        try
        {
            ids = await graph.WriteAsync(siteId, sent.Select(e => e.Update!).ToList(), cancellationToken);
        }
        catch (Exception ex) when (ex is CoproductionGraphException or OperationCanceledException)
        {
            _onFailure.ForEach(failed => failed());
            throw;
        }

        // Recorded in one transaction: one flush to disk for the batch, not one for each record.
        var done = 0;
        state.InTransaction(() =>
        {
            for (var i = 0; i < sent.Count; i++)
            {
                sent[i].Written?.Invoke(ids[i]);
            }

            // Then the writes sent and, after each, what waited only for writes before it.
            var left = count;
            while (done < _entries.Count && (_entries[done].Update is null || left-- > 0))
            {
                _entries[done].Done?.Invoke();
                done++;
            }
        });

        _entries.RemoveRange(0, done);
        _writes -= count;
    }

    private sealed record Entry(ItemUpdate? Update, Action<string>? Written, Action? Done);
}
