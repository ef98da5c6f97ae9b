using Coproduction.Worker.Cli;
using Coproduction.Worker.State;
using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.History;

/// <summary>
/// A worker's state file opened only to read its history, as <c>coproduction history</c> does while the
/// worker may be running: read-only, never upgraded or made, so that reading a file changes nothing.
/// </summary>
internal static class HistoryFile
{
    /// <summary>The history lines, oldest first; of one site and one course, where given.</summary>
    /// <exception cref="InputException">The file is not there, is not a worker's state file, or is of an older layout.</exception>
    public static List<HistoryEntry> Read(string path, string? siteUrl, string? courseId)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InputException($"--state: there is no state file at {full}: give the worker's state file (its Coproduction:Worker:StatePath)");
        }

        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            var (layout, application) = (Scalar<long>(connection, "PRAGMA user_version"), Scalar<long>(connection, "PRAGMA application_id"));
            if (application != StateMigrations.ApplicationId)
            {
                throw new InputException($"--state: {full} is not a Coproduction worker's state file");
            }

            if (layout < 8)
            {
                throw new InputException($"--state: {full} is of layout {layout}, which keeps no history: run this version of the worker once (it upgrades the file, keeping all it holds), then export");
            }

            using var command = connection.CreateCommand();
            command.CommandText = "SELECT at, site_url, course_id, event, stage, score, ready, checklist, open_flags, opened, resolved FROM history "
                + "WHERE ($site IS NULL OR rtrim(site_url, '/') = $site COLLATE NOCASE) AND ($course IS NULL OR course_id = $course) ORDER BY at, seq";
            command.Parameters.AddWithValue("$site", (object?)siteUrl?.TrimEnd('/') ?? DBNull.Value);
            command.Parameters.AddWithValue("$course", (object?)courseId ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            var entries = new List<HistoryEntry>();
            while (reader.Read())
            {
                entries.Add(new HistoryEntry(
                    DateTimeOffset.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetInt64(6) == 1,
                    reader.IsDBNull(7) ? [] : WorkerState.Checklist(reader.GetString(7)),
                    WorkerState.Flags(reader.GetString(8)),
                    WorkerState.Flags(reader.GetString(9)),
                    WorkerState.Flags(reader.GetString(10))));
            }

            return entries;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 8 or 14)
        {
            // SQLITE_READONLY, SQLITE_CANTOPEN: the file is there, but SQLite may not make its shared-memory file beside it.
            throw new InputException($"--state: {full} cannot be opened to read ({ex.SqliteErrorCode}): run history as the worker's user, in a folder SQLite may write its -shm file to, or copy the file (with its -wal) elsewhere first", ex);
        }
        catch (SqliteException ex)
        {
            throw new InputException($"--state: {full} cannot be read as a worker's state file ({ex.SqliteErrorCode})", ex);
        }
    }

    private static T Scalar<T>(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
