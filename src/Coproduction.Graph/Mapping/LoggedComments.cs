using Coproduction.Graph.Mapping.Rows;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// How a course's comments meet its log. A comment with a log item (<see cref="CommentLog"/>, or an
/// export imported back) is read as that item, once. A comment by someone outside the core team with
/// no item yet is given one. What goes wrong with such an item is said in words that fit an item the
/// worker made.
/// </summary>
internal static class LoggedComments
{
    /// <summary>
    /// The comments the log does not hold already: not by their id, and not as an item no comment now
    /// reads as that is feedback on the same material, by the same person, in the same minute. That
    /// item is the comment still, with a key in the document that changed since its item was made
    /// (Word gives its comments durable ids when a later version saves the document, and one of two
    /// alike comments may go): read as the item, it keeps its answer, and no second item is made.
    /// The minute, not the second: the time a comment gives may change with its key (Word's
    /// <c>w:date</c>, to the minute, against <c>dateUtc</c>).
    /// </summary>
    public static List<Activity> NotLogged(IReadOnlyList<Activity> comments, IReadOnlyList<Activity> logged)
    {
        var read = comments.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var loggedIds = logged.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = logged.Where(a => !read.Contains(a.Id) && a.Kind == ActivityKind.Feedback && a.On is not null)
            .GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var notLogged = new List<Activity>();
        foreach (var comment in comments.Where(c => !loggedIds.Contains(c.Id)))
        {
            if (comment.Kind == ActivityKind.Feedback && orphans.TryGetValue(Key(comment), out var left) && left > 0)
            {
                orphans[Key(comment)] = left - 1;
                continue;
            }

            notLogged.Add(comment);
        }

        return notLogged;
    }

    /// <summary>The log items wanted for comments that are outside input and have none: each a new item's fields, only those with a value.</summary>
    /// <param name="comments">The comments not logged (<see cref="NotLogged"/>).</param>
    /// <param name="log">The course's log items, readable or not: an item of a comment's id, however broken, is its item.</param>
    /// <param name="people">The course's people, by id, with the item id of each in the team list.</param>
    /// <param name="courseItem">The course's item id.</param>
    public static List<FieldSet> Wanted(IEnumerable<Activity> comments, IEnumerable<(string ItemId, LogRow Row)> log, IReadOnlyDictionary<string, (Person Person, string ItemId)> people, string courseItem)
    {
        var inLog = log.Select(l => l.Row.ActivityId ?? DefaultIds.Activity(l.ItemId)).ToHashSet(StringComparer.Ordinal);
        var persons = people.ToDictionary(p => p.Key, p => p.Value.Person, StringComparer.Ordinal);
        return [.. comments.Where(c => CommentLog.IsOutsideInput(c, persons) && !inLog.Contains(c.Id))
            .Select(c => CommentLog.Fields(c, courseItem, DefaultIds.DocumentOfComment(c.Id)!, p => people[p].ItemId).ChangedFrom(SiteFields.Empty))];
    }

    /// <summary>
    /// Says what to do about a comment's item that names someone no longer in the team, or a document no
    /// longer the course's: the comment's feedback, which staff may let go by deleting the item.
    /// </summary>
    public static void Explain(List<DataProblem> problems, IEnumerable<(string ItemId, LogRow Row)> log)
    {
        var list = SiteSchema.List(SiteSchema.Log).DisplayName;
        var items = log.Where(l => l.Row.ActivityId is { } id && DefaultIds.DocumentOfComment(id) is not null).Select(l => l.ItemId).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < problems.Count; i++)
        {
            var problem = problems[i];
            if (problem.List != list || !items.Contains(problem.ItemId))
            {
                continue;
            }

            problems[i] = problem.Column switch
            {
                var c when c == LogList.By.Name && problem.Problem.StartsWith("names no one", StringComparison.Ordinal) => problem with
                {
                    Fix = "This entry is a comment in one of the course's documents, by someone no longer in the course's team. Delete the entry if their feedback should no longer count, or choose who gave it",
                },
                var c when c == LogList.OnMaterial.Name && problem.Problem.StartsWith("names", StringComparison.Ordinal) => problem with
                {
                    Fix = "This entry is a comment in a document that is no longer one of the course's materials (deleted, or moved to another course, whose own entries its comments then have). Delete this entry if the feedback should no longer count here, or choose the material it was on",
                },
                _ => problem,
            };
        }
    }

    private static (string? On, string By, DateTimeOffset Minute) Key(Activity activity) =>
        (activity.On, activity.By, new DateTimeOffset(activity.At.UtcTicks - (activity.At.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero));
}
