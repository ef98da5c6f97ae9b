using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>A document of the course materials library: its title (else its file name), course and material id.</summary>
internal sealed record MaterialRow(string? Title, string? FileName, string? Course, string? MaterialId)
{
    public static MaterialRow Read(SiteFields f) => new(SharePointColumns.Title.Read(f), SharePointColumns.FileName.Read(f), MaterialsLibrary.Course.Read(f), MaterialsLibrary.MaterialId.Read(f));

    /// <summary>The fields an import writes (the file name is the upload's).</summary>
    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Title)
        .Set(MaterialsLibrary.Course, Course)
        .Set(MaterialsLibrary.MaterialId, MaterialId);
}
