namespace Coproduction.Graph.Connection;

/// <summary>
/// A site whose course materials live in a document library it already has (its default "Documents",
/// say) rather than in the "Course materials" library Coproduction provisions: an item of
/// <see cref="CoproductionGraphOptions.MaterialsLibraries"/>. Provisioning then adds the materials'
/// columns (Course, Material id) to that library and creates no library of its own.
/// </summary>
public sealed class MaterialsLibraryOption
{
    /// <summary>The site, such as <c>https://contoso.sharepoint.com/sites/recovery</c>.</summary>
    public string Site { get; set; } = string.Empty;

    /// <summary>
    /// The library's display name, as SharePoint shows it (such as <c>Documents</c>, the default
    /// library of a team site, whose URL name is <c>Shared Documents</c>).
    /// </summary>
    public string Library { get; set; } = string.Empty;
}
