using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the material history list: a version of a material saved before the site was connected (titled by the material).</summary>
internal sealed record HistoryRow(string? Title, string? Course, string? MaterialId, DateTimeOffset? At, string? By)
{
    public static HistoryRow Read(SiteFields f) => new(SharePointColumns.Title.Read(f), HistoryList.Course.Read(f), HistoryList.MaterialId.Read(f), HistoryList.At.Read(f), HistoryList.By.Read(f));

    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Title)
        .Set(HistoryList.Course, Course)
        .Set(HistoryList.MaterialId, MaterialId)
        .Set(HistoryList.At, At)
        .Set(HistoryList.By, By);
}
