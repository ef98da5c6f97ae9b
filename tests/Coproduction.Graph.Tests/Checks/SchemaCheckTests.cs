using Coproduction.Graph.Checks;
using Coproduction.Graph.Connection;

namespace Coproduction.Graph.Checks;

/// <summary><c>coproduction check</c>'s schema, for a site whose course materials live in a library it has.</summary>
public sealed class SchemaCheckTests : EmulatedSite
{
    private CoproductionGraphClient InLibrary(string library) => new(new CoproductionGraphOptions
    {
        GraphUrl = Emulator.GraphUrl,
        MaterialsLibraries = { new MaterialsLibraryOption { Site = SiteUrl, Library = library } },
    });

    [Fact]
    public async Task CheckSite_MaterialsInDocumentsProvisioned_HoldsTheSchemaThere()
    {
        using var graph = InLibrary("Documents");
        await graph.Provisioner.ProvisionAsync(SiteUrl);

        var report = await graph.CheckSiteAsync(SiteUrl);

        report.Findings.Single(f => f.Check == "schema").Outcome.ShouldBe(CheckOutcome.Holds);
    }

    [Fact]
    public async Task CheckSite_MaterialsInDocumentsWithoutTheirColumns_SaysWhichColumnsOfDocumentsAreMissing()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        using var graph = InLibrary("Documents");

        var report = await graph.CheckSiteAsync(SiteUrl);

        // The log's On material looks up the library the site was provisioned with: a difference said too.
        report.Findings.Where(f => f.Check == "schema").ShouldAllBe(f => f.Outcome == CheckOutcome.Fails);
        var schema = report.Findings.Single(f => f.Check == "schema" && f.Says.StartsWith("The site lacks", StringComparison.Ordinal));
        schema.Says.ShouldContain("the column Course of \"Documents\", the column MaterialId of \"Documents\"");
        report.WorkerCanWork.ShouldBeFalse();
    }

    [Fact]
    public async Task CheckSite_ConfiguredLibraryNotThere_FailsNamingIt()
    {
        await Graph.Provisioner.ProvisionAsync(SiteUrl);
        using var graph = InLibrary("Course handouts");

        var report = await graph.CheckSiteAsync(SiteUrl);

        report.Findings.ShouldContain(f => f.Check == "schema" && f.Outcome == CheckOutcome.Fails
            && f.Says.StartsWith("The site's course materials cannot be read: it has no list or library named \"Course handouts\"", StringComparison.Ordinal));
    }
}
