using System.Net;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.Faults;
using Coproduction.Worker.Hosting;
using Coproduction.Worker.Passes;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Nudges;

/// <summary>
/// The nudges of a site that opted in, end to end: a worker on the emulated site through the real Graph
/// SDK, staff acting with their own sign-in, and a real HTTP receiver on loopback standing in for the
/// Teams workflow. What the receiver took is asserted as JSON.
/// </summary>
public abstract class NudgeTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Course = "managing-sleep-2026";
    private const string Coordinator = "coordinator@example.org";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(3));
    private WebhookReceiver _receiver = null!;
    private FaultedSite _site = null!;
    private StaffHands _staff = null!;
    private string _courseItem = null!;
    private string _member = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        await _receiver.DisposeAsync();
    }

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Nudge_FlagOpens_SendsOneDigestNamingCourseKindTitleAndSiteAndNoPerson()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        _receiver.Attempts.ShouldBe(0, "what the course had when the worker first saw it is its baseline, not news");

        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);

        var message = _receiver.Taken.ShouldHaveSingleItem();
        message["type"]!.GetValue<string>().ShouldBe("message");
        var attachment = message["attachments"]!.AsArray().ShouldHaveSingleItem()!;
        attachment["contentType"]!.GetValue<string>().ShouldBe("application/vnd.microsoft.card.adaptive");
        attachment.AsObject().ContainsKey("contentUrl").ShouldBeTrue();
        var card = attachment["content"]!;
        (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>()).ShouldBe(("AdaptiveCard", "1.4"));
        var text = Text(card);
        text.ShouldContain("Managing Sleep");
        text.ShouldContain(Course);
        Lines(card).ShouldContain("Flag opened: Pushed through without feedback, on the decision \u201CRun the course in the evenings only\u201D");
        text.ShouldContain("Coproduction digest 1");
        var links = card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()).ToList();
        links.ShouldContain(FaultedSite.Site);
        links.ShouldContain(l => l.StartsWith($"{FaultedSite.Site}/_layouts/15/listform.aspx?PageType=4&ListId=", StringComparison.Ordinal) && l.EndsWith($"&ID={_courseItem}", StringComparison.Ordinal));
        NoPersonIn(message.ToJsonString());
        _site.Log.Lines.ShouldNotContain(l => l.Contains(WebhookReceiver.Signature, StringComparison.Ordinal), "the webhook's address is a secret");
        PrivateText.FoundIn(_site.Log.Lines, FaultedSite.Sample("healthy-new-course.json")).ShouldBeEmpty("the log says ids and counts only");
    }

    [Fact]
    public async Task Nudge_TwoEventsOnOneDay_AreOneDigestAndTheNextDayAnother()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromHours(3));
        await DecisionAsync("Drop the session on naps");
        await _staff.PassAsync(runner);

        _receiver.Taken.Count.ShouldBe(1, "one digest a course a day: the second flag waits for the next");

        _site.Clock.Advance(TimeSpan.FromDays(1));
        await _staff.PassAsync(runner);

        var cards = _receiver.Cards;
        cards.Count.ShouldBe(2);
        Text(cards[1]).ShouldContain("\u201CDrop the session on naps\u201D");
        Text(cards[1]).ShouldNotContain("evenings only", Case.Sensitive, "what the first digest told is not told again");
        Text(cards[1]).ShouldContain("Coproduction digest 2");
    }

    [Fact]
    public async Task Nudge_EntriesToFixForTheConfiguredTime_AreToldOnceUntilTheyClear()
    {
        var runner = await StartAsync(settings: new() { ["Coproduction:Worker:Nudges:NeedsAttentionAfter"] = "2.00:00:00" });
        await _staff.PassAsync(runner);
        var mistake = await _staff.CreateAsync(Coordinator, SiteSchema.Log, new JsonObject
        {
            ["Title"] = "Entry", [CourseColumn.Any.FieldName] = _courseItem, ["Kind"] = "Feedback", ["Aspect"] = "Structure", [LogList.By.FieldName] = _member, ["At"] = Now(),
        });
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromDays(1));
        await _staff.PassAsync(runner);

        EntriesToFixCards().ShouldBe(0, "a day is not yet the two days configured");

        _site.Clock.Advance(TimeSpan.FromDays(1.5));
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromDays(3));
        await _staff.PassAsync(runner);

        EntriesToFixCards().ShouldBe(1, "told once while they last");
        Text(_receiver.Cards.Single(c => Text(c).Contains("Entries to fix", StringComparison.Ordinal))).ShouldContain("1 entry of the course has needed fixing");

        // Fixed, and back: told again, once the time has passed again.
        await _staff.FormAsync(Coordinator, SiteSchema.Log, mistake, new JsonObject { [LogList.OnMaterial.FieldName] = await MaterialAsync() });
        await _staff.PassAsync(runner);
        await _staff.FormAsync(Coordinator, SiteSchema.Log, mistake, new JsonObject { [LogList.OnMaterial.FieldName] = null });
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromDays(2.5));
        await _staff.PassAsync(runner);

        EntriesToFixCards().ShouldBe(2);
    }

    [Fact]
    public async Task Nudge_ReceiverDownThenBack_LosesNothingAndARestartSendsNothingTwice()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        _receiver.Answer = HttpStatusCode.InternalServerError;
        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromMinutes(1));
        _receiver.Answer = HttpStatusCode.TooManyRequests;
        await _staff.PassAsync(runner);
        await _receiver.DownAsync();
        _site.Clock.Advance(TimeSpan.FromMinutes(2));
        await _staff.PassAsync(runner);
        runner = _site.Worker(Nudged()); // a restart while it is down
        await _staff.PassAsync(runner);

        (_receiver.Attempts, _receiver.Taken.Count).ShouldBe((2, 0), "a 500, a 429, then no connection at all");
        _site.Log.Lines.ShouldContain(l => l.Contains("was not taken (500)", StringComparison.Ordinal));
        _site.Log.Lines.ShouldContain(l => l.Contains("was not taken (no answer)", StringComparison.Ordinal));

        await _receiver.UpAsync();
        _receiver.Answer = HttpStatusCode.Accepted;
        _site.Clock.Advance(TimeSpan.FromMinutes(5));
        await _staff.PassAsync(runner);

        Text(_receiver.Cards.ShouldHaveSingleItem()).ShouldContain("Run the course in the evenings only", Case.Sensitive, "kept, and sent once it is back");

        var restarted = _site.Worker(Nudged());
        _site.Clock.Advance(TimeSpan.FromDays(1));
        await _staff.PassAsync(restarted);
        await _staff.PassAsync(restarted);

        _receiver.Taken.Count.ShouldBe(1, "a digest taken is never sent again, across restarts");
        _site.Log.Lines.ShouldNotContain(l => l.Contains(WebhookReceiver.Signature, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nudge_ReceiverDownForDays_IsOneCardACourseWhenItIsBack()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        await _receiver.DownAsync();
        foreach (var decision in (string[])["Run the course in the evenings only", "Drop the session on naps", "Meet online in August"])
        {
            await DecisionAsync(decision);
            await _staff.PassAsync(runner);
            _site.Clock.Advance(TimeSpan.FromDays(1.1));
            await _staff.PassAsync(runner);
        }

        await _receiver.UpAsync();
        _site.Clock.Advance(TimeSpan.FromHours(2));
        await _staff.PassAsync(runner);
        await _staff.PassAsync(runner);

        var card = Text(_receiver.Cards.ShouldHaveSingleItem("one card for the course, not one a day of the receiver's absence"));
        card.ShouldContain("Run the course in the evenings only");
        card.ShouldContain("Drop the session on naps");
        card.ShouldContain("Meet online in August");
    }

    [Fact]
    public async Task Nudge_WebhookRefuses_IsSaidOnceAsAConfigurationFaultAndKept()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        _receiver.Answer = HttpStatusCode.NotFound;
        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);
        _site.Clock.Advance(NudgeOptions.LongestRetryWait);
        await _staff.PassAsync(runner);

        _receiver.Attempts.ShouldBe(2, "tried again hourly, in case the workflow is turned back on");
        _site.Log.Lines.Count(l => l.Contains("refused a nudge (HTTP 404)", StringComparison.Ordinal)).ShouldBe(1, "said once per site");

        _receiver.Answer = HttpStatusCode.Accepted;
        _site.Clock.Advance(NudgeOptions.LongestRetryWait);
        await _staff.PassAsync(runner);

        _receiver.Taken.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Nudge_SiteNotOptedIn_SendsAndKeepsNothing()
    {
        var runner = await StartAsync(nudged: false);
        await _staff.PassAsync(runner);
        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromDays(8));
        await _staff.PassAsync(runner);

        _receiver.Attempts.ShouldBe(0);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_site.StatePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM nudge_events) + (SELECT count(*) FROM nudge_digests) + (SELECT count(*) FROM needs_attention)";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0, "nothing is kept for a site that has not opted in");
    }

    [Fact]
    public async Task Nudge_IdlePassThatSendsADigest_StillCostsOneGraphRequest()
    {
        var runner = await StartAsync();
        await _staff.PassAsync(runner);
        _receiver.Answer = HttpStatusCode.ServiceUnavailable;
        await DecisionAsync("Run the course in the evenings only");
        await _staff.PassAsync(runner);
        await _staff.PassAsync(runner);
        _receiver.Answer = HttpStatusCode.Accepted;
        _site.Clock.Advance(TimeSpan.FromMinutes(5));
        _site.Emulator.Requests.Reset();

        await _staff.PassAsync(runner);

        _receiver.Taken.Count.ShouldBe(1, "the digest kept was sent in this pass");
        _site.Emulator.Requests.Http.ShouldBe(1, "nudges read the state, not Graph");
    }

    private async Task<WorkerRunner> StartAsync(bool nudged = true, Dictionary<string, string?>? settings = null)
    {
        _site = await FaultedSite.StartAsync(variant, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), _timeout.Token, "healthy-new-course.json");
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        _staff = new StaffHands(_site, siteId, lists, _timeout.Token);
        _courseItem = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        _member = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Team], _timeout.Token)).First(p => p.Fields.Find(TeamList.Course) == _courseItem).Id;
        var all = nudged ? Nudged() : [];
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return _site.Worker(all);
    }

    private Dictionary<string, string?> Nudged() => new()
    {
        ["Coproduction:Worker:Nudges:Sites:0:Site"] = FaultedSite.Site,
        ["Coproduction:Worker:Nudges:Sites:0:Webhook"] = _receiver.Url,
    };

    /// <summary>A decision its maker took alone, recorded in the form: a flag opens on it.</summary>
    private Task<string> DecisionAsync(string summary) => _staff.CreateAsync(Coordinator, SiteSchema.Decisions, new JsonObject
    {
        ["Title"] = summary, [CourseColumn.Any.FieldName] = _courseItem, [DecisionsList.At.FieldName] = Now(), [DecisionsList.By.FieldName] = _member,
    });

    private async Task<string> MaterialAsync()
    {
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        return (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Materials], _timeout.Token)).First(m => m.Fields.Find(CourseColumn.Any) == _courseItem).Id;
    }

    private string Now() => _site.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    private int EntriesToFixCards() => _receiver.Cards.Count(c => Text(c).Contains("Entries to fix", StringComparison.Ordinal));

    /// <summary>Each line of a card's body as a person reads it: its runs of text, together.</summary>
    internal static IReadOnlyList<string> Lines(JsonNode card) =>
        [.. card["body"]!.AsArray().Select(b => string.Concat(b!["inlines"]?.AsArray().Select(i => i!["text"]!.GetValue<string>()) ?? []))];

    /// <summary>Every text and title of a card, joined by " | ".</summary>
    internal static string Text(JsonNode card) => string.Join(" | ", Texts(card));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" && p.Value is JsonValue v ? [v.GetValue<string>()] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };

    /// <summary>No one's name, account or experience in a message: only titles of courses, materials and decisions.</summary>
    internal static void NoPersonIn(string message)
    {
        var sample = FaultedSite.Sample("healthy-new-course.json");
        foreach (var person in sample.People)
        {
            System.Text.RegularExpressions.Regex.IsMatch(message, $@"\b{person.DisplayName}\b").ShouldBeFalse($"{person.DisplayName} is named");
        }

        message.ShouldNotContain("@", Case.Sensitive, "no account");
        var titles = string.Join(" ", [sample.Course.Title, sample.Course.Id, .. sample.Materials.Select(m => m.Title), .. sample.Decisions.Select(d => d.Summary)]);
        var experience = new[] { "lived", "learned", "carer", "experience" }.Concat(sample.People.SelectMany(p => p.Experience).SelectMany(e => e.Topics));
        foreach (var word in experience.Where(w => !titles.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            message.ShouldNotContain(word, Case.Insensitive, "no experience");
        }
    }
}

/// <summary>The nudges on a tenant that answers every open point the most helpful way.</summary>
public sealed class NudgeOnAGenerousTenantTests() : NudgeTests(TenantVariant.Generous);

/// <summary>The nudges on a tenant that answers every open point the least helpful way.</summary>
public sealed class NudgeOnASparseTenantTests() : NudgeTests(TenantVariant.Sparse);
