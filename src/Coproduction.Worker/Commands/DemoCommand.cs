using System.CommandLine;
using System.Globalization;
using System.Text;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Text;
using Coproduction.Worker.Cli;
using Coproduction.Worker.Commands.Demo;
using Coproduction.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>coproduction demo [--output DIR]</c>: the whole story on one machine, with no account and no
/// network. The emulator starts on loopback; a Recovery College site is provisioned and three sample
/// courses imported; the worker assesses them and writes checklists, flags and evidence reports;
/// then a second person gives feedback on a material worked on alone, and the worker resolves that flag;
/// then a colleague's comment in a Word document counts as feedback, with nothing logged; last, the lead answers a
/// focus group member's feedback in the log item's form ("you said, we did"), and that flag resolves too.
/// </summary>
internal static class DemoCommand
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private static readonly DateTimeOffset Spring = new(2026, 3, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Samples = ["healthy-new-course.json", "drifting-course.json", "course-under-review.json"];

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Where to write the evidence reports. Default: coproduction-demo in the current folder.",
            DefaultValueFactory = _ => new DirectoryInfo("coproduction-demo"),
            HelpName = "DIR",
        };
        var command = new Command("demo", "Run the whole story against a local SharePoint emulator: provision, import, assess, flag, resolve.") { output };
        CommandAction.Set(command, (parse, stdout, cancellationToken) => RunAsync(parse.GetRequiredValue(output), stdout, cancellationToken));
        return command;
    }

    private static async Task RunAsync(DirectoryInfo output, TextWriter stdout, CancellationToken cancellationToken)
    {
        try
        {
            // A new folder is its owner's only: the reports in it are about named courses and teams.
            if (!output.Exists && !OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(output.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            output.Create();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--output: cannot create {output.FullName}: {ex.Message}", ex);
        }

        // The site and the worker on one clock, so that what people save is dated in the story's spring.
        var clock = new DemoClock(Spring);
        var options = new GraphEmulatorOptions { TimeProvider = clock };
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        await using var emulator = await GraphEmulator.StartAsync(options, cancellationToken);
        await stdout.WriteLineAsync($"1. A SharePoint emulator is listening on {emulator.GraphUrl} (loopback only).");

        var state = Path.Combine(Path.GetTempPath(), $"coproduction-demo-{Guid.NewGuid():N}.db");
        try
        {
            using var host = RunCommand.Build(new Dictionary<string, string?>
            {
                ["Coproduction:Worker:Sites:0"] = Site,
                ["Coproduction:Worker:StatePath"] = state,
                ["Coproduction:Graph:GraphUrl"] = emulator.GraphUrl,
                ["Logging:LogLevel:Default"] = "Warning",
            }, clock, service: false);

            // Import acts as the application, as it would with an app registration: its uploads are not work on a material.
            // It keeps the materials where the worker looks for them: in the library configured for the site, if one is.
            var staffOptions = new CoproductionGraphOptions { GraphUrl = emulator.GraphUrl };
            foreach (var library in Configured.Options<CoproductionGraphOptions>(host.Services).MaterialsLibraries)
            {
                staffOptions.MaterialsLibraries.Add(library);
            }

            using var staff = new CoproductionGraphClient(staffOptions);
            var provisioned = await staff.Provisioner.ProvisionAsync(Site, cancellationToken);
            await stdout.WriteLineAsync($"2. Provisioned {Site}: {provisioned.CreatedLists.Count} lists and libraries.");
            var courses = new List<string>();
            foreach (var sample in Samples)
            {
                var snapshot = SnapshotSerializer.Deserialize(await ReadSampleAsync(sample, cancellationToken));
                courses.Add(snapshot.Course.Id);
                var imported = await staff.ImportAsync(snapshot, Site, cancellationToken);
                await stdout.WriteLineAsync($"3. Imported {snapshot.Course.Id} ({imported.Created} items).");
            }

            var runner = host.Services.GetRequiredService<WorkerRunner>();

            await stdout.WriteLineAsync($"4. The worker assesses every course as of {clock.GetUtcNow():d MMMM yyyy}:");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(StatusCommand.Table(await StatusCommand.ReadAsync(staff, Site, cancellationToken))));
            var written = await WriteReportsAsync(staff, Site, courses, output, cancellationToken);
            await stdout.WriteLineAsync($"5. Evidence reports and the college overview written to {output.FullName}: {string.Join(", ", written)}");

            clock.Advance(TimeSpan.FromHours(2));
            var feedback = await GiveFeedbackAsync(emulator.GraphUrl, clock.GetUtcNow().AddHours(-1), cancellationToken);
            await stdout.WriteLineAsync("6. A clinician on the drifting course logs feedback on the session 1 slides, which one person had been working on alone, but chooses no material in the form:");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(await EntriesToFixAsync(staff, cancellationToken)));

            clock.Advance(TimeSpan.FromMinutes(10));
            await ChooseTheSlidesAsync(emulator.GraphUrl, feedback, cancellationToken);
            await stdout.WriteLineAsync("7. He opens the entry from its link and chooses the slides in \"On material\":");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(await EntriesToFixAsync(staff, cancellationToken)));
            var after = (await StatusCommand.ReadAsync(staff, Site, cancellationToken)).Where(c => c.CourseId == "understanding-anxiety-2026").ToList();
            await stdout.WriteAsync(Indent(StatusCommand.Table(after)));
            await WriteReportsAsync(staff, Site, courses, output, cancellationToken);
            await stdout.WriteLineAsync("8. His entry counts: the line resolves by itself, and so does the flag on the slides; the rest stand until the team acts on them.");

            var handout = new HandoutStory(emulator.GraphUrl, Site, clock);
            await handout.WriteAloneAsync(cancellationToken);
            await stdout.WriteLineAsync("9. Aisha writes a grounding handout for the course in Word and saves it three times, on her own:");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(await HandoutFlagAsync(staff, cancellationToken)));

            await handout.CommentAsync(cancellationToken);
            await stdout.WriteLineAsync("10. Kofi, signed in to Word, comments on the handout; Aisha replies in the document and saves it. No one logs anything:");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(await HandoutFlagAsync(staff, cancellationToken)));
            await WriteReportsAsync(staff, Site, courses, output, cancellationToken);
            await stdout.WriteLineAsync("11. His comment in the document is feedback on it, and her reply a message between them: the flag resolves by itself.");

            var answer = new AnswerStory(emulator.GraphUrl, Site, clock);
            await stdout.WriteAsync(Indent(await answer.FlagAsync(staff, cancellationToken)));
            await answer.AnswerAsync(cancellationToken);
            await stdout.WriteLineAsync("12. Sam, from a focus group, asked a month ago for the course outline to say what each session covers. Martin answers in the log item's form: adopted, and why:");
            await PassAsync(runner, stdout, cancellationToken);
            await stdout.WriteAsync(Indent(await answer.FlagAsync(staff, cancellationToken)));
            await WriteReportsAsync(staff, Site, courses, output, cancellationToken);
            await stdout.WriteLineAsync("13. You said, we did: the answer is in the course's evidence report, and the flag resolves by itself. Done.");
        }
        finally
        {
            foreach (var file in new[] { state, state + "-wal", state + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task PassAsync(WorkerRunner runner, TextWriter stdout, CancellationToken cancellationToken)
    {
        foreach (var (_, result) in await runner.RunOnceAsync(cancellationToken))
        {
            await stdout.WriteLineAsync(result is null
                ? "   The pass failed; see the messages above."
                : $"   {result.Changes} changes read, {result.Courses} courses assessed, {result.Writes} items written, {result.Raised} flags raised, {result.Resolved} resolved.");
        }
    }

    /// <summary>Feedback from a second person, as SharePoint's form adds it to the co-production log: no id typed, and (by mistake) no material chosen.</summary>
    /// <returns>The log item's id.</returns>
    private static async Task<string> GiveFeedbackAsync(string graphUrl, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var clinician = Clinician(graphUrl);
        var (siteId, lists) = await clinician.FindListsAsync(Site, cancellationToken);
        var course = (await clinician.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Fields.Find(CoursesList.CourseId) == "understanding-anxiety-2026");
        var team = await clinician.ReadItemsAsync(siteId, lists[SiteSchema.Team], cancellationToken);
        var reviewer = team.First(p => p.Fields.Find(TeamList.Course) == course.Id && p.Fields.Find(TeamList.Role) == "clinician");
        var written = await clinician.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Log], null, new FieldSet()
            .Set(SharePointColumns.Title, "Feedback on the session 1 slides")
            .Set(LogList.Course, course.Id)
            .Set(LogList.Kind, SnapshotWords.Label(ActivityKind.Feedback))
            .Set(LogList.At, at)
            .Set(LogList.By, reviewer.Id)
            .Set(LogList.Aspect, FeedbackAspect.Content))], cancellationToken);
        return written.Single();
    }

    /// <summary>The clinician fixes his entry in the form: "On material" is the slides, chosen by the document's name.</summary>
    private static async Task ChooseTheSlidesAsync(string graphUrl, string feedback, CancellationToken cancellationToken)
    {
        using var clinician = Clinician(graphUrl);
        var (siteId, lists) = await clinician.FindListsAsync(Site, cancellationToken);
        var course = (await clinician.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Fields.Find(CoursesList.CourseId) == "understanding-anxiety-2026");
        var slides = (await clinician.ReadItemsAsync(siteId, lists[SiteSchema.Materials], cancellationToken))
            .Single(d => d.Fields.Find(MaterialsLibrary.MaterialId) == "m1" && d.Fields.Find(MaterialsLibrary.Course) == course.Id);
        await clinician.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Log], feedback, new FieldSet().Set(LogList.OnMaterial, slides.Id))], cancellationToken);
    }

    /// <summary>Whether the handout is flagged as one person's work without feedback, as the flags list says.</summary>
    private static async Task<string> HandoutFlagAsync(CoproductionGraphClient graph, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(Site, cancellationToken);
        var handout = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Materials], cancellationToken)).Single(d => d.Fields.Find(SharePointColumns.FileName) == "Grounding exercises.docx");
        var flag = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.FlagList], cancellationToken))
            .SingleOrDefault(f => f.Fields.Find(FlagsList.Subject) == $"document-{handout.Id}" && f.Fields.Find(FlagsList.Kind) == SnapshotWords.Label(Flags.FlagKind.SoleAuthorWithoutFeedback));
        return flag is null ? "Flag on the handout: none\n" : $"Flag on the handout: {SnapshotWords.Label(Flags.FlagKind.SoleAuthorWithoutFeedback)} ({(flag.Fields.Find(FlagsList.Status) == FlagStatus.Open ? "open" : "resolved")})\n";
    }

    private static CoproductionGraphClient Clinician(string graphUrl) =>
        new(new CoproductionGraphOptions { GraphUrl = graphUrl, EmulatorToken = "user:clinician@example.org" });

    /// <summary>The site's entries to fix, one line each, as staff see them in the list: where, and whether open.</summary>
    private static async Task<string> EntriesToFixAsync(CoproductionGraphClient graph, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(Site, cancellationToken);
        var lines = (await graph.ReadItemsAsync(siteId, lists[SiteSchema.Problems], cancellationToken)).Select(i => ProblemRow.Read(i.Fields)).OfType<ProblemRow>()
            .Select(p => $"Entry to fix: {p.List}, item {p.Entry}, column {p.Column} ({(p.Status == FlagStatus.Open ? "open" : "resolved")})").ToList();
        return lines.Count == 0 ? "Entries to fix: none\n" : string.Join("\n", lines) + "\n";
    }

    /// <summary>
    /// Writes the evidence report of each of <paramref name="courses"/> into <paramref name="output"/>,
    /// as <c>{course id}-evidence.html</c>, and the college overview as <c>college-overview.html</c>, owner-only. The name is ours, made from a course id we
    /// imported: a file name the server gives (which could hold <c>../</c> or a whole path) never
    /// chooses a local path, and a report of no course of ours is not written.
    /// </summary>
    internal static async Task<List<string>> WriteReportsAsync(CoproductionGraphClient graph, string site, IReadOnlyCollection<string> courses, DirectoryInfo output, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await graph.FindListsAsync(site, cancellationToken);
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var course in await graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken))
        {
            if (course.Fields.Find(CoursesList.CourseId) is { } id && courses.Contains(id, StringComparer.Ordinal))
            {
                ours[course.Id] = id;
            }
        }

        var written = new List<string>();
        foreach (var report in await graph.ReadItemsAsync(siteId, lists[SiteSchema.Evidence], cancellationToken))
        {
            // The college overview the worker keeps beside the reports is written too, under a name of ours.
            var overview = report.Fields.Find(SharePointColumns.FileName) == Overview.OverviewOptions.FileName;
            string? courseId = null;
            if (!overview && (report.Fields.Find(EvidenceLibrary.Course) is not { } courseItem || !ours.TryGetValue(courseItem, out courseId)))
            {
                continue;
            }

            var name = overview ? "college-overview.html" : $"{SafeName(courseId!)}-evidence.html";
            if (written.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var content = await graph.ReadFileAsync(siteId, lists[SiteSchema.Evidence], report.Id, cancellationToken);
            await OwnerOnlyFile.WriteAsync(Path.Combine(output.FullName, name), content, cancellationToken);
            written.Add(name);
        }

        return written;
    }

    /// <summary>A course id as a file name: letters, digits, '-' and '_' only, at most 100 of them.</summary>
    internal static string SafeName(string courseId)
    {
        var name = new string(courseId.Take(100).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return name.Length == 0 ? "course" : name;
    }

    private static async Task<string> ReadSampleAsync(string name, CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoCommand).Assembly.GetManifestResourceStream($"samples/{name}")
            ?? throw new InvalidOperationException($"The sample {name} is not inside the program.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => l.Length == 0 ? l : "   " + l));
}
