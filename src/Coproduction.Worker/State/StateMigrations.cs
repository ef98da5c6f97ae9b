using System.Globalization;
using System.Reflection;

namespace Coproduction.Worker.State;

/// <summary>
/// The layouts of the state file, and the steps from each to the next. Layout 3 is the layout of the
/// builds before there were steps (main up to 6ff1607, a preview of 0.1.0, which people ran); each step takes a file from one layout to the next keeping all it holds, and every step a
/// file needs runs in one transaction as it is opened, so that a file is at its old layout or the newest,
/// never between. A new file is made as layout 3 and taken through the same steps: a new file and an
/// upgraded one cannot differ. A file of a layout before 3 (made before the first release) is started
/// afresh, as if lost. A change to the schema is a new step at the end; a step, once released, never
/// changes (files made by it exist).
/// </summary>
internal static class StateMigrations
{
    /// <summary>The oldest layout a file is upgraded from; one older is started afresh.</summary>
    public const int Oldest = 3;

    /// <summary>
    /// SQLite's <c>application_id</c> of a state file from layout 4 on ("Copr"): a database that has
    /// another is some other program's, whatever its tables. Files of layout 3 have none (0).
    /// </summary>
    public const int ApplicationId = 0x436F7072;

    /// <summary>The schema of layout 3, as the builds before the steps made it: never to change.</summary>
    public const string Layout3 = """
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

    /// <summary>The steps, in order: the first takes layout <see cref="Oldest"/> to the next.</summary>
    public static IReadOnlyList<Migration> Steps { get; } =
    [
        new(3, "the file says it is the worker's (application_id) and which layouts it has been at, when, and by which version of the worker (schema_history)", $"""
            CREATE TABLE schema_history (layout INTEGER PRIMARY KEY, at TEXT NOT NULL, program TEXT NOT NULL, from_layout INTEGER);
            PRAGMA application_id = {ApplicationId.ToString(CultureInfo.InvariantCulture)};
            """),
        new(4, "a person's stage move is kept while its course fails, to be judged when the course is tried again (pending_moves)", """
            CREATE TABLE pending_moves (site TEXT NOT NULL, course TEXT NOT NULL, from_stage TEXT NOT NULL, to_stage TEXT NOT NULL, put_back INTEGER NOT NULL, PRIMARY KEY (site, course));
            """),
        new(5, "the entries to fix the worker keeps on a site, as it keeps its flags (problems)", """
            CREATE TABLE problems (site TEXT NOT NULL, course TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, item TEXT NOT NULL, open INTEGER NOT NULL, fingerprint TEXT NOT NULL, PRIMARY KEY (site, course, kind, subject));
            """),
        new(6, "the comments of Office documents among the materials, without their text, and which content (and name, and limits) each document was read at (document_reads, comments)", """
            CREATE TABLE document_reads (site TEXT NOT NULL, item TEXT NOT NULL, etag TEXT, content_tag TEXT, reading TEXT NOT NULL, problem TEXT NOT NULL, read_at TEXT NOT NULL, PRIMARY KEY (site, item));
            CREATE TABLE comments (site TEXT NOT NULL, item TEXT NOT NULL, key TEXT NOT NULL, at TEXT, account TEXT, object_id TEXT, reply_to TEXT, ordinal INTEGER NOT NULL, PRIMARY KEY (site, item, key));
            """),
        new(7, "each course's assessment at each change, and its deletion: the history `coproduction history` exports (history)", """
            CREATE TABLE history (seq INTEGER PRIMARY KEY AUTOINCREMENT, site TEXT NOT NULL, site_url TEXT NOT NULL, course_item TEXT NOT NULL, course_id TEXT NOT NULL, at TEXT NOT NULL, event TEXT NOT NULL,
                stage TEXT, score INTEGER, ready INTEGER, checklist TEXT, open_flags TEXT NOT NULL, opened TEXT NOT NULL, resolved TEXT NOT NULL);
            CREATE INDEX history_by_course ON history (site, course_item, seq);
            """),
        new(8, "the college overview page each site was last given, so that an unchanged page is not uploaded again (overviews)", """
            CREATE TABLE overviews (site TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, file TEXT NOT NULL, at TEXT NOT NULL);
            """),
    ];

    /// <summary>The layout this version of the worker reads and writes.</summary>
    public static int Current => Oldest + Steps.Count;

    /// <summary>Every table a worker has made in a state file, of any layout: a file with another is not the worker's to change.</summary>
    public static IReadOnlyList<string> Tables { get; } =
        ["delta_links", "items", "versions", "site_users", "written", "stages_before", "reports", "due", "flags", "schema_history", "pending_moves", "problems", "document_reads", "comments", "history", "overviews"];

    /// <summary>This version of the worker, as the history of a file records who upgraded it.</summary>
    public static string Program { get; } =
        typeof(StateMigrations).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}

/// <summary>One step: a file of layout <paramref name="From"/> to the next, by a SQL script.</summary>
/// <param name="From">The layout it upgrades from.</param>
/// <param name="Says">What the new layout adds, for the docs and the log.</param>
/// <param name="Sql">The script, run in the transaction of the upgrade.</param>
internal sealed record Migration(int From, string Says, string Sql)
{
    public int To => From + 1;
}

/// <summary>What opening a state file found it to be.</summary>
internal enum StateFileOpened
{
    /// <summary>A new file (or an empty one), made at the current layout.</summary>
    Made,

    /// <summary>A file of the current layout.</summary>
    Current,

    /// <summary>A file of an older layout, upgraded keeping everything it held.</summary>
    Upgraded,

    /// <summary>A file of a layout older than any upgraded from: started afresh, every site read again.</summary>
    StartedAfresh,
}
