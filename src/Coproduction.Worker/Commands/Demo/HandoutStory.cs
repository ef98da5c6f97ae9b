using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Worker.Hosting;

namespace Coproduction.Worker.Commands.Demo;

/// <summary>
/// The demo's last act: a handout Aisha writes in Word on her own, and a colleague's comment in the
/// document, signed in, which counts as feedback with nothing logged. Each person acts with their own
/// sign-in, as in Office; the coordinator has typed their accounts in the team list.
/// </summary>
internal sealed class HandoutStory(string graphUrl, string site, DemoClock clock)
{
    private const string Course = "understanding-anxiety-2026";
    private const string FileName = "Grounding exercises.docx";
    private const string Aisha = "aisha@example.org";
    private const string Kofi = "kofi@example.org";

    /// <summary>The coordinator types Aisha's and Kofi's accounts; Aisha writes the handout and saves it three times, a quarter of an hour apart.</summary>
    public async Task WriteAloneAsync(CancellationToken cancellationToken)
    {
        using var coordinator = As("coordinator@example.org");
        var (siteId, lists) = await coordinator.FindListsAsync(site, cancellationToken);
        var course = (await coordinator.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Fields.Find(CoursesList.CourseId) == Course).Id;
        var team = (await coordinator.ReadItemsAsync(siteId, lists[SiteSchema.Team], cancellationToken)).Where(p => p.Fields.Find(TeamList.Course) == course).ToList();
        await coordinator.WriteAsync(siteId, [.. new[] { ("Aisha", Aisha), ("Kofi", Kofi) }.Select(m =>
            new ItemUpdate(lists[SiteSchema.Team], team.Single(p => p.Fields.Find(SharePointColumns.Title) == m.Item1).Id, new FieldSet().Set(TeamList.Account, m.Item2)))], cancellationToken);

        using var aisha = As(Aisha);
        var drive = await aisha.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials], cancellationToken);
        for (var draft = 1; draft <= 3; draft++)
        {
            clock.Advance(TimeSpan.FromMinutes(15));
            var file = await aisha.UploadFileAsync(drive, FileName, Draft(draft).ToBytes(), cancellationToken);
            if (draft == 1)
            {
                await aisha.WriteAsync(siteId, [new ItemUpdate(lists[SiteSchema.Materials], file, new FieldSet().Set(CourseColumn.Any, course), drive)], cancellationToken);
            }
        }
    }

    /// <summary>Kofi comments in the document, signed in; Aisha replies, and saves it again a little later.</summary>
    public async Task CommentAsync(CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow().AddMinutes(10);
        clock.Advance(TimeSpan.FromMinutes(45));
        using var aisha = As(Aisha);
        var (siteId, lists) = await aisha.FindListsAsync(site, cancellationToken);
        var drive = await aisha.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials], cancellationToken);
        var word = Draft(4);
        var kofis = word.Comment("Kofi Mensah", at, text: "Could the first exercise come with a recording, for people who find reading hard when anxious?");
        word.Comment("Aisha Rahman", at.AddMinutes(20), replyTo: kofis, text: "Yes, I will record it this week.");
        await aisha.UploadFileAsync(drive, FileName, word.ToBytes(), cancellationToken);
    }

    /// <summary>The handout at a draft, longer each time; its people as Word for the web names them.</summary>
    private static WordWithComments Draft(int draft) =>
        new WordWithComments { Body = string.Join(' ', Enumerable.Range(0, 60 * draft).Select(i => $"grounding{i * 7919 % 1000}")) }
            .Person("Kofi Mensah", Kofi, "1c4f7a2e-9b3d-4e6f-8a1b-2d3c4e5f6a7b")
            .Person("Aisha Rahman", Aisha, "7d2e9f1a-3b4c-4d5e-9f6a-1b2c3d4e5f6a");

    private CoproductionGraphClient As(string person) => new(new CoproductionGraphOptions { GraphUrl = graphUrl, EmulatorToken = $"user:{person}" });
}
