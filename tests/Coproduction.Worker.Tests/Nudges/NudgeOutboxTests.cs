using Coproduction.Worker.Commands;
using Coproduction.Worker.Faults;
using Coproduction.Worker.History;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// The outbox itself, over a real state file and a real receiver, without a site: what a course's lines
/// of history tell, and what is sent again after a crash between the receiver's answer and the mark.
/// </summary>
public sealed class NudgeOutboxTests : IAsyncLifetime, IDisposable
{
    private const string SiteUrl = "https://contoso.sharepoint.com/sites/recovery";
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(1));
    private WebhookReceiver _receiver = null!;
    private WorkerState _state = null!;
    private NudgeOptions _options = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _state = WorkerState.Open(_folder.File("state.db"));
        _options = new NudgeOptions { Sites = [new NudgeSite { Site = SiteUrl, Webhook = _receiver.Url }] };

        // The course is in the copy of the site: a course gone from it is told of no more.
        _state.Apply("site-1", Graph.Schema.SiteSchema.Courses, new Graph.Changes.ListChangePage(
            [new Graph.Changes.ItemChange("7", false, new Dictionary<string, object?> { ["Title"] = "Managing Sleep" }, null, null)], true, "link"));
    }

    public async Task DisposeAsync()
    {
        _state.Dispose();
        await _receiver.DisposeAsync();
    }

    public void Dispose()
    {
        _folder.Dispose();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Deliver_CourseBecomesReady_IsToldReadyForQualityReview()
    {
        using var poster = new WebhookPoster(_clock);
        var delivery = new NudgeDelivery(_state, _options, poster, _clock, NullLogger<NudgeDelivery>.Instance);
        Assessed(ready: false, score: 10);
        await delivery.DeliverAsync(SiteUrl, _timeout.Token);
        _clock.Advance(TimeSpan.FromHours(1));
        Assessed(ready: false, score: 11);
        await delivery.DeliverAsync(SiteUrl, _timeout.Token);

        _receiver.Attempts.ShouldBe(0, "a first line is a baseline, and a score alone tells nothing");

        _clock.Advance(TimeSpan.FromHours(1));
        Assessed(ready: true, score: 12);
        (await delivery.DeliverAsync(SiteUrl, _timeout.Token)).ShouldBe(1);

        NudgeTests.Lines(_receiver.Cards.ShouldHaveSingleItem()).ShouldContain("Ready for quality review: nothing the Quality Process needs is missing.");
    }

    [Fact]
    public async Task Deliver_CrashAfterTheReceiverTookADigestBeforeItWasMarked_SendsItOnceMoreWithTheSameNumber()
    {
        using var poster = new WebhookPoster(_clock);
        var delivery = new NudgeDelivery(_state, _options, poster, _clock, NullLogger<NudgeDelivery>.Instance);
        Assessed(ready: false, score: 10);
        Assessed(ready: true, score: 12);
        await delivery.DeliverAsync(SiteUrl, _timeout.Token);

        // The window: the receiver answered 202, and the process died before the mark was written.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_folder.File("state.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE nudge_digests SET sent_at = NULL";
            command.ExecuteNonQuery();
        }

        var restarted = new NudgeDelivery(_state, _options, poster, _clock, NullLogger<NudgeDelivery>.Instance);
        await restarted.DeliverAsync(SiteUrl, _timeout.Token);
        await restarted.DeliverAsync(SiteUrl, _timeout.Token);

        var messages = _receiver.Taken.Select(m => m.ToJsonString()).ToList();
        messages.Count.ShouldBe(2, "once more, and no more");
        messages[1].ShouldBe(messages[0], "the same message, its digest number and all, so that people can tell it for a repeat");
    }

    private void Assessed(bool ready, int score)
    {
        var snapshot = FaultedSite.Sample("healthy-new-course.json");
        var recorder = new NudgeRecorder(_state, _options);
        var course = new NudgeCourse("site-1", SiteUrl, "7", snapshot.Course.Id, snapshot.Course.Title, $"{SiteUrl}/_layouts/15/listform.aspx?PageType=4&ListId=x&ID=7");
        var line = new HistoryEntry(_clock.GetUtcNow(), SiteUrl, snapshot.Course.Id, HistoryEntry.Assessed, "developing", score, ready, ["met", "met", "met", "met", "met", "met"], [], [], []);
        _state.InTransaction(() => recorder.Assessed(course, "site-1", SiteUrl, "7", snapshot, line, 0));
    }
}
