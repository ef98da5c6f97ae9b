using Coproduction.Worker.Faults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.State.Fixtures;

/// <summary>
/// Makes <c>layout-N.db</c>, N this build's <see cref="WorkerState.Layout"/>: the state file the worker
/// leaves after one pass over <see cref="StateFixtures.SiteAsync"/>. Every run makes it into a
/// folder of its own and holds it to being a whole state file of this layout, so the generator is
/// known to work on the day a release needs it; only when asked, at the release whose layout it is,
/// is it written beside the fixtures: <c>COPRODUCTION_MAKE_STATE_FIXTURE=1 dotnet test tests/Coproduction.Worker.Tests --filter StateFixtureGenerator</c>.
/// </summary>
public sealed class StateFixtureGenerator
{
    [Fact]
    public async Task Make_TheWorkersFirstPass_LeavesTheStateFileOfThisLayout()
    {
        using var folder = new Commands.TemporaryFolder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var clock = new FakeTimeProvider(StateFixtures.MadeAt);
        await using var site = await StateFixtures.SiteAsync(clock, timeout.Token);
        (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result.ShouldNotBeNull();

        var target = Path.Combine(
            Environment.GetEnvironmentVariable("COPRODUCTION_MAKE_STATE_FIXTURE") == "1" ? StateFixtures.SourceFolder() : folder.Path, $"layout-{WorkerState.Layout}.db");
        using (var connection = new SqliteConnection($"Data Source={site.StatePath};Pooling=False"))
        {
            // A copy of the file as the worker leaves it, all of it in one file: nothing in a write-ahead log beside it.
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $target";
            command.Parameters.AddWithValue("$target", target);
            File.Delete(target);
            command.ExecuteNonQuery();
        }

        using (var made = WorkerState.Open(target))
        {
            made.Opened.ShouldBe(StateFileOpened.Current, "a whole state file of this build's layout");
        }

        using var check = new SqliteConnection($"Data Source={target};Pooling=False;Mode=ReadOnly");
        check.Open();
        using var links = check.CreateCommand();
        links.CommandText = "SELECT count(*) FROM delta_links";
        Convert.ToInt32(links.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(10, "the delta link of each watched list");
    }
}
