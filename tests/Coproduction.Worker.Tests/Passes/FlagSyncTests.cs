using Coproduction.Graph.Schema;

namespace Coproduction.Worker.Passes;

public sealed class FlagSyncTests
{
    [Fact]
    public void Flag_ConcerningMorePeopleThanASingleLineNames_IsCutToWhatTheSiteKeeps()
    {
        var people = Enumerable.Range(1, 100).Select(i => $"p{i}").ToList();

        var flag = FlagSync.Flag("7", "Sole focus", "understanding-anxiety-2026", people, DateTimeOffset.UnixEpoch, "message");

        var named = (string)flag.Fields["People"]!;
        named.Length.ShouldBe(SiteSchema.SingleLineLength);
        named.ShouldStartWith("p1; p2; p3");
        named.ShouldEndWith("…");
        flag.Fields["Subject"].ShouldBe("understanding-anxiety-2026", "the subject, a key, is never cut");
    }

    [Fact]
    public void Flag_ConcerningAFewPeople_NamesThemAll() =>
        FlagSync.Flag("7", "Sole focus", "c1", ["p1", "p2"], DateTimeOffset.UnixEpoch, "message").Fields["People"].ShouldBe("p1; p2");
}
