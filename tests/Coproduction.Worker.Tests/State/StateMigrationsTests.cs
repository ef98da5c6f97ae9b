using Coproduction.Worker.State.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.State;

public sealed class StateMigrationsTests
{
    [Fact]
    public async Task Open_TheReleasedLayout3File_IsUpgradedInPlaceAndTheNextPassReadsNoListAfresh()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var clock = new FakeTimeProvider(StateFixtures.MadeAt);
        await using var site = await StateFixtures.SiteAsync(clock, timeout.Token);
        File.Copy(StateFixtures.PathOf(3), site.StatePath);
        site.Emulator.Requests.Reset();

        var result = (await site.Worker().RunOnceAsync(timeout.Token)).Single().Result;

        result.ShouldNotBeNull(string.Join('\n', site.Log.Lines.TakeLast(5)));
        result.Changes.ShouldBe(0);
        result.Courses.ShouldBe(0);
        site.Emulator.Requests.ByKind.ShouldBe(new SortedDictionary<string, int>(StringComparer.Ordinal) { ["batch"] = 1, ["delta"] = 9, ["lists"] = 1, ["site"] = 1 }, "one batch of every watched list's delta from its saved link, and nothing else");
    }
}
