namespace Coproduction.Graph.Schema;

/// <summary>
/// Where a site keeps its course materials: Coproduction's own "Course materials" library, or a
/// document library the site already has (<c>Coproduction:Graph:MaterialsLibraries</c>), to which the
/// materials' columns are added. Either way the schema's key is <see cref="SiteSchema.Materials"/>.
/// </summary>
internal static class MaterialsLocation
{
    /// <summary>SharePoint's template of a document library (<c>list.template</c>).</summary>
    public const string LibraryTemplate = "documentLibrary";

    /// <summary>The display name a list of the schema goes by on a site: the configured library for the materials, else the schema's own.</summary>
    /// <param name="schema">The list.</param>
    /// <param name="materialsLibrary">The library configured for the site's materials, or null for Coproduction's own.</param>
    public static string NameOf(ListSchema schema, string? materialsLibrary) =>
        schema.Key == SiteSchema.Materials && materialsLibrary is not null ? materialsLibrary : schema.DisplayName;

    /// <summary>Why a site's list cannot hold its materials, in words for the person who configured it; null when it can.</summary>
    /// <param name="materialsLibrary">The configured library's name.</param>
    /// <param name="found">Whether the site has a list or library of that name.</param>
    /// <param name="template">Its <c>list.template</c>, when found.</param>
    public static string? Refusal(string materialsLibrary, bool found, string? template) =>
        !found ? $"it has no list or library named \"{materialsLibrary}\", which {Setting} names for its course materials: name a document library the site has (such as Documents), or take the site out of the setting to have \"Course materials\" made"
        : template != LibraryTemplate ? $"\"{materialsLibrary}\", which {Setting} names for its course materials, is a list, not a document library: name a document library (such as Documents)"
        : null;

    /// <summary>The setting that names a site's materials library.</summary>
    public const string Setting = "Coproduction:Graph:MaterialsLibraries";
}
