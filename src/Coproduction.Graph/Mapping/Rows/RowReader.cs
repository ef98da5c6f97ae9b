using Coproduction.Graph.Schema;

namespace Coproduction.Graph.Mapping.Rows;

/// <summary>
/// Reads a course's items of a list as typed rows, and maps rows into the model: an item that cannot
/// be read, or mapped, is a data problem of that item (its list, id and column), left out, and never
/// stops the course. Problems never quote a value: it may be something a person typed.
/// </summary>
internal sealed class RowReader(ISiteContent content, string courseItemId, List<DataProblem> problems)
{
    public async Task<List<(string ItemId, TRow Row)>> ReadAsync<TRow>(string list, Func<SiteFields, TRow> read, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = new List<(string, TRow)>();
        foreach (var item in await content.CourseItemsAsync(list, courseItemId, cancellationToken))
        {
            if (Map(list, item.Id, () => read(item.Fields)) is { } row)
            {
                rows.Add((item.Id, row));
            }
        }

        return rows;
    }

    /// <summary>What <paramref name="map"/> makes of an item, or null when it meets a problem with it, which is recorded.</summary>
    public T? Map<T>(string list, string itemId, Func<T> map)
        where T : class
    {
        try
        {
            return map();
        }
        catch (DataProblemException ex)
        {
            problems.Add(new DataProblem(SiteSchema.List(list).DisplayName, itemId, ex.Column, ex.Problem));
            return null;
        }
    }
}
