using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Nudges;

public sealed class NudgeOptionsTests
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";
    private const string Webhook = "https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=SECRET-SIGNATURE";

    private static NudgeOptions Good() => new() { Sites = [new NudgeSite { Site = Site + "/", Webhook = Webhook }] };

    [Fact]
    public void Problems_GoodOptionsAndNone_AreNone()
    {
        Good().Problems([Site]).ShouldBeEmpty("a site matches with or without its final slash, in any case");
        new NudgeOptions().Problems([Site]).ShouldBeEmpty("no site opted in: no nudges");
    }

    [Fact]
    public void Problems_SiteNotWatched_NamesTheSetting()
    {
        Good().Problems(["https://contoso.sharepoint.com/sites/other"]).ShouldHaveSingleItem().ShouldStartWith("Sites:0:Site: 'https://contoso.sharepoint.com/sites/recovery/' is not one of the sites the worker watches");
    }

    [Fact]
    public void Problems_SiteTwice_NamesTheSecond()
    {
        var options = Good();
        options.Sites.Add(new NudgeSite { Site = Site.ToUpperInvariant(), Webhook = Webhook });

        options.Problems([Site]).ShouldHaveSingleItem().ShouldStartWith("Sites:1:Site:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not an address sig=SECRET-SIGNATURE")]
    [InlineData("http://example.org/workflows/abc?sig=SECRET-SIGNATURE")]
    public void Problems_WebhookNotAnHttpsAddress_NamesTheSettingWithoutQuotingIt(string webhook)
    {
        var options = Good();
        options.Sites[0].Webhook = webhook;

        var problem = options.Problems([Site]).ShouldHaveSingleItem();

        problem.ShouldStartWith("Sites:0:Webhook: give the https address");
        problem.ShouldNotContain("SECRET-SIGNATURE", Case.Sensitive);
        problem.ShouldContain("Coproduction__Worker__Nudges__Sites__0__Webhook");
    }

    [Theory]
    [InlineData("00:00:30", "7.00:00:00", "DigestEvery")]
    [InlineData("8.00:00:00", "7.00:00:00", "DigestEvery")]
    [InlineData("1.00:00:00", "00:00:10", "NeedsAttentionAfter")]
    public void Problems_TimesOutOfRange_NameTheSetting(string digestEvery, string needsAttentionAfter, string named)
    {
        var options = Good();
        options.DigestEvery = TimeSpan.Parse(digestEvery, System.Globalization.CultureInfo.InvariantCulture);
        options.NeedsAttentionAfter = TimeSpan.Parse(needsAttentionAfter, System.Globalization.CultureInfo.InvariantCulture);

        options.Problems([Site]).ShouldHaveSingleItem().ShouldStartWith(named);
    }

    [Fact]
    public void RetryWait_FailuresInARow_DoublesUpToAnHour()
    {
        Enumerable.Range(1, 8).Select(new NudgeOptions().RetryWait).ShouldBe(
            [.. new[] { 1, 2, 4, 8, 16, 32, 60, 60 }.Select(m => TimeSpan.FromMinutes(m))]);
    }

    [Fact]
    public void ToString_OfASite_IsNotItsWebhook() => Good().Sites[0].ToString().ShouldNotContain("SECRET-SIGNATURE", Case.Sensitive);

    [Fact]
    public async Task Run_BadNudgeOptions_ExitsTwoNamingEachAndNeverTheWebhook()
    {
        await using var emulator = await RecoveryEmulator.StartAsync();
        using var folder = new TemporaryFolder();

        var (exitCode, output, error) = await ProgramProcess.RunAsync(
            ["run", "--once", "--site", Site, "--graph-url", emulator.GraphUrl, "--state", folder.File("state.db")],
            new Dictionary<string, string>
            {
                ["Coproduction__Worker__Nudges__Sites__0__Site"] = "https://contoso.sharepoint.com/sites/elsewhere",
                ["Coproduction__Worker__Nudges__Sites__0__Webhook"] = "http://example.org/workflows/abc?sig=SECRET-SIGNATURE",
                ["Coproduction__Worker__Nudges__DigestEvery"] = "00:00:01",
            });

        exitCode.ShouldBe(2, output + error);
        error.ShouldContain("Coproduction:Worker:Nudges: Sites:0:Site: 'https://contoso.sharepoint.com/sites/elsewhere' is not one of the sites the worker watches");
        error.ShouldContain("Coproduction:Worker:Nudges: Sites:0:Webhook:");
        error.ShouldContain("Coproduction:Worker:Nudges: DigestEvery:");
        (output + error).ShouldNotContain("SECRET-SIGNATURE", Case.Sensitive);
    }
}
