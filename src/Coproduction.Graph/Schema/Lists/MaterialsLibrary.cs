namespace Coproduction.Graph.Schema.Lists;

/// <summary>The course materials library: each saved version of a document counts as work on the material.</summary>
public static class MaterialsLibrary
{
    /// <summary>The library's key.</summary>
    public const string Key = "materials";

    /// <summary>The course the document is a material of.</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create();

    /// <summary>The material's identifier, such as <c>m1</c>.</summary>
    public static SiteColumn<string?> MaterialId { get; } = Columns.Text("MaterialId", "Material id", "The material's identifier, such as m1.");

    /// <summary>The library's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Course materials", "The course materials: each saved version counts as work on the material.", true, [Course.Schema, MaterialId.Schema]);
}
