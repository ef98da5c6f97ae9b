using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Emulator.Control;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Worker.Commands;
using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.Faults;

/// <summary>
/// A failure stops no more than it must: a course that fails fails alone and the site's other courses
/// are written; a fault of the host (the state file, signing in) stops the worker, exiting non-zero,
/// with nothing personal in the log.
/// </summary>
public sealed class IsolationTests
{
    private const string Drifting = "understanding-anxiety-2026";

    [Fact]
    public async Task Pass_CourseIdNoFileNameTakes_GetsItsReportBesideTheOtherCourses()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token, "drifting-course.json", "healthy-new-course.json");
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var healthy = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single(c => c.Fields.Find(CoursesList.CourseId) != Drifting);

        // Typed in the courses list by a coordinator: SharePoint's form takes any text as a course id.
        using var staff = site.As("coordinator@example.org");
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{healthy.Id}/fields", new JsonObject { ["CourseId"] = "Sleep:2026/b" }, timeout.Token))
            .EnsureSuccessStatusCode();

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;
        var reports = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], timeout.Token)).Select(r => r.Fields.Find(SharePointColumns.FileName)).ToList();

        result.ShouldNotBeNull().Courses.ShouldBe(2);
        reports.ShouldContain($"{Drifting}-evidence.html");
        reports.ShouldContain(r => r!.StartsWith("sleep-2026-b~", StringComparison.Ordinal) && r.EndsWith("-evidence.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_ReportAnEarlierVersionNamedAsTheIdWas_IsReplacedNotKeptBeside()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single();
        using var staff = site.As("coordinator@example.org");
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{course.Id}/fields", new JsonObject { ["CourseId"] = "Anxiety-2026" }, timeout.Token))
            .EnsureSuccessStatusCode();

        // As an earlier version left it: the report named as the id is, recorded as the course's.
        var drive = await site.Graph.FindLibraryDriveAsync(siteId, lists[SiteSchema.Evidence], timeout.Token);
        var old = await site.Graph.UploadFileAsync(drive, "Anxiety-2026-evidence.html", "<!DOCTYPE html>"u8.ToArray(), timeout.Token);
        using (var state = State.WorkerState.Open(site.StatePath))
        {
            state.SetReportFile(siteId, course.Id, old);
        }

        await site.Worker().RunOnceAsync(timeout.Token);
        var reports = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], timeout.Token)).Select(r => r.Fields.Find(SharePointColumns.FileName)).ToList();

        reports.Where(r => r != Overview.OverviewOptions.FileName).ShouldHaveSingleItem().ShouldStartWith("anxiety-2026~");
    }

    [Fact]
    public async Task Pass_TwoCoursesWithOneId_AssessesNeitherAndTheOthersGoOn()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token, "drifting-course.json", "healthy-new-course.json", "course-under-review.json");
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var courses = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token);
        var copied = courses.Single(c => c.Fields.Find(CoursesList.CourseId) == FaultedSite.Sample("healthy-new-course.json").Course.Id);
        using var staff = site.As("coordinator@example.org");
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{copied.Id}/fields", new JsonObject { ["CourseId"] = Drifting }, timeout.Token))
            .EnsureSuccessStatusCode();

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;
        var export = await Should.ThrowAsync<Graph.CoproductionGraphException>(() => site.Graph.ExportAsync(FaultedSite.Site, Drifting, timeout.Token));

        result.ShouldNotBeNull().Courses.ShouldBe(1, "only the course whose id is its own");
        site.Log.Lines.Count(l => l.Contains("another course item has its course id", StringComparison.Ordinal)).ShouldBe(2);
        (await site.DescribeAsync(timeout.Token)).ShouldContain(l => l.StartsWith($"course {Drifting}|||", StringComparison.Ordinal), "nothing written to either");
        export.ErrorCode.ShouldBe("duplicateCourseId");
    }

    [Fact]
    public async Task Pass_WriteRefusedForOneCourse_WritesTheOtherCourseAndTriesTheFailedOneADayLater()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token, "drifting-course.json", "healthy-new-course.json");
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var healthy = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single(c => c.Fields.Find(CoursesList.CourseId) != Drifting);
        site.Emulator.Faults.Add(new ScriptedFault { Method = "PATCH", PathContains = $"/lists/{lists[SiteSchema.Courses]}/items/{healthy.Id}/fields", Status = 400, Code = "invalidRequest" });
        var runner = site.Worker();

        var first = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var afterFirst = await site.DescribeAsync(timeout.Token);
        var second = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var afterSecond = await site.DescribeAsync(timeout.Token);
        site.Clock.Advance(TimeSpan.FromDays(1));
        var third = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var afterThird = await site.DescribeAsync(timeout.Token);

        first.ShouldNotBeNull("the site's pass goes on").Courses.ShouldBe(2);
        afterFirst.ShouldContain(l => l.StartsWith($"course {Drifting}|", StringComparison.Ordinal) && l.Contains("|7|False|9", StringComparison.Ordinal));
        afterFirst.ShouldContain(l => l.StartsWith($"course {healthy.Fields.Find(CoursesList.CourseId)}|||", StringComparison.Ordinal), "the refused write is not made");
        site.Log.Lines.ShouldContain(l => l.Contains($"Course item {healthy.Id} on site {siteId} failed: Writing an item of list {lists[SiteSchema.Courses]} was refused (HTTP 400, invalidRequest)", StringComparison.Ordinal));
        second.ShouldNotBeNull().Writes.ShouldBe(0, "a course that failed waits a day, not a pass");
        afterSecond.ShouldContain(l => l.StartsWith($"course {healthy.Fields.Find(CoursesList.CourseId)}|||", StringComparison.Ordinal));
        third.ShouldNotBeNull().Courses.ShouldBeGreaterThanOrEqualTo(1);
        afterThird.ShouldContain(l => l.StartsWith($"course {healthy.Fields.Find(CoursesList.CourseId)}|", StringComparison.Ordinal) && !l.Contains("|||", StringComparison.Ordinal));
        PrivateText.FoundIn(site.Log.Lines, FaultedSite.Sample(), FaultedSite.Sample("healthy-new-course.json")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_TwoTeamRowsWithOneAccount_IsADataProblemOfEachAndTheCourseIsAssessed()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var team = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Team], timeout.Token);
        using var staff = site.As("coordinator@example.org");
        foreach (var person in team.Take(2))
        {
            (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Team]}/items/{person.Id}/fields", new JsonObject { ["Account"] = "shared.desk@trust.example" }, timeout.Token))
                .EnsureSuccessStatusCode();
        }

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;

        result.ShouldNotBeNull().Courses.ShouldBe(1);
        var teamList = SiteSchema.List(SiteSchema.Team).DisplayName;
        foreach (var person in team.Take(2))
        {
            site.Log.Lines.ShouldContain(l => l.Contains($"list {teamList}, item {person.Id}, column Account", StringComparison.Ordinal));
        }

        site.Log.Lines.ShouldAllBe(l => !l.Contains("shared.desk", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_TwoLogItemsWithOneActivityId_LeavesOutTheSecondAndAssessesTheCourse()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var log = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Log], timeout.Token)).Where(i => i.Fields.Find(LogList.Kind) != LogList.AgreementLabel).ToList();
        using var staff = site.As("coordinator@example.org");
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Log]}/items/{log[1].Id}/fields", new JsonObject { ["ActivityId"] = log[0].Fields.Find(LogList.ActivityId) }, timeout.Token))
            .EnsureSuccessStatusCode();

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;

        result.ShouldNotBeNull().Courses.ShouldBe(1, "not skipped as a snapshot that breaks the format");
        site.Log.Lines.ShouldContain(l => l.Contains($"list {SiteSchema.List(SiteSchema.Log).DisplayName}, item {log[1].Id}, column ActivityId", StringComparison.Ordinal));
        site.Log.Lines.ShouldAllBe(l => !l.Contains("was skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_CircleInTheTopics_AssessesEveryCourseAndNamesNoTopic()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token, "drifting-course.json", "healthy-new-course.json");
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        using var staff = site.As("coordinator@example.org");
        foreach (var (narrower, broader) in new[] { ("wakefulness", "restlessness"), ("restlessness", "wakefulness") })
        {
            (await staff.PostAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Topics]}/items", new JsonObject { ["fields"] = new JsonObject { ["Title"] = narrower, ["Broader"] = broader } }, timeout.Token))
                .EnsureSuccessStatusCode();
        }

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;

        result.ShouldNotBeNull().Courses.ShouldBe(2);
        site.Log.Lines.ShouldContain(l => l.Contains($"list {SiteSchema.List(SiteSchema.Topics).DisplayName}, item ", StringComparison.Ordinal) && l.Contains("column Broader", StringComparison.Ordinal));
        site.Log.Lines.ShouldAllBe(l => !l.Contains("wakefulness", StringComparison.Ordinal) && !l.Contains("restlessness", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_CourseFailingInThePassThatReadsAForbiddenMove_JudgesTheMoveWhenTriedAgain()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single();
        var runner = site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:RevertForbiddenStageChanges"] = "true" });
        await runner.RunOnceAsync(timeout.Token);

        // A coordinator moves the course on past quality review; the pass that reads the move fails for the course.
        using var staff = site.As("coordinator@example.org");
        await MoveAsync(staff, siteId, lists, course.Id, "Approved", timeout.Token);
        RefuseReports(site);
        await runner.RunOnceAsync(timeout.Token);
        var failed = await CourseAsync();
        var flagsWhenFailed = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], timeout.Token);

        site.Clock.Advance(TimeSpan.FromDays(1));
        await runner.RunOnceAsync(timeout.Token);
        var judged = await CourseAsync();
        var flags = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], timeout.Token);

        site.Log.Lines.ShouldContain(l => l.Contains($"Course item {course.Id} on site {siteId} failed", StringComparison.Ordinal));
        failed.Find(CoursesList.Stage).ShouldBe(Model.Stage.Developing, "the stage is put back before the course's other writes, which then fail");
        flagsWhenFailed.ShouldNotContain(f => f.Fields.Find(FlagsList.Kind) == FlagsList.StageChangeLabel, "the course's writes after the put-back are not made");
        judged.Find(CoursesList.Stage).ShouldBe(Model.Stage.Developing);
        flags.ShouldContain(f => f.Fields.Find(FlagsList.Kind) == FlagsList.StageChangeLabel && f.Fields.Find(FlagsList.Status) == FlagStatus.Open, "the move kept is judged when the course is tried again");

        async Task<Graph.Mapping.SiteFields> CourseAsync() =>
            (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single().Fields;
    }

    [Fact]
    public async Task Pass_CourseFailingEveryTimeAfterItsStageWasPutBack_IsTriedADayLaterNotEveryPass()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single();
        var runner = site.Worker(new Dictionary<string, string?> { ["Coproduction:Worker:RevertForbiddenStageChanges"] = "true" });
        await runner.RunOnceAsync(timeout.Token);
        using var staff = site.As("coordinator@example.org");
        await MoveAsync(staff, siteId, lists, course.Id, "Approved", timeout.Token);
        RefuseReports(site, times: 100);

        for (var pass = 0; pass < 4; pass++)
        {
            await runner.RunOnceAsync(timeout.Token);
        }

        site.Log.Lines.Count(l => l.Contains($"Course item {course.Id} on site {siteId} failed", StringComparison.Ordinal)).ShouldBe(2, "the pass that reads the move, and once more for the put-back's own change coming back through delta; then it waits, and is not put back again");
        (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single().Fields.Find(CoursesList.Stage).ShouldBe(Model.Stage.Developing);
    }

    [Fact]
    public async Task Pass_KeptMoveThePersonUndid_IsNotJudged()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], timeout.Token)).Single();
        var runner = site.Worker();
        await runner.RunOnceAsync(timeout.Token);
        using var staff = site.As("coordinator@example.org");

        // The move's pass fails for the course; before it is tried again, the coordinator moves it back herself.
        await MoveAsync(staff, siteId, lists, course.Id, "Approved", timeout.Token);
        RefuseReports(site);
        await runner.RunOnceAsync(timeout.Token);
        await MoveAsync(staff, siteId, lists, course.Id, "Developing", timeout.Token);
        site.Clock.Advance(TimeSpan.FromDays(1));
        await runner.RunOnceAsync(timeout.Token);
        var flags = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], timeout.Token);

        flags.ShouldNotContain(f => f.Fields.Find(FlagsList.Kind) == FlagsList.StageChangeLabel && f.Fields.Find(FlagsList.Status) == FlagStatus.Open);
    }

    [Fact]
    public async Task Pass_ReportOpenInOffice_WritesTheCoursesOtherWritesAndTheReportNextPass()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        site.Emulator.Faults.Add(new ScriptedFault { Method = "PUT", PathContains = $"{Drifting}-evidence.html", Status = 423, Code = "resourceLocked" });
        var runner = site.Worker();

        var first = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var afterFirst = await site.DescribeAsync(timeout.Token);
        var second = (await runner.RunOnceAsync(timeout.Token)).Single().Result;
        var afterSecond = await site.DescribeAsync(timeout.Token);

        first.ShouldNotBeNull("the site's pass goes on");
        afterFirst.ShouldContain(l => l.StartsWith($"course {Drifting}|", StringComparison.Ordinal) && l.Contains("|7|False|9", StringComparison.Ordinal), "the course's columns are written");
        afterFirst.ShouldNotContain(l => l.StartsWith("report ", StringComparison.Ordinal));
        site.Log.Lines.ShouldContain(l => l.Contains("waits:", StringComparison.Ordinal) && l.Contains("HTTP 423", StringComparison.Ordinal));
        second.ShouldNotBeNull().Courses.ShouldBe(1, "the course stays due until its report is written");
        afterSecond.ShouldContain(l => l.StartsWith($"report {Drifting}-evidence.html", StringComparison.Ordinal));
        afterSecond.Count(l => l.StartsWith("flag ", StringComparison.Ordinal)).ShouldBe(afterFirst.Count(l => l.StartsWith("flag ", StringComparison.Ordinal)), "no flag written twice");
    }

    [Fact]
    public async Task Pass_FlagItemDeletedByAPerson_IsMadeAgainAndNoPassFails()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, timeout.Token);
        var runner = site.Worker();
        await runner.RunOnceAsync(timeout.Token);
        var flag = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], timeout.Token))[0];

        // A member deletes a flag item from the list; later the course changes and the flag would be rewritten.
        using var staff = site.As("coordinator@example.org");
        (await staff.DeleteAsync($"sites/{siteId}/lists/{lists[SiteSchema.FlagList]}/items/{flag.Id}", timeout.Token)).EnsureSuccessStatusCode();
        var results = new List<Passes.PassResult?>();
        for (var day = 0; day < 3; day++)
        {
            site.Clock.Advance(TimeSpan.FromDays(1));
            results.Add((await site.Worker().RunOnceAsync(timeout.Token)).Single().Result);
        }

        var flags = await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], timeout.Token);

        results.ShouldAllBe(r => r != null, "no pass of the site fails for an item that is gone");
        flags.ShouldContain(f => f.Fields.Find(FlagsList.Kind) == flag.Fields.Find(FlagsList.Kind) && f.Fields.Find(FlagsList.Subject) == flag.Fields.Find(FlagsList.Subject)
            && f.Fields.Find(FlagsList.Status) == FlagStatus.Open, "the condition still holds, so its flag is made again");
    }

    [Fact]
    public async Task Run_AsAServiceWhenTheStateFileFails_StopsAfterItsAttemptsAndExitsFour()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await FaultedSite.StartAsync(timeout.Token);
        using var worker = ProgramProcess.Start(
            ["run", "--site", FaultedSite.Site, "--graph-url", site.Emulator.GraphUrl, "--state", site.StatePath],
            new Dictionary<string, string>
            {
                ["Coproduction__Worker__PollInterval"] = "00:00:01",
                ["Coproduction__Worker__HostFaultAttempts"] = "2",
                ["Coproduction__Worker__HostFaultBackoff"] = "00:00:01",
            });
        var log = new List<string>();
        try
        {
            while (await worker.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                log.Add(line);
                if (line.Contains("Pass over site", StringComparison.Ordinal))
                {
                    // Another program (or a disk going bad) breaks the state file under the running worker.
                    using var other = new SqliteConnection($"Data Source={site.StatePath};Pooling=False");
                    other.Open();
                    using var drop = other.CreateCommand();
                    drop.CommandText = "DROP TABLE due";
                    drop.ExecuteNonQuery();
                }
            }

            await worker.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!worker.HasExited)
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        worker.ExitCode.ShouldBe(4, string.Join('\n', log));
        log.ShouldContain(l => l.Contains("The worker cannot go on: the state file failed (SQLite error 1) (1 of 2 passes in a row)", StringComparison.Ordinal));
        log.ShouldContain(l => l.Contains("The worker stops: the state file failed", StringComparison.Ordinal));
        log.ShouldAllBe(l => !l.Contains("no such table", StringComparison.Ordinal), "nothing but this program's own words");
        PrivateText.FoundIn(log, FaultedSite.Sample()).ShouldBeEmpty();
    }

    [Fact]
    public async Task RunOnce_SigningInFails_ExitsFourNamingNoOne()
    {
        using var folder = new TemporaryFolder();
        var certificate = folder.File("alex.morgan@trust.example.pem");
        await File.WriteAllTextAsync(certificate, "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");

        var (exit, output, error) = await ProgramProcess.RunAsync(
            ["run", "--once", "--site", FaultedSite.Site, "--graph-url", "https://graph.invalid/v1.0", "--state", folder.File("state.db")],
            new Dictionary<string, string>
            {
                ["Coproduction__Graph__Credential"] = "ClientCertificate",
                ["Coproduction__Graph__TenantId"] = "00000000-0000-0000-0000-000000000001",
                ["Coproduction__Graph__ClientId"] = "00000000-0000-0000-0000-000000000002",
                ["Coproduction__Graph__CertificatePath"] = certificate,
            });

        exit.ShouldBe(4, error);
        error.ShouldContain("signing in to Microsoft Graph failed");
        (output + error).ShouldNotContain("alex.morgan");
    }

    /// <summary>A coordinator moves a course to a stage, in the courses list's form.</summary>
    private static async Task MoveAsync(HttpClient staff, string siteId, IReadOnlyDictionary<string, string> lists, string courseItem, string stage, CancellationToken cancellationToken) =>
        (await staff.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Courses]}/items/{courseItem}/fields", new JsonObject { ["Stage"] = stage }, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>The drifting course's report upload refused (400), so that the course fails in the passes that try it.</summary>
    private static void RefuseReports(FaultedSite site, int times = 1) =>
        site.Emulator.Faults.Add(new ScriptedFault { Method = "PUT", PathContains = $"{Drifting}-evidence.html", Status = 400, Code = "invalidRequest", Times = times });
}
