using Coproduction.Api;

namespace Coproduction.Graph.Api;

/// <summary>
/// Our public API speaks in our own types: Microsoft Graph's models, Kiota and Stateless are
/// implementation details that may change under a package that depends on them.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string[] Hidden = ["Stateless", "Microsoft.Graph.", "Microsoft.Kiota."];

    [Fact]
    public void PublicApi_NoMemberOfGraph_ExposesAGraphKiotaOrStatelessType()
    {
        PublicSurface.Leaks(typeof(CoproductionGraphClient).Assembly, Hidden).ShouldBeEmpty();
    }

    [Fact]
    public void PublicApi_NoMemberOfCore_ExposesAGraphKiotaOrStatelessType()
    {
        PublicSurface.Leaks(typeof(Coproduction.Assessment.CourseAssessor).Assembly, Hidden).ShouldBeEmpty();
    }

    [Fact]
    public void PublicApi_ImplementationTypes_AreInternal()
    {
        var names = typeof(CoproductionGraphClient).Assembly.GetExportedTypes().Select(t => t.FullName).ToList();

        names.ShouldContain("Coproduction.Graph.CoproductionGraphClient");
        names.ShouldContain("Coproduction.Graph.GraphServiceCollectionExtensions");
        names.ShouldNotContain("Coproduction.Graph.Connection.GraphConnection");
        names.ShouldNotContain("Coproduction.Graph.Connection.SiteAddress");
        names.ShouldNotContain("Coproduction.Graph.Mapping.SiteLists");
    }
}
