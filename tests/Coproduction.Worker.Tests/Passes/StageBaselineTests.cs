using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Where a person's stage move is judged from, for a course that waits its turn (more courses due than
/// a pass takes): the stage an application last moved it to, not one it has since left.
/// </summary>
public abstract class StageBaselineTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await FaultedSite.StartAsync(variant, _clock, _timeout.Token, "course-under-review.json", "drifting-course.json", "healthy-new-course.json");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task StageGuard_AnImportMovesACourseLeftDueThenAPersonApprovesIt_JudgesThePersonsMoveFromWhereTheImportLeftIt()
    {
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var runner = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:MaxCoursesPerPass"] = "1", ["Coproduction:Worker:RevertForbiddenStageChanges"] = "true" });
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull("one course assessed, two left due");
        var sleep = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single(i => i.Fields.GetValueOrDefault("CourseId") as string == "managing-sleep-2026");
        sleep.Fields["Stage"].ShouldBe("Developing");

        // An import, the application acting alone, moves it on: not judged, and the course still waits its turn.
        using var import = new HttpClient { BaseAddress = new Uri(_site.Emulator.GraphUrl + "/") };
        import.DefaultRequestHeaders.Authorization = new("Bearer", "import-app");
        (await import.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{sleep.Id}/fields", new JsonObject { ["Stage"] = "Quality review" }, _timeout.Token)).EnsureSuccessStatusCode();
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull();

        // A coordinator approves it in the form: from Quality review, a step the lifecycle permits.
        using var coordinator = _site.As("coordinator@trust.example");
        (await coordinator.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{sleep.Id}/fields", new JsonObject { ["Stage"] = "Approved" }, _timeout.Token)).EnsureSuccessStatusCode();
        (await runner.RunOnceAsync(_timeout.Token)).Single().Result.ShouldNotBeNull();

        (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single(i => i.Id == sleep.Id).Fields["Stage"].ShouldBe("Approved", "a permitted move is not put back");
        (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], _timeout.Token))
            .ShouldNotContain(f => f.Fields.GetValueOrDefault("FlagKind") as string == Coproduction.Graph.Schema.Lists.FlagsList.StageChangeLabel && f.Fields.GetValueOrDefault("Subject") as string == "managing-sleep-2026");
    }
}

/// <summary>Where each open point is answered the most helpful way.</summary>
public sealed class StageBaselineOnAGenerousTenantTests() : StageBaselineTests(TenantVariant.Generous);

/// <summary>Where each open point is answered as sparingly as the evidence allows.</summary>
public sealed class StageBaselineOnASparseTenantTests() : StageBaselineTests(TenantVariant.Sparse);
