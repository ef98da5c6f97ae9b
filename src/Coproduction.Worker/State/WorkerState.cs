using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.State;

/// <summary>
/// What the worker keeps between passes, in a SQLite file: the delta link of every list, a copy of
/// the lists' items (so that a change costs a delta page, not a re-read of the site), the versions of
/// course materials, what was last written for each course, and the flag items raised. The copy holds
/// what the site holds, topic tags included: the file is created readable by its owner only.
/// </summary>
internal sealed partial class WorkerState : IDeltaLinkStore, ISiteUserDirectory, IDisposable
{
    /// <summary>
    /// The layout of the file; a file of an older layout is started afresh, as if lost (the site holds
    /// what it held). Any change to <see cref="Schema"/> takes a new layout: <c>CREATE TABLE IF NOT EXISTS</c>
    /// leaves an older table as it was, so a file of the old layout kept as current would break every pass
    /// (a test holds the two together).
    /// </summary>
    internal const int Layout = 3;

    internal const string Schema = """
        CREATE TABLE IF NOT EXISTS delta_links (key TEXT PRIMARY KEY, link TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS items (site TEXT NOT NULL, list TEXT NOT NULL, item TEXT NOT NULL, course TEXT, course_id TEXT, etag TEXT, fields TEXT NOT NULL, PRIMARY KEY (site, list, item));
        CREATE INDEX IF NOT EXISTS items_by_course ON items (site, list, course);
        CREATE INDEX IF NOT EXISTS items_by_course_id ON items (site, course_id);
        CREATE TABLE IF NOT EXISTS versions (site TEXT NOT NULL, item TEXT NOT NULL, label TEXT NOT NULL, at TEXT NOT NULL, object_id TEXT, email TEXT, user_name TEXT, application INTEGER NOT NULL, size INTEGER NOT NULL, PRIMARY KEY (site, item, label));
        CREATE TABLE IF NOT EXISTS site_users (site TEXT NOT NULL, lookup_id TEXT NOT NULL, kind TEXT NOT NULL, email TEXT COLLATE NOCASE, user_name TEXT COLLATE NOCASE, object_id TEXT COLLATE NOCASE, PRIMARY KEY (site, lookup_id));
        CREATE TABLE IF NOT EXISTS written (site TEXT NOT NULL, course TEXT NOT NULL, fingerprint TEXT NOT NULL, at TEXT NOT NULL, stage TEXT, PRIMARY KEY (site, course));
        CREATE TABLE IF NOT EXISTS stages_before (site TEXT NOT NULL, course TEXT NOT NULL, stage TEXT NOT NULL, PRIMARY KEY (site, course));
        CREATE TABLE IF NOT EXISTS reports (site TEXT NOT NULL, course TEXT NOT NULL, file TEXT NOT NULL, PRIMARY KEY (site, course));
        CREATE TABLE IF NOT EXISTS due (site TEXT NOT NULL, course TEXT NOT NULL, PRIMARY KEY (site, course));
        CREATE TABLE IF NOT EXISTS flags (site TEXT NOT NULL, course TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, item TEXT NOT NULL, open INTEGER NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (site, course, kind, subject));
        """;

    private static readonly string[] Tables = ["delta_links", "items", "versions", "site_users", "written", "stages_before", "reports", "due", "flags"];

    private readonly SqliteConnection _connection;
    private SqliteTransaction? _transaction;

    private WorkerState(SqliteConnection connection) => _connection = connection;

    public static WorkerState Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full))
        {
            using (File.Create(full))
            {
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        var state = new WorkerState(connection);
        long layout;
        try
        {
            connection.Open();
            state.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
            layout = long.Parse(state.Scalar("PRAGMA user_version") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StateFileException($"The state file {full} cannot be read as the worker's state ({ex.Message.TrimEnd('.')}): move it aside or delete it, and the worker reads every site afresh.", ex);
        }

        if (layout > Layout)
        {
            connection.Dispose();
            throw new StateFileException($"The state file {full} was made by a newer version of the worker (layout {layout}; this one reads layout {Layout}): run the newer version, or delete the file, and this one reads every site afresh.");
        }

        if (layout != Layout && state.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'", r => r.GetString(0))
                .Except(Tables, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } foreign)
        {
            // Another program's database, given as the state file by mistake: its tables are not the worker's to drop.
            connection.Dispose();
            throw new StateFileException($"The state file {full} is a database the worker did not make (it holds the tables {string.Join(", ", foreign)}): give StatePath a file of its own.");
        }

        if (layout != Layout)
        {
            // Made by an older worker (or new): what it holds is only a copy of the sites, read afresh on the next pass.
            state.Execute(string.Concat(Tables.Select(t => $"DROP TABLE IF EXISTS {t}; ")) + $"PRAGMA user_version = {Layout};");
        }

        state.Execute(Schema);

        // SQLite's write-ahead log and index hold the same data: owner-only too.
        foreach (var companion in new[] { full + "-wal", full + "-shm" })
        {
            if (!OperatingSystem.IsWindows() && File.Exists(companion))
            {
                File.SetUnixFileMode(companion, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return state;
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
            if (change.Deleted)
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

    public ListItemData? CourseNamed(string site, string courseId) =>
        Query("SELECT item, fields FROM items WHERE site = $site AND course_id = $courseId",
            r => new ListItemData(r.GetString(0), SiteFields.FromJson(r.GetString(1))), ("$site", site), ("$courseId", courseId)).FirstOrDefault();

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

    public IReadOnlyList<FlagRecord> Flags(string site, string course) =>
        Query("SELECT site, course, kind, subject, item, open, fingerprint FROM flags WHERE site = $site AND course = $course",
            r => new FlagRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5) == 1, r.GetString(6)),
            ("$site", site), ("$course", course));

    public void SaveFlag(FlagRecord flag) =>
        Execute("INSERT INTO flags (site, course, kind, subject, item, open, fingerprint) VALUES ($site, $course, $kind, $subject, $item, $open, $fp) ON CONFLICT (site, course, kind, subject) DO UPDATE SET item = excluded.item, open = excluded.open, fingerprint = excluded.fingerprint",
            ("$site", flag.Site), ("$course", flag.Course), ("$kind", flag.Kind), ("$subject", flag.Subject), ("$item", flag.ItemId), ("$open", flag.Open ? 1 : 0), ("$fp", flag.Fingerprint));

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
