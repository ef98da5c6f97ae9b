using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Coproduction.Emulator;
using Coproduction.Graph.Schema;
using Coproduction.Worker.Faults;
using Microsoft.Extensions.Time.Testing;

namespace Coproduction.Worker.State.Fixtures;

/// <summary>
/// State files as a released worker left them (<c>layout-N.db</c> beside this file), and the site they
/// were made on, which a test makes again the same way so that the file's delta links fit it: the
/// emulator's ids and change numbers follow from the requests alone. Changing <see cref="SiteAsync"/>
/// makes the files no longer fit; each file is made by <see cref="StateFixtureGenerator"/> at the
/// release that reads its layout (see README.md beside it).
/// </summary>
internal static class StateFixtures
{
    /// <summary>When the site was made and the worker passed over it.</summary>
    public static readonly DateTimeOffset MadeAt = new(2026, 3, 28, 9, 0, 0, TimeSpan.Zero);

    public const string Aisha = "aisha@trust.example|aisha.khan@nhs.example";

    public const string Coordinator = "coordinator@trust.example";

    /// <summary>The samples as the released fixtures were made over them (version 1.0's: no answers, no sessions), so that each fixture's copy of the site is the site.</summary>
    public static readonly string[] Samples = ["samples-1.0/healthy-new-course.json", "samples-1.0/course-under-review.json", "samples-1.0/drifting-course.json"];

    /// <summary>The fixture of a layout, as copied beside the tests.</summary>
    public static string PathOf(int layout) => Path.Combine(AppContext.BaseDirectory, "State", "Fixtures", $"layout-{layout}.db");

    /// <summary>
    /// The site: provisioned, the three samples imported, then staff's own edits before the worker's
    /// first pass: the coordinator records Aisha's account (her sign-in name) in the drifting course's
    /// team, and Aisha saves a material from Office.
    /// </summary>
    public static async Task<FaultedSite> SiteAsync(FakeTimeProvider clock, CancellationToken cancellationToken)
    {
        var site = await FaultedSite.StartAsync(TenantVariant.Generous, clock, cancellationToken, Samples);
        var (siteId, lists) = await site.Graph.FindListsAsync(FaultedSite.Site, cancellationToken);
        var course = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Courses], cancellationToken)).Single(c => c.Fields["CourseId"] as string == "understanding-anxiety-2026").Id;
        var aishasRow = (await site.Graph.ReadItemsAsync(siteId, lists[SiteSchema.Team], cancellationToken))
            .Single(i => i.Fields.GetValueOrDefault("PersonId") as string == "p2" && i.Fields.Find(Coproduction.Graph.Schema.Lists.TeamList.Course) == course).Id;
        using (var coordinator = site.As(Coordinator))
        {
            (await coordinator.PatchAsJsonAsync($"sites/{siteId}/lists/{lists[SiteSchema.Team]}/items/{aishasRow}/fields", new JsonObject { ["Account"] = "aisha@trust.example" }, cancellationToken)).EnsureSuccessStatusCode();
        }

        clock.Advance(TimeSpan.FromMinutes(20));
        var drive = await site.Graph.FindLibraryDriveAsync(siteId, lists[SiteSchema.Materials], cancellationToken);
        using (var aisha = site.As(Aisha))
        {
            (await aisha.PutAsync($"drives/{drive}/root:/understanding-anxiety-2026-m1.md:/content", new StringContent("# Session 1, with Aisha's changes"), cancellationToken)).EnsureSuccessStatusCode();
        }

        return site;
    }

    /// <summary>Where the fixtures are kept in the source tree.</summary>
    public static string SourceFolder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
