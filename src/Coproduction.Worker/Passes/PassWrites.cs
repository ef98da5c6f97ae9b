using Coproduction.Graph;
using Coproduction.Graph.Writing;
using Coproduction.Worker.State;

namespace Coproduction.Worker.Passes;

/// <summary>
/// The writes of one pass over a site, sent in full <c>$batch</c>es of 20 across courses rather than a
/// batch or two per course: on a first pass over a thousand courses that is a tenth of the requests.
/// What the worker records about a write (a flag item's id, a course's fingerprint) is recorded only
/// once the write has been sent, so that a crash before then leaves the write to be done again. Each
/// write belongs to the course being worked on when it was queued: a write Graph refuses fails that
/// course alone (what waited for its writes is not done, and <see cref="CourseRefused"/> hears of it),
/// and the other courses' writes go on.
/// </summary>
internal sealed class PassWrites(CoproductionGraphClient graph, WorkerState state, string siteId)
{
    private const int BatchSize = 20;

    private readonly List<Entry> _entries = [];
    private readonly List<Action> _onFailure = [];
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);
    private int _writes;

    /// <summary>The course item the writes queued from now on belong to.</summary>
    public string Course { get; set; } = string.Empty;

    /// <summary>Hears of a course a write of which Graph refused, and why: the course's item id and the refusal.</summary>
    public Action<string, CoproductionGraphException>? CourseRefused { get; set; }

    /// <summary>
    /// Queues a write; <paramref name="written"/> gets the item's id once it is written, and
    /// <paramref name="gone"/> the site and the item's id if the item is gone (answered 404: a person
    /// deleted it), which also fails the course, to be tried again later without the item.
    /// </summary>
    public void Add(ItemUpdate update, Action<string>? written = null, Action<string, string>? gone = null, Action? refused = null) =>
        Add(update, written, gone, refused, goneFailsCourse: true);

    /// <summary>
    /// As <see cref="Add(ItemUpdate, Action{string}?, Action{string, string}?, Action?)"/>; with <paramref name="goneFailsCourse"/>
    /// false, an item gone is only gone (<paramref name="gone"/> hears of it) and the course's other writes go on:
    /// for an item the worker keeps that a person may delete, and that is made again.
    /// </summary>
    public void Add(ItemUpdate update, Action<string>? written, Action<string, string>? gone, Action? refused, bool goneFailsCourse)
    {
        _entries.Add(new Entry(Course, update, written, null, gone, refused) { GoneFailsCourse = goneFailsCourse });
        _writes++;
    }

    /// <summary>Queues what to do once every write queued so far is written.</summary>
    public void Then(Action done) => _entries.Add(new Entry(Course, null, null, done, null, null));

    /// <summary>Queues what to do if sending writes fails: some of them may have been made.</summary>
    public void OnFailure(Action failed) => _onFailure.Add(failed);

    /// <summary>Whether a write of the course was refused this pass.</summary>
    public bool Refused(string course) => _refused.Contains(course);

    /// <summary>Forgets what a course queued and has not sent: the course failed before its writes were whole.</summary>
    public void Drop(string course)
    {
        _writes -= _entries.Count(e => e.Course == course && e.Update is not null);
        _entries.RemoveAll(e => e.Course == course);
    }

    /// <summary>Sends the full batches there are; the rest wait for more writes or <see cref="FlushAsync"/>.</summary>
    public Task SendFullBatchesAsync(CancellationToken cancellationToken) =>
        _writes >= BatchSize ? SendAsync(_writes / BatchSize * BatchSize, cancellationToken) : Task.CompletedTask;

    /// <summary>Sends every write queued, and does what waited for them.</summary>
    public Task FlushAsync(CancellationToken cancellationToken) => SendAsync(_writes, cancellationToken);

    private async Task SendAsync(int count, CancellationToken cancellationToken)
    {
        // A course a write of which was refused sends no more: its flag is not written without the stage it speaks of.
        var sent = _entries.Where(e => e.Update is not null).Take(count).ToList();
        if (sent.Any(e => _refused.Contains(e.Course)))
        {
            var skipped = sent.Where(e => _refused.Contains(e.Course)).ToHashSet();
            _entries.RemoveAll(skipped.Contains);
            _writes -= skipped.Count;
            count -= skipped.Count;
            sent.RemoveAll(skipped.Contains);
        }

        IReadOnlyList<ItemWriteResult> results;
        try
        {
            results = await graph.WriteEachAsync(siteId, sent.Select(e => e.Update!).ToList(), cancellationToken);
        }
        catch (Exception ex) when (ex is CoproductionGraphException or OperationCanceledException)
        {
            _onFailure.ForEach(failed => failed());
            throw;
        }

        // Recorded in one transaction: one flush to disk for the batch, not one for each record. Should
        // recording fail, the writes were made but not recorded: the site, not this process, knows them.
        var done = 0;
        try
        {
            Record();
        }
        catch
        {
            _onFailure.ForEach(failed => failed());
            throw;
        }

        _entries.RemoveRange(0, done);
        _writes -= count;

        void Record() => state.InTransaction(() =>
        {
            for (var i = 0; i < sent.Count; i++)
            {
                if (results[i].ItemId is { } id)
                {
                    sent[i].Written?.Invoke(id);
                }
                else
                {
                    if (results[i].Refusal is { Status: 404 } && sent[i].Update!.ItemId is { } item)
                    {
                        sent[i].Gone?.Invoke(siteId, item);
                        if (!sent[i].GoneFailsCourse)
                        {
                            continue;
                        }
                    }

                    sent[i].Refused?.Invoke();

                    if (_refused.Add(sent[i].Course))
                    {
                        CourseRefused?.Invoke(sent[i].Course, results[i].Refusal!);
                    }
                }
            }

            // Then the writes sent and, after each, what waited only for writes before it (not for a course refused).
            var left = count;
            while (done < _entries.Count && (_entries[done].Update is null || left-- > 0))
            {
                if (!_refused.Contains(_entries[done].Course))
                {
                    _entries[done].Done?.Invoke();
                }

                done++;
            }
        });
    }

    private sealed record Entry(string Course, ItemUpdate? Update, Action<string>? Written, Action? Done, Action<string, string>? Gone, Action? Refused)
    {
        public bool GoneFailsCourse { get; init; } = true;
    }
}
