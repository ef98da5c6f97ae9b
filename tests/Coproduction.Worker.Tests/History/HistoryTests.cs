using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.Commands;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.History;

/// <summary>
/// Each course's assessment at each change, kept in the worker's state and exported by
/// <c>coproduction history</c> as CSV and JSON in the documented layout (docs/history.md): a line when
/// what the site shows changed, none for a pass that changed nothing, one when the course is deleted.
/// </summary>
public sealed class HistoryTests : IAsyncLifetime, IDisposable
{
    private const string Course = "understanding-anxiety-2026";
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;

    public async Task InitializeAsync() =>
        _site = await FaultedSite.StartAsync(TenantVariant.Generous, new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)), _timeout.Token, "drifting-course.json");

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task History_ACourseAssessedChangedLeftAndDeleted_IsALineAtEachChangeAndOneAtItsDeletion()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token); // its own writes come back: no change of the assessment
        _site.Clock.Advance(TimeSpan.FromDays(1));
        await FeedbackOnTheSlidesAsync();
        await runner.RunOnceAsync(_timeout.Token);
        _site.Clock.Advance(TimeSpan.FromDays(1));
        await DeleteTheCourseAsync();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token);

        var (exit, csv, error) = await CommandLine.RunAsync("history", "--state", _site.StatePath);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        exit.ShouldBe(0, error);
        lines[0].ShouldBe("at,site,courseId,event,stage,score,readyForQualityReview,relevantLearnedExperience,relevantLivedExperience,carersViewsSought,focusGroupsUsed,materialsAgreed,workShared,"
            + "openFlags,flagsOpened,flagsResolved,open.soleAuthorWithoutFeedback,open.soleFocus,open.pushedThroughWithoutFeedback,open.pullingRank,open.tellingPeopleWhatToWorkOn,"
            + "open.overReviewing,open.unexplainedExemption,open.stageChangeNotPermitted,"
            + "open.inputNotAnswered,open.notCoDelivered", "the layout is a public contract");
        lines.Length.ShouldBe(4, "assessed, assessed again after the feedback, deleted; nothing for passes that changed nothing");
        var (first, second, gone) = (lines[1].Split(','), lines[2].Split(','), lines[3].Split(','));
        first[..4].ShouldBe(["2026-03-28T09:00:00Z", FaultedSite.Site, Course, "assessed"]);
        first[4].ShouldBe("developing");
        first[13].ShouldBe(first[14], "every flag open at the first line was opened then");
        first[16].ShouldBe("1", "the slides' sole-author flag");
        (second[3], second[15], second[16]).ShouldBe(("assessed", "1", "0"), "the feedback resolved the slides' flag");
        (gone[3], gone[4], gone[5], gone[13]).ShouldBe(("deleted", "", "", "0"));
        gone[15].ShouldBe(second[13], "a deletion resolves every flag that was open");
    }

    [Fact]
    public async Task History_AsJsonOfOneCourse_GivesItsLinesWithTheirFlags()
    {
        await _site.Worker().RunOnceAsync(_timeout.Token);

        var (exit, json, error) = await CommandLine.RunAsync("history", "--state", _site.StatePath, "--format", "json", "--course", Course);
        var (_, none, _) = await CommandLine.RunAsync("history", "--state", _site.StatePath, "--format", "json", "--course", "no-such-course");
        var document = JsonNode.Parse(json)!;

        exit.ShouldBe(0, error);
        document["format"]!.GetValue<string>().ShouldBe("coproduction-history/1");
        var line = document["lines"]!.AsArray().ShouldHaveSingleItem()!;
        line["courseId"]!.GetValue<string>().ShouldBe(Course);
        line["checklist"]!["workShared"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        line["openFlags"]!.AsArray().ShouldContain(f => f!["kind"]!.GetValue<string>() == "soleAuthorWithoutFeedback" && f["subject"]!.GetValue<string>() == "m1");
        JsonNode.Parse(none)!["lines"]!.AsArray().ShouldBeEmpty();
        json.ShouldNotContain("Martin", Case.Sensitive, "ids and words only: no name");
    }

    [Fact]
    public async Task History_ACourseTheHistoryHasNotSeen_GetsItsLineAtItsNextAssessmentThoughNothingChanged()
    {
        var runner = _site.Worker();
        await runner.RunOnceAsync(_timeout.Token);
        await runner.RunOnceAsync(_timeout.Token);

        // As a file upgraded from layout 7: what was written is there, and no history.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_site.StatePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM history";
            command.ExecuteNonQuery();
        }

        _site.Clock.Advance(new Hosting.WorkerOptions().ReassessEvery);
        await runner.RunOnceAsync(_timeout.Token);
        var (_, csv, _) = await CommandLine.RunAsync("history", "--state", _site.StatePath);

        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, "a baseline line, at the course's next assessment");
    }

    [Theory]
    [InlineData("missing", "there is no state file at")]
    [InlineData("not a database", "cannot be read as a worker's state file")]
    public async Task History_StateFileThatIsNotOne_ExitsTwoNamingIt(string kind, string message)
    {
        var path = Path.Combine(_site.Folder, "other.db");
        if (kind != "missing")
        {
            await File.WriteAllTextAsync(path, kind);
        }

        var (exit, output, error) = await CommandLine.RunAsync("history", "--state", path);

        exit.ShouldBe(2);
        error.ShouldContain(message);
        error.ShouldContain(path);
        output.ShouldBeEmpty();
    }

    [Fact]
    public async Task History_WhileTheFileIsTheWorkers_ChangesNothingInIt()
    {
        await _site.Worker().RunOnceAsync(_timeout.Token);
        var before = await FileBytesAsync();

        var (exit, _, error) = await CommandLine.RunAsync("history", "--state", _site.StatePath);

        exit.ShouldBe(0, error);
        (await FileBytesAsync()).ShouldBe(before, "opened read-only: neither the file nor its write-ahead log changes");
    }

    /// <summary>The state file and its write-ahead log, where any write would go first while the worker has the file open.</summary>
    private async Task<byte[]> FileBytesAsync()
    {
        var bytes = new List<byte>();
        foreach (var file in new[] { _site.StatePath, _site.StatePath + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            bytes.AddRange(copy.ToArray());
        }

        return [.. bytes];
    }

    private async Task FeedbackOnTheSlidesAsync()
    {
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var course = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        var clinician = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Team], _timeout.Token))
            .First(p => p.Fields.Find(TeamList.Course) == course && p.Fields.Find(TeamList.Role) == "clinician").Id;
        await _site.Graph.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Log], null, new FieldSet()
            .Set(SharePointColumns.Title, "Feedback")
            .Set(LogList.Course, course)
            .Set(LogList.Kind, "Feedback")
            .Set(LogList.At, _site.Clock.GetUtcNow())
            .Set(LogList.By, clinician)
            .Set(LogList.On, "m1"))], _timeout.Token);
    }

    private async Task DeleteTheCourseAsync()
    {
        var (siteId, lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        var course = (await _site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], _timeout.Token)).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        using var coordinator = _site.As("coordinator@example.org");
        (await coordinator.DeleteAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course}", _timeout.Token)).EnsureSuccessStatusCode();
    }
}
