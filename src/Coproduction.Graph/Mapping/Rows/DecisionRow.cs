using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the decisions register (the title is the decision's summary).</summary>
internal sealed record DecisionRow(
    string? DecisionId, string? Summary, string? Course, DateTimeOffset? At, string? By, IReadOnlyList<string> Involved, Exemption? Exemption, string? Justification)
{
    public static DecisionRow Read(SiteFields f) => new(
        DecisionsList.DecisionId.Read(f), SharePointColumns.Title.Read(f), DecisionsList.Course.Read(f), DecisionsList.At.Read(f), DecisionsList.By.Read(f),
        DecisionsList.Involved.Read(f), DecisionsList.Exemption.Read(f), DecisionsList.Justification.Read(f));

    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, Summary)
        .Set(DecisionsList.DecisionId, DecisionId)
        .Set(DecisionsList.Course, Course)
        .Set(DecisionsList.At, At)
        .Set(DecisionsList.By, By)
        .Set(DecisionsList.Involved, Involved)
        .Set(DecisionsList.Exemption, Exemption)
        .Set(DecisionsList.Justification, Justification);
}
