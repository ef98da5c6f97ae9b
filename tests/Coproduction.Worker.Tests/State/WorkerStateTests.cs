using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.State;

public sealed class WorkerStateTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A state file as another version of the worker left it: made by this SQL.</summary>
    private string FileMadeWith(string sql)
    {
        var path = Path.Combine(_folder.Path, "state.db");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public async Task State_WrittenAndOpenedAgain_KeepsEverything()
    {
        var path = Path.Combine(_folder.Path, "nested", "state.db");
        using (var state = WorkerState.Open(path))
        {
            await state.SaveAsync("site|list", "http://127.0.0.1/delta?token=1", default);
            state.Apply("site", "team", new ListChangePage([new ItemChange("7", false, new Dictionary<string, object?> { ["PersonId"] = "p1", ["Seniority"] = 2.0 }, null, null)], true, "link"));
            state.RecordVersion("site", "3", new DocumentVersion("2.0", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), new AccountIdentity("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", "sam@example.org", null, false), 120));
            state.RecordVersion("site", "3", new DocumentVersion("1.0", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), AccountIdentity.Application, 100));
            state.Remember("site", [new SiteUser("11", SiteUserKind.Person, "sam@example.org", "sam@trust.example")]);
            state.SetWritten("site", "1", "abc", new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "Developing");
            state.SaveFlag(new FlagRecord("site", "1", "Sole focus", "c1", "12", true, "fp"));
        }

        using var reopened = WorkerState.Open(path);

        (await reopened.GetAsync("site|list", default)).ShouldBe("http://127.0.0.1/delta?token=1");
        reopened.Items("site", "team").ShouldHaveSingleItem().Fields["Seniority"].ShouldBe(2.0);
        reopened.Versions("site", "3").ShouldBe([
            new DocumentVersion("1.0", new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero), AccountIdentity.Application, 100),
            new DocumentVersion("2.0", new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), new AccountIdentity("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", "sam@example.org", null, false), 120)]);
        reopened.Find("site", "11").ShouldBe(new SiteUser("11", SiteUserKind.Person, "sam@example.org", "sam@trust.example"));
        reopened.Find("site", "12").ShouldBeNull();
        reopened.Written("site", "1")!.Value.Stage.ShouldBe("Developing");
        reopened.Flags("site", "1").ShouldHaveSingleItem().ItemId.ShouldBe("12");
    }

    [Fact]
    public void Apply_ReadAfresh_ReplacesTheListAndDeletionsRemoveItems()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        ItemChange Item(string id) => new(id, false, new Dictionary<string, object?> { ["Title"] = id }, null, null);
        state.Apply("s", "log", new ListChangePage([Item("1"), Item("2"), Item("3")], true, "link"));

        state.Apply("s", "log", new ListChangePage([new ItemChange("2", true, new Dictionary<string, object?>(), null, null)], false, "link"));
        state.Items("s", "log").Select(i => i.Id).ShouldBe(["1", "3"]);

        state.Apply("s", "log", new ListChangePage([Item("3"), Item("4")], true, "link"));
        state.Items("s", "log").Select(i => i.Id).ShouldBe(["3", "4"]);
    }

    [Fact]
    public async Task Open_FileOfAnOlderLayout_StartsAfresh()
    {
        var path = FileMadeWith(
            "CREATE TABLE delta_links (key TEXT PRIMARY KEY, link TEXT NOT NULL); INSERT INTO delta_links VALUES ('site|list', 'old');"
            + "CREATE TABLE versions (site TEXT NOT NULL, item TEXT NOT NULL, at TEXT NOT NULL, account TEXT, size INTEGER NOT NULL, PRIMARY KEY (site, item, at));");

        using var state = WorkerState.Open(path);

        (await state.GetAsync("site|list", default)).ShouldBeNull("a copy of an older layout is read afresh from the site");
        state.RecordVersion("site", "3", new DocumentVersion("1.0", DateTimeOffset.UnixEpoch, null, 1));
        state.Versions("site", "3").ShouldHaveSingleItem().By.ShouldBeNull();
    }

    [Fact]
    public void Open_FileOfLayout2WithSiteUsersWithoutObjectIds_StartsAfreshAndKeepsUsersAgain()
    {
        // The site_users table as layout 2 made it, before object ids were learned.
        var path = FileMadeWith(
            "CREATE TABLE site_users (site TEXT NOT NULL, lookup_id TEXT NOT NULL, kind TEXT NOT NULL, email TEXT, user_name TEXT, PRIMARY KEY (site, lookup_id));"
            + "INSERT INTO site_users VALUES ('site', '11', 'Person', 'sam@nhs.example', 'sam@trust.example'); PRAGMA user_version = 2;");

        using var state = WorkerState.Open(path);

        state.Find("site", "11").ShouldBeNull("read afresh from the site");
        state.Remember("site", [new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example") { ObjectId = "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f" }]);
        state.Completed("site", new AccountIdentity("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", null, null, false)).UserName.ShouldBe("sam@trust.example");
    }

    [Fact]
    public void FindPerson_TwoEntriesForOnePerson_TakesTheOneThatSaysMost()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        state.Remember("site", [
            new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", null),
            new SiteUser("27", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example") { ObjectId = "0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f" },
            new SiteUser("30", SiteUserKind.Group, "sam@nhs.example", null)]);

        state.FindPerson("site", new AccountIdentity(null, "SAM@nhs.example", null, false))!.LookupId.ShouldBe("27");
        state.FindPerson("site", AccountIdentity.Application).ShouldBeNull();
        state.FindPerson("other", new AccountIdentity(null, "sam@nhs.example", null, false)).ShouldBeNull();
    }

    [Fact]
    public void FindPerson_AGuestAndAMemberWithOneEMail_TakesTheEntryOfTheObjectIdGiven()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        const string Guest = "11111111-1111-1111-1111-111111111111", Member = "22222222-2222-2222-2222-222222222222";
        state.Remember("site", [
            new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", "sam_nhs.example#ext#@trust.onmicrosoft.com") { ObjectId = Guest },
            new SiteUser("27", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example") { ObjectId = Member }]);

        state.Completed("site", new AccountIdentity(Member, "sam@nhs.example", null, false)).UserName.ShouldBe("sam@trust.example", "the member's version");
        state.Completed("site", new AccountIdentity(Guest, "sam@nhs.example", null, false)).UserName.ShouldBe("sam_nhs.example#ext#@trust.onmicrosoft.com", "the guest's");
    }

    [Fact]
    public void LearnObjectIds_TwoEntriesShareTheEMail_LearnsNeither()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        state.Remember("site", [
            new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", "sam_nhs.example#ext#@trust.onmicrosoft.com"),
            new SiteUser("27", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example")]);

        state.LearnObjectIds("site", [new AccountIdentity("22222222-2222-2222-2222-222222222222", "sam@nhs.example", null, false)]);

        state.Find("site", "11")!.ObjectId.ShouldBeNull("which of the two it is, the e-mail does not say");
        state.Find("site", "27")!.ObjectId.ShouldBeNull();
    }

    [Fact]
    public async Task StageBefore_AMoveNotJudgedAndTheLinksSaved_MoveItOnAndForgetIt()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        state.KeepStageBefore("site", "1", "Developing");
        state.SetWritten("site", "2", "fp", DateTimeOffset.UnixEpoch, "Developing");

        state.MoveNotJudged("site", "1", "Quality review");
        state.MoveNotJudged("site", "2", "Quality review");

        state.StageBefore("site", "1").ShouldBe("Quality review");
        state.Written("site", "2")!.Value.Stage.ShouldBe("Quality review");
        state.SaveLinksAndForgetStages("site", [("site|courses", "link")]);
        state.StageBefore("site", "1").ShouldBeNull();
        (await state.GetAsync("site|courses", default)).ShouldBe("link");
    }

    [Fact]
    public void StageBefore_KeptForACourseNeverWrittenFor_StaysTheFirstAndGoesWhenTheCourseIsWritten()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));

        state.KeepStageBefore("site", "1", "Developing");
        state.KeepStageBefore("site", "1", "Quality review");
        state.StageBefore("site", "1").ShouldBe("Developing", "the older stage, from before the first change not yet judged");

        state.SetWritten("site", "1", "fp", DateTimeOffset.UnixEpoch, "Quality review");
        state.StageBefore("site", "1").ShouldBeNull();
    }

    [Fact]
    public void Open_AnotherProgramsDatabase_IsRefusedAndLeftAsItWas()
    {
        var path = FileMadeWith("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO items VALUES (1, 'theirs'); CREATE TABLE orders (id INTEGER);");

        var error = Should.Throw<StateFileException>(() => WorkerState.Open(path));

        error.Message.ShouldContain("is a database the worker did not make (it holds the tables orders)");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM items";
        count.ExecuteScalar().ShouldBe(1L, "their table is kept");
    }

    [Fact]
    public void Open_FileOfANewerLayout_IsRefusedSayingWhatToDo()
    {
        var path = FileMadeWith("PRAGMA user_version = 99;");

        var error = Should.Throw<StateFileException>(() => WorkerState.Open(path));

        error.Message.ShouldContain("was made by a newer version of the worker (layout 99");
        error.Message.ShouldContain("delete the file");
    }

    [Fact]
    public void SiteUsers_ObjectIdLearnedFromAVersion_CompletesTheSamePersonNamedOtherwise()
    {
        using var state = WorkerState.Open(Path.Combine(_folder.Path, "state.db"));
        state.Remember("site", [new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example")]);

        state.LearnObjectIds("site", [new AccountIdentity("0B6F3C1E-8D2A-4F5B-9C7E-1A2B3C4D5E6F", "SAM@nhs.example", null, false)]);
        state.Remember("site", [new SiteUser("11", SiteUserKind.Person, "sam@nhs.example", "sam@trust.example")]);

        state.Find("site", "11")!.ObjectId.ShouldBe("0B6F3C1E-8D2A-4F5B-9C7E-1A2B3C4D5E6F", "learned, and kept when the entry is remembered again");
        state.Completed("site", new AccountIdentity("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", null, null, false))
            .ShouldBe(new AccountIdentity("0b6f3c1e-8d2a-4f5b-9c7e-1a2b3c4d5e6f", "sam@nhs.example", "sam@trust.example", false));
        state.Completed("site", new AccountIdentity(null, "someone@else.example", null, false)).Email.ShouldBe("someone@else.example");
    }

    [Fact]
    public void Open_NewFile_IsReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_folder.Path, "state.db");
        using var state = WorkerState.Open(path);

        File.GetUnixFileMode(path).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(path + "-wal").ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
