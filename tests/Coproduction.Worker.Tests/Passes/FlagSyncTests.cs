using Coproduction.Graph.Mapping;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;

namespace Coproduction.Worker.Passes;

public sealed class FlagSyncTests
{
    [Fact]
    public void Open_ConcerningMorePeopleThanASingleLineNames_IsCutToWhatTheSiteKeeps()
    {
        var people = Enumerable.Range(1, 100).Select(i => $"p{i}").ToList();

        var flag = FlagRow.Open("7", "Sole focus", "understanding-anxiety-2026", people, DateTimeOffset.UnixEpoch, "message");

        flag.People.Length.ShouldBe(SiteSchema.SingleLineLength);
        flag.People.ShouldStartWith("p1; p2; p3");
        flag.People.ShouldEndWith("…");
        flag.ToFields().Get(FlagsList.Subject).ShouldBe("understanding-anxiety-2026", "the subject, a key, is never cut");
    }

    [Fact]
    public void Open_ConcerningAFewPeople_NamesThemAll() =>
        FlagRow.Open("7", "Sole focus", "c1", ["p1", "p2"], DateTimeOffset.UnixEpoch, "message").ToFields().Get(FlagsList.People).ShouldBe("p1; p2");

    [Fact]
    public void Fingerprint_OfAFlagReadBackFromItsItem_IsTheFingerprintItWasWrittenWith()
    {
        var flag = FlagRow.Open("7", "Sole focus", "c1", ["p1", "p2"], new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), "Share the work.");

        var read = FlagRow.Read(SiteFields.Empty.With(flag.ToFields()));

        read.ShouldBe(flag);
        read!.Fingerprint.ShouldBe(flag.Fingerprint);
        (flag with { Message = "Other words." }).Fingerprint.ShouldNotBe(flag.Fingerprint);
    }

    [Fact]
    public void Read_FlagOfAKindNoLongerOffered_IsStillKnownSoItCanBeResolved()
    {
        var fields = new SiteFields(new Dictionary<string, object?> { [CourseColumn.Any.FieldName] = "7", ["FlagKind"] = "A kind since renamed", ["Subject"] = "c1", ["Status"] = "Open" });

        FlagRow.Read(fields).ShouldNotBeNull().Kind.ShouldBe("A kind since renamed");
    }
}
