using Coproduction.Worker.Faults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.State.Fixtures;

/// <summary>
/// Makes <c>layout-N.db</c>, N this build's <see cref="WorkerState.Layout"/>: the state file the worker
/// leaves after one pass over <see cref="StateFixtures.SiteAsync"/>. Run only when asked, at the
/// release whose layout it is: <c>COPRODUCTION_MAKE_STATE_FIXTURE=1 dotnet test tests/Coproduction.Worker.Tests --filter StateFixtureGenerator</c>.
/// </summary>
public sealed class StateFixtureGenerator
{
    [MakeFixtureFact]
    public async Task Make_TheWorkersFirstPass_LeavesTheStateFileOfThisLayout()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var clock = new FakeTimeProvider(StateFixtures.MadeAt);
        await using var site = await StateFixtures.SiteAsync(clock, timeout.Token);
        (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result.ShouldNotBeNull();

        var target = Path.Combine(StateFixtures.SourceFolder(), $"layout-{WorkerState.Layout}.db");
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
    }

    /// <summary>A fact run only with <c>COPRODUCTION_MAKE_STATE_FIXTURE=1</c>.</summary>
    private sealed class MakeFixtureFactAttribute : FactAttribute
    {
        public MakeFixtureFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("COPRODUCTION_MAKE_STATE_FIXTURE") != "1")
            {
                Skip = "Makes a state file fixture: run with COPRODUCTION_MAKE_STATE_FIXTURE=1 at the release whose layout it is.";
            }
        }
    }
}
