using System.IO.Compression;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coproduction.Assessment;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;
using Coproduction.Testing;
using Coproduction.Worker.Commands.Demo;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// Comments in the course's Office documents count as feedback, as staff make them: a document saved
/// into the library with colleagues' comments in it, each naming its author's account, through user
/// tokens and only the fields a form sends. What cannot be read shows as an entry to fix; an unchanged
/// document is never downloaded again.
/// </summary>
public abstract class DocumentCommentsTests(TenantVariant variant) : IAsyncLifetime, IDisposable
{
    private const string Coordinator = "coordinator@example.org";
    private const string Aisha = "aisha@example.org";
    private const string Martin = "martin@example.org";
    private const string Sam = "sam@example.org";
    private const string MartinsObjectId = "6b0d1c7e-4a3f-4d8e-9f21-0c5b7a9e3d11";

    /// <summary>The flag as the flags list names it.</summary>
    private static readonly string SnapshotWordsLabel = Coproduction.Text.SnapshotWords.Label(Flags.FlagKind.SoleAuthorWithoutFeedback);

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private FaultedSite _site = null!;
    private string _siteId = null!;
    private IReadOnlyDictionary<string, string> _lists = null!;
    private string _course = null!;
    private StaffHands _staff = null!;

    public async Task InitializeAsync()
    {
        _site = await FaultedSite.StartAsync(variant, new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)), _timeout.Token, string.Empty);
        (_siteId, _lists) = await _site.Graph.FindListsAsync(FaultedSite.Site, _timeout.Token);
        _staff = new StaffHands(_site, _siteId, _lists, _timeout.Token);
        _course = await CreateAsync(SiteSchema.Courses, new JsonObject
        {
            [SharePointColumns.Title.FieldName] = "Sleeping well", [CoursesList.Kind.FieldName] = "New", [CoursesList.Topics.FieldName] = "sleep", [CoursesList.Stage.FieldName] = "Developing",
        });
        await MemberAsync("Aisha", TeamList.LivedTopics, Aisha);
        await MemberAsync("Martin", TeamList.LearnedTopics, Martin);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    public void Dispose()
    {
        _timeout.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Pass_AColleaguesCommentsInTheDocument_AreFeedbackAndTheSoleAuthorFlagResolves()
    {
        var document = await ThreeDraftsAsync();
        var runner = _site.Worker();
        await PassAsync(runner);
        (await OpenFlagsAsync()).ShouldContain(SnapshotWordsLabel, "three saves by Aisha and no feedback");

        // Martin commented in the copy Aisha circulated; she replied, and saved it back.
        var word = Drafts(4);
        var martins = word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        word.Comment("Aisha Khan", _site.Clock.GetUtcNow().AddMinutes(-2), replyTo: martins);
        await SaveAsync(Aisha, word);
        var downloads = Downloads;
        await PassAsync(runner);

        Downloads.ShouldBe(downloads + 1, "the changed document is downloaded once");
        (await OpenFlagsAsync()).ShouldNotContain(SnapshotWordsLabel, "Martin's comment is feedback");
        var exported = (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{_course}", _timeout.Token)).Snapshot;
        var martin = exported.People.Single(p => p.DisplayName == "Martin").Id;
        var aisha = exported.People.Single(p => p.DisplayName == "Aisha").Id;
        var feedback = exported.Activities.Where(a => a.Kind == ActivityKind.Feedback).ShouldHaveSingleItem();
        feedback.By.ShouldBe(martin);
        feedback.On.ShouldBe($"document-{document}");
        feedback.At.ShouldBe(_site.Clock.GetUtcNow().AddMinutes(-8), "the comment's own time, from its UTC time in the document");
        feedback.Id.ShouldStartWith($"comment-{document}-");
        var reply = exported.Activities.Where(a => a.Kind == ActivityKind.Message).ShouldHaveSingleItem();
        (reply.By, reply.Participants.Single()).ShouldBe((aisha, martin), "a reply between members is a message");
        new CourseAssessor().Assess(exported, _site.Clock.GetUtcNow()).Flags.ShouldNotContain(f => f.Kind == Flags.FlagKind.SoleAuthorWithoutFeedback,
            "the export carries the comments, so an assessment of it agrees with the site");
        _site.Log.Lines.ShouldAllBe(l => !l.Contains("never read", StringComparison.Ordinal) && !l.Contains("Martin Gray", StringComparison.Ordinal), "no comment text or name is logged");
        var kept = string.Concat(new[] { _site.StatePath, _site.StatePath + "-wal" }.Where(File.Exists).Select(f =>
        {
            using var file = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(file, System.Text.Encoding.Latin1);
            return reader.ReadToEnd();
        }));
        kept.ShouldContain(Martin, Case.Sensitive, "the account a comment names is kept, to match it");
        kept.ShouldNotContain("never read", Case.Sensitive, "no comment's text is kept");
        kept.ShouldNotContain("Martin Gray", Case.Sensitive, "no name a document gives is kept");
    }

    [Fact]
    public async Task Pass_ACommentByAFocusGroupMember_IsGivenALogItemWhereStaffAnswerItAndTheFlagResolves()
    {
        var document = await ThreeDraftsAsync();
        var sam = await SamJoinsAsync();
        await SamCommentsAsync(Drafts(4), _site.Clock.GetUtcNow().AddMinutes(-5), "Could session one start with the sleep diary?");
        var runner = _site.Worker();
        await PassAsync(runner);
        var made = (await LogAsync()).ShouldHaveSingleItem("the comment's log item, made by the worker");
        await PassAsync(runner);
        await PassAsync(runner = _site.Worker());
        var logItems = (await LogAsync()).Count;
        var waiting = await CourseAsync();
        _site.Clock.Advance(TimeSpan.FromDays(29));
        await PassAsync(runner);
        var flagged = await OpenFlagsAsync();

        // Aisha answers it in the log's edit form, sending only its four answer columns.
        await AishaAdoptsAsync(made.Id, "Session one now opens with the sleep diary");
        await PassAsync(runner);

        var item = JsonNode.Parse(made.Fields.ToJson())!.AsObject();
        Text(item, LogList.ActivityId).ShouldStartWith($"comment-{document}-");
        (Text(item, LogList.Kind), Text(item, LogList.OnMaterial), Text(item, LogList.By), Text(item, SharePointColumns.Title))
            .ShouldBe(("Feedback", document, sam, "Feedback: a comment in the document"));
        item.ToJsonString().ShouldNotContain("sleep diary", customMessage: "the item holds no word of the comment");
        logItems.ShouldBe(1, "read back, the item is the comment's activity: no pass, and no restart, makes another");
        Text(waiting, CoursesList.InputsWaiting).ShouldBe("1", "Sam is outside the core team: the comment is outside input");
        flagged.ShouldContain(Coproduction.Text.SnapshotWords.Label(Flags.FlagKind.InputNotAnswered), "29 days unanswered");
        Text(await CourseAsync(), CoursesList.InputsWaiting).ShouldBe("0");
        (await OpenFlagsAsync()).ShouldNotContain(Coproduction.Text.SnapshotWords.Label(Flags.FlagKind.InputNotAnswered));
        (await ProblemsAsync()).ShouldBeEmpty();
        var exported = (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{_course}", _timeout.Token)).Snapshot;
        var answered = exported.Activities.Single(a => a.Id == Text(item, LogList.ActivityId));
        (answered.Kind, answered.Response?.Outcome).ShouldBe((ActivityKind.Feedback, ResponseOutcome.Adopted));
        _site.Log.Lines.ShouldAllBe(l => !l.Contains("sleep diary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pass_ACommentGivenADurableIdByALaterWord_IsStillItsLogItemWithItsAnswer()
    {
        await ThreeDraftsAsync();
        await SamJoinsAsync();
        var at = _site.Clock.GetUtcNow().AddMinutes(-5);
        // Commented in an older Word, which gives comments no durable id and a local time only.
        var older = Drafts(4);
        older.DurableIds = false;
        await SamCommentsAsync(older, at);
        var runner = _site.Worker();
        await PassAsync(runner);
        var made = (await LogAsync()).ShouldHaveSingleItem();
        using (var state = State.WorkerState.Open(_site.StatePath))
        {
            state.Items(_siteId, SiteSchema.Log).ShouldHaveSingleItem("the item the pass made is in the worker's copy at once, before delta brings it back")
                .Fields.Find(LogList.ActivityId).ShouldBe(made.Fields.Find(LogList.ActivityId));
        }

        await AishaAdoptsAsync(made.Id);
        await PassAsync(runner);

        // Saved again by a Word of today, which gives the comment a durable id: the same comment, by the same person at the same time, with another key.
        await SamCommentsAsync(Drafts(5), at);
        await PassAsync(runner);
        _site.Clock.Advance(TimeSpan.FromDays(29));
        await PassAsync(runner);

        (await LogAsync()).ShouldHaveSingleItem("the comment's item is the comment still: no second item");
        var exported = (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{_course}", _timeout.Token)).Snapshot;
        var feedback = exported.Activities.Where(a => a.Kind == ActivityKind.Feedback).ShouldHaveSingleItem("read once, as its item");
        (feedback.Id, feedback.Response?.Outcome).ShouldBe((made.Fields.Find(LogList.ActivityId), ResponseOutcome.Adopted));
        Text(await CourseAsync(), CoursesList.InputsWaiting).ShouldBe("0");
        (await OpenFlagsAsync()).ShouldNotContain(Coproduction.Text.SnapshotWords.Label(Flags.FlagKind.InputNotAnswered));
    }

    [Fact]
    public async Task Pass_ACommentsLogItemDeletedByStaff_IsMadeAgainOnceWhileTheCommentIsInTheDocument()
    {
        await ThreeDraftsAsync();
        await SamJoinsAsync();
        await SamCommentsAsync(Drafts(4), _site.Clock.GetUtcNow().AddMinutes(-5));
        var runner = _site.Worker();
        await PassAsync(runner);
        var made = (await LogAsync()).ShouldHaveSingleItem();

        using (var coordinator = _site.As(Coordinator))
        {
            (await coordinator.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Log]}/items/{made.Id}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        await PassAsync(runner);
        await PassAsync(runner);
        await PassAsync(runner);

        var remade = (await LogAsync()).ShouldHaveSingleItem("made again once, while the comment is in the document");
        remade.Id.ShouldNotBe(made.Id);
        remade.Fields.Find(LogList.ActivityId).ShouldBe(made.Fields.Find(LogList.ActivityId));
        (await ProblemsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Pass_ACommentByAFocusGroupMemberDeletedFromTheDocument_StaysAsTheFeedbackItWas()
    {
        await ThreeDraftsAsync();
        await SamJoinsAsync();
        await SamCommentsAsync(Drafts(4), _site.Clock.GetUtcNow().AddMinutes(-5));
        var runner = _site.Worker();
        await PassAsync(runner);
        await PassAsync(runner);
        var before = (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{_course}", _timeout.Token)).Snapshot;

        await SaveAsync(Aisha, Drafts(5));
        await PassAsync(runner);

        var after = (await _site.Graph.ExportAsync(FaultedSite.Site, $"course-{_course}", _timeout.Token)).Snapshot;
        var feedback = before.Activities.Where(a => a.Kind == ActivityKind.Feedback).ShouldHaveSingleItem();
        var kept = after.Activities.Where(a => a.Kind == ActivityKind.Feedback).ShouldHaveSingleItem("the comment's log item keeps the feedback given");
        (kept.Id, kept.At, kept.By, kept.On, kept.Mode, kept.Aspect).ShouldBe((feedback.Id, feedback.At, feedback.By, feedback.On, feedback.Mode, feedback.Aspect));
        feedback.Id.ShouldStartWith("comment-");
        (await LogAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Pass_OnlyTheDocumentsColumnsChangedOrNothing_DownloadsNothing()
    {
        var document = await ThreeDraftsAsync();
        var runner = _site.Worker();
        await PassAsync(runner);
        var downloads = Downloads;

        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [SharePointColumns.Title.FieldName] = "Session one, for the group" });
        await PassAsync(runner);
        await PassAsync(runner);
        var before = _site.Emulator.Requests.Http;
        await PassAsync(runner);
        var idle = _site.Emulator.Requests.Http - before;
        await PassAsync(_site.Worker());

        Downloads.ShouldBe(downloads, "a change of its columns leaves its content tag as it is; a restart remembers the tag");
        idle.ShouldBe(1, "an idle pass is one request, its documents' comments read and none to catch up");
    }

    [Fact]
    public async Task Pass_CommentReadingTurnedOff_DownloadsNothingAndCountsNoComment()
    {
        await ThreeDraftsAsync();
        var runner = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Graph:Comments:Enabled"] = "false" });
        await PassAsync(runner);
        var word = Drafts(4);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        await SaveAsync(Aisha, word);

        await PassAsync(runner);

        Downloads.ShouldBe(0);
        (await OpenFlagsAsync()).ShouldContain(SnapshotWordsLabel, "Martin's comment is not read");
    }

    [Fact]
    public async Task Pass_CommentsByNameOnlyOrByOthers_ShowAsLinesAndOnlyTheFirstCount()
    {
        await ThreeDraftsAsync();
        var word = Drafts(4).Person("A visitor", "visitor@elsewhere.example");
        word.Comment("Someone", _site.Clock.GetUtcNow().AddMinutes(-10));
        word.Comment("A visitor", _site.Clock.GetUtcNow().AddMinutes(-5));
        var document = await SaveAsync(Aisha, word);

        await PassAsync(_site.Worker());

        var lines = await ProblemsAsync();
        lines.Select(l => Text(l, ProblemsList.InColumn)).Order().ShouldBe(["Commenters", "Comments"]);
        lines.ShouldAllBe(l => Text(l, ProblemsList.Entry) == document);
        Text(await CourseAsync(), CoursesList.NeedsAttention).ShouldBe("1", "a comment by someone outside the team is said, not counted");
        string.Concat(lines.Select(l => l.ToJsonString())).ShouldNotContain("visitor");
    }

    [Theory]
    [InlineData("corrupt", "damaged")]
    [InlineData("text", "not what its name says")]
    [InlineData("legacy", "old format")]
    [InlineData("encrypted", "password")]
    [InlineData("tooLarge", "larger than")]
    [InlineData("hundredMegabytes", "larger than")]
    [InlineData("zipBomb", "expands far beyond")]
    public async Task Pass_ADocumentThatCannotBeRead_IsAnEntryToFixNotAFailedPass(string kind, string says)
    {
        var (name, content) = kind switch
        {
            "corrupt" => ("Session.docx", Drafts(1).ToBytes()[..400]),
            "text" => ("Session.docx", "not a Word document"u8.ToArray()),
            "legacy" => ("Session.doc", CompoundFiles.Naming("WordDocument", "1Table")),
            "encrypted" => ("Session.docx", CompoundFiles.Naming("EncryptedPackage", "EncryptionInfo", "\u0006DataSpaces")),
            "hundredMegabytes" => ("Session.docx", WithPart(Drafts(1).ToBytes(), "word/media/video.bin", RandomBytes(100 * 1024 * 1024), CompressionLevel.NoCompression)),
            "zipBomb" => ("Session.docx", WithPart(Drafts(1).ToBytes(), "word/media/image.bin", new byte[64 * 1024 * 1024], CompressionLevel.SmallestSize)),
            _ => ("Session.docx", Drafts(1).ToBytes()),
        };
        var document = await SaveAsync(Aisha, name, content);
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = _course });

        await PassAsync(_site.Worker(kind == "tooLarge" ? new Dictionary<string, string?> { ["Coproduction:Graph:Comments:MaxDocumentBytes"] = "100" } : null));

        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        (Text(line, ProblemsList.Entry), Text(line, ProblemsList.InColumn)).ShouldBe((document, "Comments"));
        Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldContain(says);
        Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldContain("resolves by itself");
        Text(await CourseAsync(), CoursesList.NeedsAttention).ShouldBe("1");
        if (kind is "tooLarge" or "hundredMegabytes")
        {
            Downloads.ShouldBe(0, "a document over the limit is never downloaded");
        }
    }

    [Fact]
    public async Task Pass_ADocumentMendedAfterItCouldNotBeRead_ResolvesItsLine()
    {
        var document = await SaveAsync(Aisha, "Session one.docx", "not a Word document"u8.ToArray());
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = _course });
        var runner = _site.Worker();
        await PassAsync(runner);

        await SaveAsync(Aisha, Drafts(2));
        await PassAsync(runner);

        Text((await ProblemsAsync()).ShouldHaveSingleItem(), ProblemsList.Status).ShouldBe("Resolved");
        Text(await CourseAsync(), CoursesList.NeedsAttention).ShouldBe("0");
    }

    [Fact]
    public async Task Pass_CommentReadingTurnedOnAfterADocumentChanged_CatchesItUpWithNoChangeOfIt()
    {
        await ThreeDraftsAsync();
        var word = Drafts(4);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        await SaveAsync(Aisha, word);
        var off = _site.Worker(new Dictionary<string, string?> { ["Coproduction:Graph:Comments:Enabled"] = "false" });
        await PassAsync(off);
        (await OpenFlagsAsync()).ShouldContain(SnapshotWordsLabel);

        // As after an upgrade: documents there before comments were read, and none of them changes.
        var on = _site.Worker();
        await PassAsync(on);
        await PassAsync(on);

        Downloads.ShouldBe(1, "read once, by the catch-up, with no change of it");
        (await OpenFlagsAsync()).ShouldNotContain(SnapshotWordsLabel, "Martin's comment counts once it is read");
    }

    [Fact]
    public async Task Pass_AFileRenamedToWhatItIs_IsReadAgainAndItsLineResolves()
    {
        var word = Drafts(1);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        var document = await SaveAsync(Aisha, "Session one.xlsx", word.ToBytes());
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = _course });
        var runner = _site.Worker();
        await PassAsync(runner);
        var wrong = (await ProblemsAsync()).ShouldHaveSingleItem();

        await RenameAsync(Aisha, document, "Session one.docx");
        await PassAsync(runner);

        Text(wrong, ProblemsList.Message).ShouldNotBeNull().ShouldContain("not what its name says");
        Text((await ProblemsAsync()).ShouldHaveSingleItem(), ProblemsList.Status).ShouldBe("Resolved", "renamed, it is read again though its content did not change");
        Downloads.ShouldBe(2);
    }

    [Fact]
    public async Task Pass_ADownloadThatFails_IsAnEntryToFixTriedAgainAnHourOnNotAFailedPass()
    {
        await ThreeDraftsAsync();
        var word = Drafts(4);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        await SaveAsync(Aisha, word);
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = "/content", Status = 500, Times = 1000 });
        var runner = _site.Worker();

        await PassAsync(runner);
        var line = (await ProblemsAsync()).ShouldHaveSingleItem();
        _site.Emulator.Faults.ClearScripted();
        await PassAsync(runner);
        var stillOpen = (await ProblemsAsync()).ShouldHaveSingleItem();
        _site.Clock.Advance(MaterialComments.RetryAfter);
        await PassAsync(runner);

        Text(line, ProblemsList.Message).ShouldNotBeNull().ShouldContain("could not be downloaded");
        Text(stillOpen, ProblemsList.Status).ShouldBe("Open", "not tried again before the hour, with no change of it (nor when delta gives it again unchanged)");

        Text((await ProblemsAsync()).ShouldHaveSingleItem(), ProblemsList.Status).ShouldBe("Resolved");
        (await OpenFlagsAsync()).ShouldNotContain(SnapshotWordsLabel, "read an hour on, Martin's comment counts");
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(404)]
    public async Task Pass_ADownloadRefusedPastTheRetries_FailsNoPassAndIsNotAskedForAgainBeforeTheHour(int status)
    {
        await ThreeDraftsAsync();
        var word = Drafts(4);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        await SaveAsync(Aisha, word);
        _site.Emulator.Faults.Add(new Emulator.Control.ScriptedFault { Method = "GET", PathContains = "/content", Status = status, RetryAfter = "0", Times = 1000 });
        var runner = _site.Worker();

        await PassAsync(runner);
        await PassAsync(runner); // its own writes come back
        var before = _site.Emulator.Requests.Http;
        await PassAsync(runner);
        var idle = _site.Emulator.Requests.Http - before;

        Text((await ProblemsAsync()).ShouldHaveSingleItem(), ProblemsList.Message).ShouldNotBeNull().ShouldContain("could not be downloaded");
        idle.ShouldBe(1, "recorded, it waits for its next change or the hour: an idle pass is one request");
    }

    [Fact]
    public async Task Pass_ALibraryReadAfreshWithoutADocument_ForgetsItsComments()
    {
        await ThreeDraftsAsync();
        var word = Drafts(4);
        word.Comment("Martin Gray", _site.Clock.GetUtcNow().AddMinutes(-3));
        var document = await SaveAsync(Aisha, word);
        var runner = _site.Worker();
        await PassAsync(runner);
        using (var state = State.WorkerState.Open(_site.StatePath))
        {
            state.HasCommentsRead(_siteId, document).ShouldBeTrue();
        }

        using (var aisha = _site.As(Aisha))
        {
            (await aisha.DeleteAsync($"sites/{_siteId}/lists/{_lists[SiteSchema.Materials]}/items/{document}", _timeout.Token)).EnsureSuccessStatusCode();
        }

        _site.Emulator.Faults.ExpireDeltaTokens();
        await PassAsync(runner);

        using var after = State.WorkerState.Open(_site.StatePath);
        after.HasCommentsRead(_siteId, document).ShouldBeFalse("a read afresh gives no deletion: what the copy no longer holds is forgotten");
        after.Comments(_siteId, document).ShouldBeNull();
    }

    /// <summary>Aisha writes a document, sets its course, and saves it twice more: a sole author's run of three.</summary>
    private async Task<string> ThreeDraftsAsync()
    {
        var document = await SaveAsync(Aisha, Drafts(1));
        await FormAsync(Aisha, SiteSchema.Materials, document, new JsonObject { [CourseColumn.Any.FieldName] = _course });
        await SaveAsync(Aisha, Drafts(2));
        await SaveAsync(Aisha, Drafts(3));
        return document;
    }

    /// <summary>The document at its n-th draft (longer each time, so that each is a save of new work), its people named as Word for the web names them.</summary>
    private static WordWithComments Drafts(int n) =>
        new WordWithComments { Body = string.Join(' ', Enumerable.Range(0, 40 * n).Select(i => $"sleep{i * 7919 % 1000}")) }
            .Person("Martin Gray", Martin, MartinsObjectId)
            .Person("Aisha Khan", Aisha);

    /// <summary>A document with one more part in its package.</summary>
    private static byte[] WithPart(byte[] document, string part, byte[] content, CompressionLevel level)
    {
        using var stream = new MemoryStream();
        stream.Write(document);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(part, level).Open();
            entry.Write(content);
        }

        return stream.ToArray();
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(16).NextBytes(bytes);
        return bytes;
    }

    private int Downloads => _site.Emulator.Requests.ByKind.GetValueOrDefault("content");

    private Task<string> SaveAsync(string who, WordWithComments word) => _staff.SaveAsync(who, "Session one.docx", word.ToBytes());

    private Task<string> SaveAsync(string who, string name, byte[] content) => _staff.SaveAsync(who, name, content);

    private Task<string> CreateAsync(string list, JsonObject fields) => _staff.CreateAsync(Coordinator, list, fields);

    private Task FormAsync(string who, string list, string item, JsonObject fields) => _staff.FormAsync(who, list, item, fields);

    private Task RenameAsync(string who, string document, string name) => _staff.RenameAsync(who, document, name);

    private Task PassAsync(Hosting.WorkerRunner runner) => _staff.PassAsync(runner);

    private static string? Text(JsonObject item, SiteColumn column) => StaffHands.Text(item, column);

    private Task<JsonObject> CourseAsync() => _staff.CourseAsync(_course);

    private Task<List<JsonObject>> ProblemsAsync() => _staff.ProblemsAsync();

    private Task<string> MemberAsync(string name, SiteColumn topics, string account, string membership = "Core") =>
        CreateAsync(SiteSchema.Team, new JsonObject
        {
            [SharePointColumns.Title.FieldName] = name, [CourseColumn.Any.FieldName] = _course, [TeamList.Membership.FieldName] = membership, [topics.FieldName] = "sleep", [TeamList.Account.FieldName] = account,
        });

    /// <summary>Sam joins the course's team from a focus group, with an account: outside the core team; his item id.</summary>
    private Task<string> SamJoinsAsync() => MemberAsync("Sam", TeamList.LivedTopics, Sam, "Focus group");

    /// <summary>Aisha saves the document at the draft given, with Sam's comment in it made at the time given.</summary>
    private async Task SamCommentsAsync(WordWithComments draft, DateTimeOffset at, string? text = null)
    {
        draft.Person("Sam Reid", Sam);
        if (text is null)
        {
            draft.Comment("Sam Reid", at);
        }
        else
        {
            draft.Comment("Sam Reid", at, text: text);
        }

        await SaveAsync(Aisha, draft);
    }

    /// <summary>Aisha answers a log item in its form, sending only an answer's columns: adopted, now, by her.</summary>
    private async Task AishaAdoptsAsync(string logItem, string? reason = null)
    {
        var aisha = (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Team], _timeout.Token)).Single(m => m.Fields.Find(TeamList.Account) == Aisha).Id;
        var answer = new JsonObject
        {
            [LogList.Outcome.FieldName] = "Adopted",
            [LogList.AnsweredAt.FieldName] = _site.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            [LogList.AnsweredBy.FieldName] = aisha,
        };
        if (reason is not null)
        {
            answer[LogList.Reason.FieldName] = reason;
        }

        await FormAsync(Aisha, SiteSchema.Log, logItem, answer);
    }

    /// <summary>The log's items.</summary>
    private async Task<IReadOnlyList<Graph.Mapping.ListItemData>> LogAsync() => await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.Log], _timeout.Token);

    private async Task<List<string?>> OpenFlagsAsync() =>
        [.. (await _site.Graph.ReadItemsAsync(_siteId, _lists[SiteSchema.FlagList], _timeout.Token))
            .Where(f => f.Fields.Find(FlagsList.Status) == FlagStatus.Open).Select(f => f.Fields.Find(FlagsList.Kind))];
}

/// <summary>On a tenant that answers every open point the most helpful way.</summary>
public sealed class DocumentCommentsOnAGenerousTenantTests() : DocumentCommentsTests(TenantVariant.Generous);

/// <summary>On a tenant that answers every open point the least helpful way.</summary>
public sealed class DocumentCommentsOnASparseTenantTests() : DocumentCommentsTests(TenantVariant.Sparse);
