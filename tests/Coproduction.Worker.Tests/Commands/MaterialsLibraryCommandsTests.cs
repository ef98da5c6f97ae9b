using System.Text;
using Coproduction.Emulator;
using Coproduction.Graph;
using Coproduction.Graph.Connection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coproduction.Worker.Commands;

/// <summary>
/// <c>Coproduction:Graph:MaterialsLibraries</c> as an operator sets it (the environment of a real process,
/// appsettings.json): provision adds the materials' columns to the library named, refuses one the site
/// has not, and every command refuses an entry that is wrong, naming its key.
/// </summary>
public sealed class MaterialsLibraryCommandsTests : IAsyncLifetime
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";

    private GraphEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await RecoveryEmulator.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static Dictionary<string, string> InLibrary(string? library) => new()
    {
        ["Coproduction__Graph__MaterialsLibraries__0__Site"] = Site,
        ["Coproduction__Graph__MaterialsLibraries__0__Library"] = library ?? string.Empty,
    };

    [Fact]
    public async Task Provision_MaterialsInDocuments_AddsTheColumnsThereAndCreatesNoCourseMaterials()
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync(["provision", "--site", Site, "--graph-url", _emulator.GraphUrl], InLibrary("Documents"));

        exitCode.ShouldBe(0, error);
        output.ShouldContain("created 12 lists and libraries, added 4 columns");
        output.ShouldContain("  added column Documents/Course");
        output.ShouldContain("  added column Documents/MaterialId");
        output.ShouldNotContain("Course materials");
    }

    [Fact]
    public async Task Provision_ConfiguredLibraryTheSiteHasNot_ExitsTwoSayingSoAndCreatesNothing()
    {
        var (exitCode, output, error) = await ProgramProcess.RunAsync(["provision", "--site", Site, "--graph-url", _emulator.GraphUrl], InLibrary("Course handouts"));

        exitCode.ShouldBe(2, output + error);
        error.ShouldContain("it has no list or library named \"Course handouts\", which Coproduction:Graph:MaterialsLibraries names for its course materials");
        _emulator.Requests.Of("createList").ShouldBe(0);
        _emulator.Requests.Of("addColumn").ShouldBe(0);
    }

    [Theory]
    [InlineData("provision")]
    [InlineData("status")]
    public async Task Command_MaterialsLibraryWithoutAName_ExitsTwoNamingTheKeyAndAsksNothing(string command)
    {
        var (exitCode, _, error) = await ProgramProcess.RunAsync([command, "--site", Site, "--graph-url", _emulator.GraphUrl], InLibrary(null));

        exitCode.ShouldBe(2, error);
        error.ShouldContain("Coproduction:Graph: MaterialsLibraries:0:Library is empty");
        _emulator.Requests.Total.ShouldBe(0);
    }

    [Fact]
    public void Configuration_AsTheOperationsGuideWritesIt_NamesEachSitesLibrary()
    {
        // docs/operations.md, "Materials in a library the site has".
        const string Json = """
            {
              "Coproduction": {
                "Graph": {
                  "GraphUrl": "http://127.0.0.1:5080/v1.0",
                  "MaterialsLibraries": [
                    { "Site": "https://contoso.sharepoint.com/sites/recovery", "Library": "Documents" },
                    { "Site": "https://contoso.sharepoint.com/sites/wellbeing", "Library": "Course handouts" }
                  ]
                }
              }
            }
            """;
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(Json))).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value;

        options.MaterialsLibraryFor(Site).ShouldBe("Documents");
        options.MaterialsLibraryFor("https://contoso.sharepoint.com/sites/wellbeing").ShouldBe("Course handouts");
        options.MaterialsLibraryFor("https://contoso.sharepoint.com/sites/other").ShouldBeNull();
    }
}
