using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Coproduction.Worker.State;

/// <summary>
/// What the worker keeps between passes, in a SQLite file: the delta link of every list, a copy of
/// the lists' items (so that a change costs a delta page, not a re-read of the site), the versions of
/// course materials, what was last written for each course, and the flag items raised. The copy holds
/// what the site holds, topic tags included: the file is kept readable by its owner only.
/// </summary>
internal sealed partial class WorkerState : IDeltaLinkStore, ISiteUserDirectory, IDisposable
{
    /// <summary>The layout of the file this version reads and writes (<see cref="StateMigrations"/>: an older one is upgraded as it is opened).</summary>
    internal static int Layout => StateMigrations.Current;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private WorkerState(SqliteConnection connection) => _connection = connection;

    /// <summary>What opening the file found it to be: made, current, upgraded, or started afresh.</summary>
    public StateFileOpened Opened { get; private set; }

    /// <summary>The layout the file was at when opened (0 for a new one).</summary>
    public int OpenedAtLayout { get; private set; }

    /// <summary>
    /// Opens the state file, making it if there is none. A file of an older layout is upgraded in one
    /// transaction keeping what it holds (one older than <see cref="StateMigrations.Oldest"/> is started
    /// afresh); a newer one, or another program's database, is refused and left as it was. The file and
    /// SQLite's files beside it are made readable by their owner only.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="logger">Where an upgrade or a fresh start is said; none by default.</param>
    /// <param name="time">The clock an upgrade is recorded by (<c>schema_history.at</c>); the system's by default.</param>
    /// <exception cref="StateFileException">The file cannot be used as the worker's state; the message says why and what to do.</exception>
    public static WorkerState Open(string path, ILogger? logger = null, TimeProvider? time = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full))
        {
            using (File.Create(full))
            {
            }

            Tighten(full);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        var state = new WorkerState(connection);
        try
        {
            connection.Open();
            state.Check(full);

            // Only once the file is known to be the worker's: another program's is left as it was.
            Tighten(full);
            state.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            state.Migrate(full, time ?? TimeProvider.System);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StateFileException($"The state file {full} cannot be read as the worker's state ({ex.Message.TrimEnd('.')}): move it aside or delete it, and the worker reads every site afresh.", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        // SQLite's write-ahead log and index hold the same data: owner-only too.
        Tighten(full + "-wal");
        Tighten(full + "-shm");
        if (logger is not null)
        {
            switch (state.Opened)
            {
                case StateFileOpened.Upgraded:
                    Log.StateUpgraded(logger, full, state.OpenedAtLayout, Layout);
                    break;
                case StateFileOpened.StartedAfresh:
                    Log.StateStartedAfresh(logger, full, state.OpenedAtLayout, StateMigrations.Oldest);
                    break;
            }
        }

        return state;
    }

    /// <summary>Refuses a file of a newer layout, and another program's database, before anything is written to it.</summary>
    private void Check(string full)
    {
        OpenedAtLayout = int.Parse(Scalar("PRAGMA user_version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var application = int.Parse(Scalar("PRAGMA application_id") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        if (application is not 0 and not StateMigrations.ApplicationId)
        {
            throw new StateFileException($"The state file {full} is a database the worker did not make (another program's, by its application id {application}): give StatePath a file of its own.");
        }

        if (OpenedAtLayout > Layout)
        {
            throw new StateFileException($"The state file {full} was made by a newer version of the worker (layout {OpenedAtLayout}; this one reads layout {Layout}): run the newer version, or delete the file, and this one reads every site afresh.");
        }

        if (OpenedAtLayout != Layout && Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'", r => r.GetString(0))
                .Except(StateMigrations.Tables, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } foreign)
        {
            // Another program's database, given as the state file by mistake: its tables are not the worker's to drop.
            throw new StateFileException($"The state file {full} is a database the worker did not make (it holds the tables {string.Join(", ", foreign)}): give StatePath a file of its own.");
        }
    }

    /// <summary>
    /// Takes the file to the current layout, in one transaction: a new file is made as layout 3 and
    /// taken through every step; one of layout 3 or later through the steps it lacks; one older than 3
    /// (made before the first release) loses its tables and is made anew. Each layout reached is noted
    /// in <c>schema_history</c>.
    /// </summary>
    private void Migrate(string full, TimeProvider time)
    {
        var layout = OpenedAtLayout;
        var empty = Scalar("SELECT count(*) FROM sqlite_master") == "0";
        if (layout == Layout)
        {
            Opened = StateFileOpened.Current;
            return;
        }

        try
        {
            InTransaction(() => Upgrade(layout, time));
        }
        catch (SqliteException ex) when (layout >= StateMigrations.Oldest)
        {
            throw new StateFileException($"The state file {full} could not be upgraded from layout {layout} to layout {Layout} ({ex.Message.TrimEnd('.')}); it is left at layout {layout}, as it was: run the version of the worker that made it, or move the file aside and this one reads every site afresh.", ex);
        }

        Opened = layout >= StateMigrations.Oldest ? StateFileOpened.Upgraded : empty ? StateFileOpened.Made : StateFileOpened.StartedAfresh;
    }

    private void Upgrade(int layout, TimeProvider time)
    {
        if (layout < StateMigrations.Oldest)
        {
            // What a file made before the first release holds is only a copy of the sites: read afresh on the next pass.
            Execute(string.Concat(StateMigrations.Tables.Select(t => $"DROP TABLE IF EXISTS {t}; ")));
            Execute(StateMigrations.Layout3);
        }

        var now = time.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var step in StateMigrations.Steps.Where(s => s.From >= Math.Max(layout, StateMigrations.Oldest)))
        {
            Execute(step.Sql);
            Execute("INSERT INTO schema_history (layout, at, program, from_layout) VALUES ($layout, $at, $program, $from)",
                ("$layout", step.To), ("$at", now), ("$program", StateMigrations.Program), ("$from", layout < StateMigrations.Oldest ? null : step.From));
        }

        Execute(FormattableString.Invariant($"PRAGMA user_version = {Layout};"));
    }

    /// <summary>Makes a file readable and writable by its owner only, where it is not already (a file made before this version may be 0644).</summary>
    private static void Tighten(string file)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(file) || (File.GetUnixFileMode(file) & ~OwnerOnly) == 0)
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(file, OwnerOnly);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StateFileException($"The state file {file} can be read by others, and the worker cannot make it its owner's only ({ex.Message.TrimEnd('.')}): make the worker's user its owner, or run chmod 600 on it.", ex);
        }
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(Scalar("SELECT link FROM delta_links WHERE key = $key", ("$key", key)));

    public Task SaveAsync(string key, string deltaLink, CancellationToken cancellationToken)
    {
        SaveLink(key, deltaLink);
        return Task.CompletedTask;
    }

    private void SaveLink(string key, string deltaLink) =>
        Execute("INSERT INTO delta_links (key, link) VALUES ($key, $link) ON CONFLICT (key) DO UPDATE SET link = excluded.link", ("$key", key), ("$link", deltaLink));

    /// <summary>Applies a page of a list's changes to the copy; a read that starts afresh replaces the list's items.</summary>
    public void Apply(string site, string list, ListChangePage changes) => InTransaction(() =>
    {
        if (changes.StartsAfresh)
        {
            Execute("DELETE FROM items WHERE site = $site AND list = $list", ("$site", site), ("$list", list));
        }

        foreach (var change in changes.Changes)
        {
            // A folder is no entry of any list: not kept (its content type's name is the site's language's, its id is not).
            if (change.Deleted || change.IsFolder)
            {
                Execute("DELETE FROM items WHERE site = $site AND list = $list AND item = $item", ("$site", site), ("$list", list), ("$item", change.ItemId));
            }
            else
            {
                // The course an item belongs to is kept beside it, so that reading one course reads only its items.
                Execute(
                    "INSERT INTO items (site, list, item, course, course_id, etag, fields) VALUES ($site, $list, $item, $course, $courseId, $etag, $fields) "
                    + "ON CONFLICT (site, list, item) DO UPDATE SET course = excluded.course, course_id = excluded.course_id, etag = excluded.etag, fields = excluded.fields",
                    ("$site", site), ("$list", list), ("$item", change.ItemId),
                    ("$course", change.Fields.Find(CourseColumn.Any)),
                    ("$courseId", change.Fields.Find(CoursesList.CourseId)),
                    ("$etag", change.ETag),
                    ("$fields", change.Fields.ToJson()));
            }
        }

    });

    public IReadOnlyList<ListItemData> Items(string site, string list) =>
        Query("SELECT item, fields FROM items WHERE site = $site AND list = $list ORDER BY CAST(item AS INTEGER)",
            r => new ListItemData(r.GetString(0), SiteFields.FromJson(r.GetString(1))), ("$site", site), ("$list", list));

    public IReadOnlyList<ListItemData> CourseItems(string site, string list, string courseItem) =>
        Query("SELECT item, fields FROM items WHERE site = $site AND list = $list AND course = $course ORDER BY CAST(item AS INTEGER)",
            r => new ListItemData(r.GetString(0), SiteFields.FromJson(r.GetString(1))), ("$site", site), ("$list", list), ("$course", courseItem));

    /// <summary>
    /// The items of these lists whose course is empty, or names no item of the courses list: one query over
    /// the course kept beside each item, so that only those few are read whole.
    /// </summary>
    public IReadOnlyList<(string List, ListItemData Item)> ItemsOfNoCourse(string site, IReadOnlyCollection<string> lists) =>
        Query($"SELECT list, item, fields FROM items WHERE site = $site AND list IN ({string.Join(", ", lists.Select((_, i) => $"$l{i}"))}) "
            + "AND (course IS NULL OR course NOT IN (SELECT item FROM items WHERE site = $site AND list = $courses))",
            r => (r.GetString(0), new ListItemData(r.GetString(1), SiteFields.FromJson(r.GetString(2)))),
            [("$site", site), ("$courses", SiteSchema.Courses), .. lists.Select((l, i) => ($"$l{i}", (object?)l))]);

    /// <summary>
    /// The course item of a course id: the one with none typed whose id is made from its item id
    /// (<see cref="CourseIds"/>), else the one with that id typed (an id typed that is another item's
    /// made one is the typed item's problem, as for every list).
    /// </summary>
    public ListItemData? CourseNamed(string site, string courseId) =>
        (CourseIds.MadeFrom(courseId) is { } item && Item(site, SiteSchema.Courses, item) is { } course && course.Fields.Find(CoursesList.CourseId) is null ? course : null)
        ?? Query("SELECT item, fields FROM items WHERE site = $site AND list = $courses AND course_id = $courseId",
            r => new ListItemData(r.GetString(0), SiteFields.FromJson(r.GetString(1))), ("$site", site), ("$courses", SiteSchema.Courses), ("$courseId", courseId)).FirstOrDefault();

    public ListItemData? Item(string site, string list, string item) =>
        Query("SELECT item, fields FROM items WHERE site = $site AND list = $list AND item = $item",
            r => new ListItemData(r.GetString(0), SiteFields.FromJson(r.GetString(1))), ("$site", site), ("$list", list), ("$item", item)).FirstOrDefault();

    /// <summary>Records versions of documents, all in one transaction.</summary>
    public void RecordVersions(string site, IEnumerable<(string Item, DocumentVersion Version)> versions) => InTransaction(() =>
    {
        foreach (var (item, version) in versions)
        {
            RecordVersion(site, item, version);
        }
    });

    /// <summary>
    /// Courses changed on the site and not yet assessed since: kept here, not only in memory, so that
    /// a pass that leaves some for the next (<c>MaxCoursesPerPass</c>) can commit its delta links.
    /// </summary>
    /// <returns>The courses, first changed first (a course changed again keeps its place).</returns>
    public IReadOnlyList<string> Due(string site) =>
        Query("SELECT course FROM due WHERE site = $site ORDER BY rowid", r => r.GetString(0), ("$site", site));

    public void AddDue(string site, IEnumerable<string> courses) => InTransaction(() =>
    {
        foreach (var course in courses)
        {
            Execute("INSERT OR IGNORE INTO due (site, course) VALUES ($site, $course)", ("$site", site), ("$course", course));
        }
    });

    public void RemoveDue(string site, string course) =>
        Execute("DELETE FROM due WHERE site = $site AND course = $course", ("$site", site), ("$course", course));

    /// <summary>
    /// Runs several writes to the state as one transaction: one flush to disk rather than one each. A
    /// transaction already open takes them in (SQLite has no nested transactions).
    /// </summary>
    public void InTransaction(Action writes)
    {
        if (_transaction is not null)
        {
            writes();
            return;
        }

        using (_transaction = _connection.BeginTransaction())
        {
            try
            {
                writes();
                _transaction.Commit();
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    /// <summary>Forgets a list's delta link, so that its next read starts afresh.</summary>
    public void ForgetDeltaLink(string key) => Execute("DELETE FROM delta_links WHERE key = $key", ("$key", key));

    /// <summary>The evidence report file (drive item id) whose course the worker last set, for a course.</summary>
    public string? ReportFile(string site, string course) =>
        Scalar("SELECT file FROM reports WHERE site = $site AND course = $course", ("$site", site), ("$course", course));

    /// <summary>Whether another course's report is that file (two ids differing only in case once shared one).</summary>
    public bool IsAnotherCoursesReport(string site, string course, string file) =>
        Scalar("SELECT course FROM reports WHERE site = $site AND file = $file AND course <> $course LIMIT 1", ("$site", site), ("$file", file), ("$course", course)) is not null;

    public void SetReportFile(string site, string course, string file) =>
        Execute("INSERT INTO reports (site, course, file) VALUES ($site, $course, $file) ON CONFLICT (site, course) DO UPDATE SET file = excluded.file",
            ("$site", site), ("$course", course), ("$file", file));

    public void RecordVersion(string site, string item, DocumentVersion version) =>
        Execute("INSERT INTO versions (site, item, label, at, object_id, email, user_name, application, size) VALUES ($site, $item, $label, $at, $objectId, $email, $userName, $application, $size) "
            + "ON CONFLICT (site, item, label) DO UPDATE SET at = excluded.at, object_id = excluded.object_id, email = excluded.email, user_name = excluded.user_name, application = excluded.application, size = excluded.size",
            ("$site", site), ("$item", item), ("$label", version.Label), ("$at", version.At.UtcDateTime.ToString("O")), ("$objectId", version.By?.ObjectId),
            ("$email", version.By?.Email), ("$userName", version.By?.UserName), ("$application", version.By?.IsApplication == true ? 1 : version.By is null ? -1 : 0), ("$size", version.Size));

    /// <summary>Forgets a document's versions, before they are read again whole.</summary>
    public void ForgetVersions(string site, string item) =>
        Execute("DELETE FROM versions WHERE site = $site AND item = $item", ("$site", site), ("$item", item));

    public IReadOnlyList<DocumentVersion> Versions(string site, string item) =>
        Query("SELECT label, at, object_id, email, user_name, application, size FROM versions WHERE site = $site AND item = $item",
            r => new DocumentVersion(
                r.GetString(0),
                DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                r.GetInt64(5) < 0 ? null : new AccountIdentity(Text(r, 2), Text(r, 3), Text(r, 4), r.GetInt64(5) == 1),
                r.GetInt64(6)),
            ("$site", site), ("$item", item))
        .OrderBy(v => v.Order).ThenBy(v => v.At).ToList();

    /// <summary>The eTag of an item of the copy, to tell a change from the same state given again.</summary>
    public string? ETag(string site, string list, string item) =>
        Scalar("SELECT etag FROM items WHERE site = $site AND list = $list AND item = $item", ("$site", site), ("$list", list), ("$item", item));

    /// <summary>What was last written for a course: the assessment's fingerprint, when, and the stage the course was at.</summary>
    public (string Fingerprint, DateTimeOffset At, string? Stage)? Written(string site, string course) =>
        Query("SELECT fingerprint, at, stage FROM written WHERE site = $site AND course = $course",
            r => (r.GetString(0), DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(2) ? null : r.GetString(2)), ("$site", site), ("$course", course))
        .Select(x => ((string, DateTimeOffset, string?)?)x).FirstOrDefault();

    /// <summary>Records what was written for a course; the stage it was at before a change (<see cref="StageBefore"/>) is no longer needed.</summary>
    public void SetWritten(string site, string course, string fingerprint, DateTimeOffset at, string? stage) => InTransaction(() =>
    {
        Execute("INSERT INTO written (site, course, fingerprint, at, stage) VALUES ($site, $course, $fp, $at, $stage) ON CONFLICT (site, course) DO UPDATE SET fingerprint = excluded.fingerprint, at = excluded.at, stage = excluded.stage",
            ("$site", site), ("$course", course), ("$fp", fingerprint), ("$at", at.UtcDateTime.ToString("O")), ("$stage", stage));
        Execute("DELETE FROM stages_before WHERE site = $site AND course = $course", ("$site", site), ("$course", course));
    });

    /// <summary>The flag items the worker keeps for a course (or, with <paramref name="table"/>, its entries to fix).</summary>
    public IReadOnlyList<FlagRecord> Flags(string site, string course, KeptItems table = KeptItems.Flags) =>
        Query($"SELECT site, course, kind, subject, item, open, fingerprint FROM {Table(table)} WHERE site = $site AND course = $course",
            r => new FlagRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5) == 1, r.GetString(6)),
            ("$site", site), ("$course", course));

    /// <summary>The courses (or "" for the site) that have items open in <paramref name="table"/>.</summary>
    public IReadOnlyList<string> CoursesWithOpen(string site, KeptItems table) =>
        Query($"SELECT DISTINCT course FROM {Table(table)} WHERE site = $site AND open = 1", r => r.GetString(0), ("$site", site));

    public void SaveFlag(FlagRecord flag, KeptItems table = KeptItems.Flags) =>
        Execute($"INSERT INTO {Table(table)} (site, course, kind, subject, item, open, fingerprint) VALUES ($site, $course, $kind, $subject, $item, $open, $fp) ON CONFLICT (site, course, kind, subject) DO UPDATE SET item = excluded.item, open = excluded.open, fingerprint = excluded.fingerprint",
            ("$site", flag.Site), ("$course", flag.Course), ("$kind", flag.Kind), ("$subject", flag.Subject), ("$item", flag.ItemId), ("$open", flag.Open ? 1 : 0), ("$fp", flag.Fingerprint));

    /// <summary>Forgets a flag item that is gone from the site (deleted by a person), so that the flag is made again if it still holds.</summary>
    public void ForgetFlag(string site, string item, KeptItems table = KeptItems.Flags) =>
        Execute($"DELETE FROM {Table(table)} WHERE site = $site AND item = $item", ("$site", site), ("$item", item));

    /// <summary>Forgets the flag items of a site other than those it holds: the site is the record of what is there.</summary>
    public void ForgetFlagsBut(string site, IReadOnlySet<string> items, KeptItems table = KeptItems.Flags)
    {
        foreach (var gone in Query($"SELECT item FROM {Table(table)} WHERE site = $site", r => r.GetString(0), ("$site", site)).Where(i => !items.Contains(i)).ToList())
        {
            ForgetFlag(site, gone, table);
        }
    }

    private static string Table(KeptItems table) => table switch
    {
        KeptItems.Flags => "flags",
        KeptItems.Problems => "problems",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    private string? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar()?.ToString();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
