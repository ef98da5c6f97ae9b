using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;
using Coproduction.Text;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>An item of the stage history list: a move of a course from one stage to another.</summary>
internal sealed record StageRow(string? Course, DateTimeOffset? At, Stage? From, Stage? To, string? By)
{
    public static StageRow Read(SiteFields f) => new(StagesList.Course.Read(f), StagesList.At.Read(f), StagesList.From.Read(f), StagesList.To.Read(f), StagesList.By.Read(f));

    public FieldSet ToFields() => new FieldSet()
        .Set(SharePointColumns.Title, From is { } from && To is { } to ? $"{SnapshotWords.Label(from)} to {SnapshotWords.Label(to)}" : null)
        .Set(StagesList.Course, Course)
        .Set(StagesList.At, At)
        .Set(StagesList.From, From)
        .Set(StagesList.To, To)
        .Set(StagesList.By, By);
}
