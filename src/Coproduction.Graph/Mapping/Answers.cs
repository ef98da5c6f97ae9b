using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// The team's answer on a log item ("you said, we did"), as the snapshot reader reads a <c>response</c>:
/// only on feedback, an objection or a focus group, with what was done, when and by whom, and not dated
/// before what it answers. An answer that breaks one of these is an entry to fix of its column, and is
/// left out while the activity is read: the input then waits for an answer, as it honestly does.
/// </summary>
internal static class Answers
{
    private const string Complete = "An answer needs what the team did, when and by whom: fill in the answer's other columns, or clear them all";

    public static InputResponse? Of(string itemId, LogRow row, ActivityKind kind, DateTimeOffset at, TimeZoneInfo zone, Func<string?, SiteColumn, string> person, List<DataProblem> problems)
    {
        if (!row.HasAnswer)
        {
            return null;
        }

        var list = SiteSchema.List(SiteSchema.Log).DisplayName;
        if (kind is not (ActivityKind.Feedback or ActivityKind.Objection or ActivityKind.FocusGroup))
        {
            problems.Add(new DataProblem(list, itemId, FirstFilled(row).Name, "is part of an answer, which only feedback, an objection or a focus group has")
            {
                Fix = "Clear the answer's columns (What we did, Why, Answered on, Answered by), or correct the Kind",
            });
            return null;
        }

        var missing = new (SiteColumn Column, bool Empty)[] { (LogList.Outcome, row.Outcome is null), (LogList.AnsweredAt, row.AnsweredAt is null), (LogList.AnsweredBy, row.AnsweredBy is null) }
            .Where(c => c.Empty).ToList();
        problems.AddRange(missing.Select(c => new DataProblem(list, itemId, c.Column.Name, "is empty, while the item holds part of an answer") { Fix = Complete }));
        if (missing.Count > 0)
        {
            return null;
        }

        if (ReadAt(row.AnsweredAt!.Value, at, zone) is not { } answeredAt)
        {
            problems.Add(new DataProblem(list, itemId, LogList.AnsweredAt.Name, "is before the input it answers (When)") { Fix = "Correct the date the team answered, or the input's own When" });
            return null;
        }

        try
        {
            return new InputResponse { At = answeredAt, By = person(row.AnsweredBy, LogList.AnsweredBy), Outcome = row.Outcome!.Value, Reason = row.Reason };
        }
        catch (DataProblemException ex)
        {
            problems.Add(new DataProblem(list, itemId, ex.Column, ex.Problem));
            return null;
        }
    }

    /// <summary>
    /// When an answer dated <paramref name="answeredAt"/> reads as given, for an input at <paramref name="inputAt"/>; null when
    /// it is before the input. A date picked in the form without a time is that day's midnight, in the site's zone: an
    /// answer of the input's own date, so, reads as given when the input was, not as before it.
    /// </summary>
    public static DateTimeOffset? ReadAt(DateTimeOffset answeredAt, DateTimeOffset inputAt, TimeZoneInfo zone)
    {
        if (answeredAt >= inputAt)
        {
            return answeredAt;
        }

        var (answeredLocal, inputLocal) = (TimeZoneInfo.ConvertTime(answeredAt, zone), TimeZoneInfo.ConvertTime(inputAt, zone));
        return answeredLocal.TimeOfDay == TimeSpan.Zero && answeredLocal.Date == inputLocal.Date ? inputAt : null;
    }

    private static SiteColumn FirstFilled(LogRow row) =>
        row.Outcome is not null ? LogList.Outcome : !string.IsNullOrWhiteSpace(row.Reason) ? LogList.Reason : row.AnsweredAt is not null ? LogList.AnsweredAt : LogList.AnsweredBy;
}
