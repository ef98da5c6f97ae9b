namespace Coproduction.Worker.Hosting;

public sealed class WorkerOptionsTests
{
    private static WorkerOptions Good() => new() { Sites = ["https://contoso.sharepoint.com/sites/recovery"], StatePath = "state.db" };

    [Fact]
    public void Problems_Defaults_AreNone() => Good().Problems().ShouldBeEmpty();

    [Theory]
    [InlineData(0, "00:00:30", "HostFaultAttempts")]
    [InlineData(101, "00:00:30", "HostFaultAttempts")]
    [InlineData(5, "00:00:00.5", "HostFaultBackoff")]
    [InlineData(5, "00:16:00", "HostFaultBackoff")]
    public void Problems_HostFaultSettingsOutOfRange_NameTheSetting(int attempts, string backoff, string named)
    {
        var options = Good();
        options.HostFaultAttempts = attempts;
        options.HostFaultBackoff = TimeSpan.Parse(backoff, System.Globalization.CultureInfo.InvariantCulture);

        options.Problems().ShouldHaveSingleItem().ShouldStartWith(named);
    }

    [Fact]
    public void HostFaultWait_FaultsInARow_DoublesUpToFifteenMinutes()
    {
        var options = Good();

        Enumerable.Range(1, 7).Select(options.HostFaultWait).ShouldBe(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)]);
        options.HostFaultWait(100).ShouldBe(WorkerOptions.LongestHostFaultWait);
    }
}
