namespace Coproduction.Text;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData("2026-03-02T10:00:00Z", "2026-03-02T10:00:00Z")]
    [InlineData("2026-03-02T10:00:00.5Z", "2026-03-02T10:00:00.5Z")]
    [InlineData("2026-03-02T10:00:00.1234567Z", "2026-03-02T10:00:00.1234567Z")]
    [InlineData("2026-03-02T11:00:00+01:00", "2026-03-02T11:00:00+01:00")]
    [InlineData("2026-03-02T05:30:00-04:30", "2026-03-02T05:30:00-04:30")]
    public void TryParse_TimeWithAnOffset_ReadsAndWritesBackTheSame(string text, string written)
    {
        IsoTime.TryParse(text, out var value).ShouldBeTrue();
        IsoTime.Format(value).ShouldBe(written);
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00")] // no offset: ambiguous
    [InlineData("2026-03-02T10:00:00.Z")] // a dot with no digits
    [InlineData("2026-03-02 10:00:00Z")] // no T
    [InlineData("2026-03-02T10:00Z")] // no seconds
    [InlineData("2026-3-2T10:00:00Z")]
    [InlineData("2026-02-30T10:00:00Z")] // no such day
    [InlineData("2026-03-02T24:00:00Z")]
    [InlineData("2026-03-02T10:00:00+1:00")]
    [InlineData("2026-03-02T10:00:00.12345678Z")] // finer than .NET keeps
    [InlineData("yesterday")]
    [InlineData("")]
    public void TryParse_AnythingElse_IsRefused(string text)
    {
        IsoTime.TryParse(text, out _).ShouldBeFalse();
    }

    [Fact]
    public void FormatUtc_TimeWithAnOffset_IsWrittenAsTheSameMomentInUtc()
    {
        IsoTime.FormatUtc(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.FromHours(1))).ShouldBe("2026-03-02T10:00:00Z");
    }
}
