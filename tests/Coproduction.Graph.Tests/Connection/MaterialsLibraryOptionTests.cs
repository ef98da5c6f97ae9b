using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coproduction.Graph.Connection;

/// <summary><c>Coproduction:Graph:MaterialsLibraries</c>: which library holds a site's materials, validated on start like every other option.</summary>
public sealed class MaterialsLibraryOptionTests
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";

    private static CoproductionGraphOptions With(params (string Site, string Library)[] libraries)
    {
        var options = new CoproductionGraphOptions { GraphUrl = "http://127.0.0.1:5080/v1.0" };
        foreach (var (site, library) in libraries)
        {
            options.MaterialsLibraries.Add(new MaterialsLibraryOption { Site = site, Library = library });
        }

        return options;
    }

    [Theory]
    [InlineData("contoso.sharepoint.com/sites/recovery", "Documents", "MaterialsLibraries:0:Site 'contoso.sharepoint.com/sites/recovery' is not a site URL such as https://contoso.sharepoint.com/sites/recovery.")]
    [InlineData("https://contoso.sharepoint.com/", "Documents", "MaterialsLibraries:0:Site 'https://contoso.sharepoint.com/' is not a site URL")]
    [InlineData(Site, "", "MaterialsLibraries:0:Library is empty: name the document library that holds the site's course materials as SharePoint shows it (such as Documents).")]
    [InlineData(Site, "  ", "MaterialsLibraries:0:Library is empty")]
    [InlineData(Site, "Coproduction evidence", "MaterialsLibraries:0:Library 'Coproduction evidence' is one of Coproduction's own lists")]
    public void Problems_AMistakeInAnEntry_IsNamedByItsKey(string site, string library, string problem)
    {
        With((site, library)).Problems().ShouldHaveSingleItem().ShouldStartWith(problem);
    }

    [Fact]
    public void Problems_ASiteNamedTwice_IsNamedAtItsSecondEntry()
    {
        With((Site, "Documents"), (Site + "/", "Handouts")).Problems()
            .ShouldHaveSingleItem().ShouldBe($"MaterialsLibraries:1:Site '{Site}/' is named already, at MaterialsLibraries:0: a site keeps its materials in one library.");
    }

    [Fact]
    public void Problems_GoodEntries_AreNone()
    {
        With((Site, "Documents"), ("https://contoso.sharepoint.com/sites/wellbeing", "Course handouts")).Problems().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Site, "Documents")]
    [InlineData("https://CONTOSO.sharepoint.com/sites/Recovery/", "Documents")]
    [InlineData("https://contoso.sharepoint.com/sites/wellbeing", null)]
    public void MaterialsLibraryFor_ASite_IsItsEntrysLibraryHoweverItsUrlIsWritten(string site, string? library)
    {
        With((Site, " Documents ")).MaterialsLibraryFor(site).ShouldBe(library);
    }

    [Fact]
    public void MaterialsLibraryFor_ASiteNamedWithCourseMaterials_IsCoproductionsOwnLibrary()
    {
        With((Site, "course materials")).MaterialsLibraryFor(Site).ShouldBeNull("the library provisioning makes, as with no entry");
    }

    [Fact]
    public void AddCoproductionGraph_MaterialsLibrariesAsConfigured_AreBoundAsAList()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:GraphUrl"] = "http://127.0.0.1:5080/v1.0",
            ["Coproduction:Graph:MaterialsLibraries:0:Site"] = Site,
            ["Coproduction:Graph:MaterialsLibraries:0:Library"] = "Documents",
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value.MaterialsLibraryFor(Site).ShouldBe("Documents");
    }

    [Fact]
    public void AddCoproductionGraph_AMaterialsLibraryWithoutAName_FailsOnStartNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:GraphUrl"] = "http://127.0.0.1:5080/v1.0",
            ["Coproduction:Graph:MaterialsLibraries:0:Site"] = Site,
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value);

        error.Message.ShouldContain("Coproduction:Graph: MaterialsLibraries:0:Library is empty");
    }
}
