using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Faults;

/// <summary>
/// A materials library the worker cannot read (403, 404, or not there) is a fact of the site, never a
/// failed pass: the site's other lists are read, no course is assessed (materials that cannot be read
/// are not materials gone: no flag resolved, no checklist item dropped), the log and the pass say how
/// many courses waited, and once the library reads again everything catches up.
/// </summary>
public sealed class UnreadableMaterialsTests : IAsyncLifetime, IDisposable
{
    private const string Drifting = "understanding-anxiety-2026";

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(TenantVariant.Generous, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), "Documents", _timeout.Token);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A clinician's feedback on the slides only one person has worked on, added in the log's form: it resolves the sole author flag once assessed.</summary>
    private async Task GiveFeedbackAsync()
    {
        var team = await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Team], _timeout.Token);
        var clinician = team.First(p => p.Fields.Find(TeamList.Role) == "clinician").Id;
        var course = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Courses], _timeout.Token)).Single().Id;
        _site.Clock.Advance(TimeSpan.FromHours(2));
        using var coordinator = _site.As("coordinator@example.org");
        (await coordinator.PostAsJsonAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Log]}/items", new JsonObject
        {
            ["fields"] = new JsonObject
            {
                ["Title"] = "Feedback on the slides", ["ActivityId"] = "f1", [CourseColumn.Any.FieldName] = course, ["Kind"] = "Feedback",
                ["At"] = "2026-03-28T10:00:00Z", [LogList.By.FieldName] = clinician, ["On"] = "m1", ["Aspect"] = "Content",
            },
        }, _timeout.Token)).EnsureSuccessStatusCode();
    }

    private async Task<string?> SoleAuthorFlagAsync() =>
        (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.FlagList], _timeout.Token))
            .Single(f => f.Fields.Find(FlagsList.Kind) == "Sole author without feedback" && f.Fields.Find(FlagsList.Subject) == "m1").Fields.Find(FlagsList.Status)?.ToString();

    [Fact]
    public async Task Pass_MaterialsLibraryDeltaAnswers403_LeavesTheCourseAsItWasAndCatchesUpWhenItReads()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        var assessed = await _site.DescribeAsync(_timeout.Token);
        await GiveFeedbackAsync();
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = $"/lists/{_lists[SiteSchema.Materials]}/items/delta", Status = 403, Code = "accessDenied", Times = 100 });

        var waiting = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;
        var whileWaiting = await _site.DescribeAsync(_timeout.Token);
        var stillWaiting = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;
        _site.Emulator.Faults.ClearScripted();
        var caughtUp = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;

        waiting.ShouldNotBeNull("the pass succeeds");
        (waiting.MaterialsUnreadable, waiting.Waited, waiting.Courses).ShouldBe((true, 1, 0));
        waiting.Changes.ShouldBeGreaterThanOrEqualTo(1, "the log was read");
        whileWaiting.ShouldBe(assessed, "the course keeps its last assessment: no flag resolved, no checklist item changed");
        _site.Log.Lines.ShouldContain(l => l.Contains($"The materials library {_lists[SiteSchema.Materials]} of site {_siteId} cannot be read (HTTP 403): 1 courses due wait", StringComparison.Ordinal));
        stillWaiting.ShouldNotBeNull().Waited.ShouldBe(1, "the course stays due");
        caughtUp.ShouldNotBeNull();
        (caughtUp.MaterialsUnreadable, caughtUp.Waited, caughtUp.Courses).ShouldBe((false, 0, 1));
        (await SoleAuthorFlagAsync()).ShouldBe("Resolved", "the feedback read while the materials could not be counts now");
        PrivateText.FoundIn(_site.Log.Lines, FaultedSite.Sample()).ShouldBeEmpty();
        _site.Log.Lines.ShouldAllBe(l => !l.Contains("Documents", StringComparison.Ordinal), "the library by its id, not its name");
    }

    [Fact]
    public async Task Pass_MaterialsVersionsAnswer403_AssessesNothingUntilTheyRead()
    {
        _site.Emulator.Faults.Add(new ScriptedFault { Method = "GET", PathContains = "/versions", Status = 403, Code = "accessDenied", Times = 1000 });
        var runner = _site.Worker();

        var waiting = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;
        var whileWaiting = await _site.DescribeAsync(_timeout.Token);
        _site.Emulator.Faults.ClearScripted();
        var caughtUp = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;

        waiting.ShouldNotBeNull("the pass succeeds");
        (waiting.MaterialsUnreadable, waiting.Waited, waiting.Courses).ShouldBe((true, 1, 0));
        whileWaiting.ShouldContain(l => l.StartsWith($"course {Drifting}|||", StringComparison.Ordinal), "nothing is written of a course whose materials were not read");
        caughtUp.ShouldNotBeNull().Courses.ShouldBe(1);
        (await _site.DescribeAsync(_timeout.Token)).ShouldContain(l => l.StartsWith($"course {Drifting}|", StringComparison.Ordinal) && l.Contains("|7|False|9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_ConfiguredLibraryTheSiteHasNot_WaitsSayingSoAndThePassSucceeds()
    {
        var runner = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Graph:MaterialsLibraries:0:Library"] = "Course handouts" });

        var result = (await runner.RunOnceAsync(_timeout.Token)).Single().Result;

        result.ShouldNotBeNull("the pass succeeds");
        (result.MaterialsUnreadable, result.Waited, result.Courses).ShouldBe((true, 1, 0));
        _site.Log.Lines.ShouldContain(l => l.Contains($"Site {_siteId} has no document library of the name configured for its materials: 1 courses due wait", StringComparison.Ordinal));
        _site.Log.Lines.ShouldAllBe(l => !l.Contains("Course handouts", StringComparison.Ordinal));
    }
}
