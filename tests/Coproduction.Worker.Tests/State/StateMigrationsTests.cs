using Coproduction.Worker.Commands;
using Coproduction.Worker.Faults;
using Coproduction.Worker.State.Fixtures;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.State;

public sealed class StateMigrationsTests : IDisposable
{
    private static readonly string[] Layout3Tables = ["delta_links", "items", "versions", "site_users", "written", "stages_before", "reports", "due", "flags"];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A copy of the file a layout-3 worker (6ff1607) left, to upgrade.</summary>
    private string ReleasedFile(string name = "state.db")
    {
        var path = _folder.File(name);
        File.Copy(StateFixtures.PathOf(3), path);
        return path;
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Query(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>Every row of every table of layout 3, in the order stored, as one line a row (a hash of the row, to keep a failure's message short).</summary>
    private static List<string> Contents(string path) =>
        [.. Layout3Tables.SelectMany(t => Query(path, $"SELECT * FROM {t} ORDER BY rowid").Select((row, n) =>
            $"{t} {n}: {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row)))[..16]}"))];

    /// <summary>The file's schema as SQLite keeps it, but for the history of how it got there.</summary>
    private static List<string> Schema(string path) =>
        Query(path, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");

    [Fact]
    public void Layout3_AsReleased_IsUnchanged()
    {
        // Files of layout 3 exist (builds up to 6ff1607 made them): its schema is what the steps upgrade from, and never changes.
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(StateMigrations.Layout3.ReplaceLineEndings("\n"))));

        hash.ShouldBe("2C5154A24C987D07149A497EC9DEB1DDC091A183587FAA71EC38B56E54AF56CE");
        Schema(StateFixtures.PathOf(3)).ShouldBe(Schema(MadeAs3()), "the released file's schema is Layout3's");
    }

    /// <summary>A file made by Layout3 alone, as a layout-3 worker made a new one.</summary>
    private string MadeAs3()
    {
        var path = _folder.File("made-as-3.db");
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = StateMigrations.Layout3 + "PRAGMA user_version = 3;";
        command.ExecuteNonQuery();
        return path;
    }

    [Fact]
    public void Steps_OneForEachLayoutInTurn_EndAtTheLayoutTheWorkerReads()
    {
        StateMigrations.Steps.Select(s => s.From).ShouldBe(Enumerable.Range(StateMigrations.Oldest, StateMigrations.Steps.Count));
        WorkerState.Layout.ShouldBe(10);
    }

    [Fact]
    public void Open_TheReleasedLayout3File_IsUpgradedInPlaceKeepingAllItHeld()
    {
        var path = ReleasedFile();
        var before = Contents(path);
        var log = new LogCapture();

        using (var state = WorkerState.Open(path, log.CreateLogger("state")))
        {
            state.Opened.ShouldBe(StateFileOpened.Upgraded);
            state.OpenedAtLayout.ShouldBe(3);
            state.Flags(FixtureSite, "3").Count.ShouldBe(6, "the drifting course's flags, as the released worker recorded them");
            state.Versions(FixtureSite, "8").Select(v => v.Label).ShouldBe(["1.0", "2.0", "3.0"]);
            state.Versions(FixtureSite, "8")[^1].By!.UserName.ShouldBe("aisha@trust.example");
        }

        Contents(path).ShouldBe(before, "every row of every table kept, in place");
        Query(path, "PRAGMA user_version").ShouldBe(["10"]);
        Query(path, "PRAGMA application_id").ShouldBe([StateMigrations.ApplicationId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Query(path, "SELECT layout, from_layout, program FROM schema_history").ShouldBe([$"4|3|{StateMigrations.Program}", $"5|4|{StateMigrations.Program}", $"6|5|{StateMigrations.Program}", $"7|6|{StateMigrations.Program}", $"8|7|{StateMigrations.Program}", $"9|8|{StateMigrations.Program}", $"10|9|{StateMigrations.Program}"]);
        log.Lines.ShouldContain(l => l.Contains($"The state file {path} was upgraded from layout 3 to layout 10", StringComparison.Ordinal));
        using var reopened = WorkerState.Open(path);
        reopened.Opened.ShouldBe(StateFileOpened.Current);
    }

    private const string FixtureSite = "contoso.sharepoint.com,51BDD3FF-4081-3B85-955A-E2F0121CA347,07EFC941-B5FE-1E3A-CFEB-F08F2DE9C9B4";

    [Fact]
    public void Open_NewFile_IsMadeAsAnUpgradedOneIs()
    {
        var made = _folder.File("new.db");
        var upgraded = ReleasedFile();

        using (var state = WorkerState.Open(made))
        {
            state.Opened.ShouldBe(StateFileOpened.Made);
        }

        using (WorkerState.Open(upgraded))
        {
        }

        Schema(made).ShouldBe(Schema(upgraded));
        Query(made, "PRAGMA user_version").ShouldBe(Query(upgraded, "PRAGMA user_version"));
        Query(made, "PRAGMA application_id").ShouldBe(Query(upgraded, "PRAGMA application_id"));
        Query(made, "SELECT layout, from_layout FROM schema_history").ShouldBe(["4|<null>", "5|<null>", "6|<null>", "7|<null>", "8|<null>", "9|<null>", "10|<null>"], "made, not upgraded");
    }

    [Fact]
    public void Open_TheReleasedLayout3FileOnAClock_RecordsEachStepAtItsTime()
    {
        var path = ReleasedFile();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero));

        using (WorkerState.Open(path, time: clock))
        {
        }

        Query(path, "SELECT at FROM schema_history").ShouldBe([.. Enumerable.Repeat("2026-12-01T09:30:00.0000000Z", StateMigrations.Steps.Count)]);
    }

    [Fact]
    public void Open_AnUpgradeThatFails_LeavesTheFileAtItsLayoutWithAllItHeld()
    {
        // A table in the way of the step's own makes the upgrade fail part way through.
        var path = ReleasedFile();
        var before = Contents(path);
        using (var connection = Connect(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE schema_history (layout INTEGER)";
            command.ExecuteNonQuery();
        }

        Should.Throw<StateFileException>(() => WorkerState.Open(path)).Message.ShouldContain("could not be upgraded from layout 3");

        Query(path, "PRAGMA user_version").ShouldBe(["3"]);
        Query(path, "PRAGMA application_id").ShouldBe(["0"]);
        Contents(path).ShouldBe(before);
    }

    [Fact]
    public void Open_ADatabaseStampedByAnotherProgram_IsRefusedAndLeftAsItWas()
    {
        var path = _folder.File("theirs.db");
        using (var connection = Connect(path))
        using (var command = connection.CreateCommand())
        {
            // Tables of the worker's names, but another program's application id.
            command.CommandText = "PRAGMA application_id = 42; CREATE TABLE items (id INTEGER); INSERT INTO items VALUES (1);";
            command.ExecuteNonQuery();
        }

        Should.Throw<StateFileException>(() => WorkerState.Open(path)).Message.ShouldContain("another program's, by its application id 42");

        Query(path, "SELECT * FROM items").ShouldBe(["1"]);
        Query(path, "PRAGMA journal_mode").ShouldBe(["delete"], "not even its journal changed");
    }

    [Fact]
    public void Open_FileOfALayoutBeforeTheFirstRelease_IsStartedAfreshSayingSo()
    {
        var path = _folder.File("state.db");
        using (var connection = Connect(path))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE delta_links (key TEXT PRIMARY KEY, link TEXT NOT NULL); INSERT INTO delta_links VALUES ('site|list', 'old'); PRAGMA user_version = 2;";
            command.ExecuteNonQuery();
        }

        var log = new LogCapture();
        using var state = WorkerState.Open(path, log.CreateLogger("state"));

        state.Opened.ShouldBe(StateFileOpened.StartedAfresh);
        Query(path, "SELECT count(*) FROM delta_links").ShouldBe(["0"]);
        log.Lines.ShouldContain(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("was of layout 2, older than any this version upgrades (layout 3 on): it was started afresh", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_AnExistingFileReadableByOthers_IsMadeItsOwnersOnlyWithItsLogAndIndex()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // A layout-3 worker made only new files its owner's: a file copied, restored or made by a layout-3 worker may be 0644.
        var path = ReleasedFile();
        const UnixFileMode Readable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        using var other = Connect(path);
        using (var wal = other.CreateCommand())
        {
            // Another connection keeping the write-ahead log and its index beside the file.
            wal.CommandText = "PRAGMA journal_mode = WAL; INSERT INTO due VALUES ('site', '1');";
            wal.ExecuteNonQuery();
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.SetUnixFileMode(file, Readable);
        }

        using var state = WorkerState.Open(path);

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
        }
    }

    [Fact]
    public async Task Pass_OnTheUpgradedReleasedFile_ReadsOnlyTheListsItDidNotWatchAfresh()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var site = await StateFixtures.SiteAsync(new FakeTimeProvider(StateFixtures.MadeAt), timeout.Token);
        File.Copy(StateFixtures.PathOf(3), site.StatePath);
        site.Emulator.Requests.Reset();

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;

        result.ShouldNotBeNull(string.Join('\n', site.Log.Lines.TakeLast(5)));
        site.Log.Lines.ShouldContain(l => l.Contains("was upgraded from layout 3 to layout 10", StringComparison.Ordinal));
        result.Changes.ShouldBe(0, "each list's delta from the link the released worker saved: nothing since; the sessions list, new with schema version 3, holds nothing");
        // The sessions list had no link: read from its start, which makes every course due once, so that each gets version 3's columns.
        result.Courses.ShouldBe(3);
        site.Emulator.Requests.Of("delta").ShouldBe(10, "one batch of every watched list's delta, from its saved link where there is one");
        site.Emulator.Requests.Of("lists").ShouldBe(1);
    }
}
