using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.State;

/// <summary>The SQLite the state file is kept with: 3.50.2 or later, which fix the CVEs of the 3.49 SQLitePCLRaw 2.1 bundled.</summary>
public sealed class SqliteVersionTests
{
    [Fact]
    public void SqliteVersion_OfTheWorkersState_IsAtLeast3502()
    {
        var path = Path.Combine(Path.GetTempPath(), $"coproduction-sqlite-{Guid.NewGuid():N}.db");
        try
        {
            using (var state = WorkerState.Open(path))
            {
            }

            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT sqlite_version()";
            var version = Version.Parse((string)command.ExecuteScalar()!);

            version.ShouldBeGreaterThanOrEqualTo(new Version(3, 50, 2));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
