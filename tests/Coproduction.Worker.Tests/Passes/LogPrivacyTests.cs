using Coproduction.Worker.Faults;

namespace Coproduction.Worker.Passes;

/// <summary>Lived experience is health information: no log line may carry a name, a topic, a note or a message's text.</summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Passes_WithEveryLogLevelOn_NeverLogPeoplesNamesTopicsNotesOrTexts()
    {
        string[] samples = ["healthy-new-course.json", "drifting-course.json", "course-under-review.json"];
        await using var site = await FaultedSite.StartAsync(CancellationToken.None, samples);
        var runner = site.Worker();

        await runner.RunOnceAsync(CancellationToken.None);
        await runner.RunOnceAsync(CancellationToken.None);

        site.Log.Lines.ShouldNotBeEmpty();
        PrivateText.Of([.. samples.Select(s => FaultedSite.Sample(s))]).Count.ShouldBeGreaterThan(20, "there is private text to look for");
        PrivateText.FoundIn(site.Log.Lines, [.. samples.Select(s => FaultedSite.Sample(s))]).ShouldBeEmpty();
    }
}
