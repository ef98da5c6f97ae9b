using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the topics list: a narrower topic (the title) and its broader topic.</summary>
internal sealed record TopicRow(string? Narrower, string? Broader)
{
    public static TopicRow Read(SiteFields f) => new(SharePointColumns.Title.Read(f), TopicsList.Broader.Read(f));

    public FieldSet ToFields() => new FieldSet().Set(SharePointColumns.Title, Narrower).Set(TopicsList.Broader, Broader);
}
