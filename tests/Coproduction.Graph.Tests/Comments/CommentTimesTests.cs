namespace Coproduction.Graph.Comments;

public sealed class CommentTimesTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Theory]
    [InlineData("2026-06-01T10:00:00Z", "2026-06-01T09:00:00Z")]
    [InlineData("2026-06-01T10:00:00", "2026-06-01T09:00:00Z")]
    [InlineData("2026-01-15T10:00:00Z", "2026-01-15T10:00:00Z")]
    [InlineData("2026-06-01T10:00:00.000000000", "2026-06-01T09:00:00Z")]
    [InlineData("2026-06-01T10:00:00+02:00", "2026-06-01T08:00:00Z")]
    // 01:30 on 29 March 2026 does not exist in London (clocks go 01:00 to 02:00): taken at GMT.
    [InlineData("2026-03-29T01:30:00Z", "2026-03-29T01:30:00Z")]
    public void Local_WordDate_IsConvertedFromTheLocalTimeZone(string text, string utc)
    {
        CommentTimes.Local(text, London).ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-06-01T09:00:00.123", "2026-06-01T09:00:00.123Z")]
    [InlineData("2026-06-01T09:00:00Z", "2026-06-01T09:00:00Z")]
    [InlineData("2026-06-01T10:00:00+01:00", "2026-06-01T09:00:00Z")]
    public void Utc_OfficeUtcTime_IsReadAsUtc(string text, string utc)
    {
        CommentTimes.Utc(text).ShouldBe(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0-00-00T00:00:00Z")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("yesterday")]
    public void Local_Unreadable_IsNull(string? text)
    {
        CommentTimes.Local(text, London).ShouldBeNull();
        CommentTimes.Utc(text).ShouldBeNull();
    }
}
