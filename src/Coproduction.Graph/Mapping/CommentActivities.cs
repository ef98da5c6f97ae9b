using Coproduction.Graph.Comments;
using Coproduction.Graph.People;
using Coproduction.Graph.Schema;
using Coproduction.Model;

namespace Coproduction.Graph.Mapping;

/// <summary>
/// A material's comments as the activities they are (docs/assessment.md, "Comments in documents"):
/// a comment that starts a thread, by a member of the team other than the material's latest author
/// when it was made (who saved the last version before it), is feedback on the material at the comment's time; a reply by one member to another is a message
/// between them. A comment is matched to a member by the identity the document carries (an account,
/// then an Entra object id), never by a display name. What cannot count is said where staff see it:
/// a document whose comments cannot be read, comments that name no account (counted among the
/// entries to fix), and comments by accounts outside the team (said, not counted).
/// </summary>
internal static class CommentActivities
{
    /// <param name="itemId">The document's list item id.</param>
    /// <param name="material">The material it is, with its versions.</param>
    /// <param name="read">What reading its comments found.</param>
    /// <param name="accounts">The team's accounts.</param>
    /// <param name="problems">Where what cannot count is said.</param>
    public static IEnumerable<Activity> Of(string itemId, Material material, DocumentComments read, TeamAccounts accounts, List<DataProblem> problems)
    {
        var library = SiteSchema.List(SiteSchema.Materials).DisplayName;
        if (read.Problem != DocumentReadProblem.None)
        {
            problems.Add(Unreadable(library, itemId, read.Problem));
            return [];
        }

        // The material's latest author when the comment was made: the comment's own save (Word for the web saves as the commenter) comes after it.
        var versions = material.Versions.OrderBy(v => v.At).ToList();
        string? LatestAuthorAt(DateTimeOffset at) => versions.LastOrDefault(v => v.At <= at)?.By;
        // Keys are unique in a reading (the reader makes them so); should two ever meet, the first is the comment.
        var authorOf = read.Comments.DistinctBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.HasIdentity ? accounts.PersonOf(new AccountIdentity(c.ObjectId, c.Account, c.Account, false)) : null, StringComparer.Ordinal);
        var activities = new List<Activity>();
        var (nameOnly, outside, untimed) = (0, 0, 0);
        foreach (var comment in read.Comments)
        {
            if (!comment.HasIdentity)
            {
                nameOnly++;
                continue;
            }

            if (authorOf[comment.Key] is not { } by)
            {
                outside++;
                continue;
            }

            if (comment.At is not { } exactly)
            {
                // No time of its own (an Excel note, a date that cannot be read): none is made up, so the worker and export agree.
                untimed++;
                continue;
            }

            // To the second, as SharePoint keeps a time: the comment reads the same from the document and from its log item.
            var at = exactly.AddTicks(-(exactly.Ticks % TimeSpan.TicksPerSecond));
            var id = DefaultIds.Comment(itemId, comment.Key);

            // A reply whose comment is gone (deleted) starts a thread of its own.
            var parent = comment.ReplyTo is { } replyTo && authorOf.ContainsKey(replyTo) && replyTo != comment.Key ? replyTo : null;
            if (parent is null && by != LatestAuthorAt(at))
            {
                activities.Add(new Activity { Id = id, Kind = ActivityKind.Feedback, At = at, By = by, On = material.Id, Mode = ActivityMode.Async, Aspect = FeedbackAspect.Content });
            }
            else if (parent is not null && authorOf[parent] is { } to && to != by)
            {
                activities.Add(new Activity { Id = id, Kind = ActivityKind.Message, At = at, By = by, Participants = [to], Mode = ActivityMode.Async });
            }
        }

        // One line for the column, whatever keeps comments from counting: a line is one per entry and column.
        var uncounted = new[]
        {
            nameOnly > 0 ? $"{Count(nameOnly)} {(nameOnly == 1 ? "names its author" : "name their authors")} by a name only, not by an account" : null,
            untimed > 0 ? $"{Count(untimed)} {(untimed == 1 ? "gives" : "give")} no time the worker can read" : null,
        }.OfType<string>().ToList();
        if (uncounted.Count > 0)
        {
            problems.Add(new DataProblem(library, itemId, DataProblem.CommentsColumn, $"{string.Join(", and ", uncounted)}, so {(nameOnly + untimed == 1 ? "it does" : "they do")} not count")
            {
                Fix = "Comments made in Word, PowerPoint or Excel signed in to a Trust account (on the web or in the desktop apps) name their author's account and their time, and count by themselves. "
                    + "For these, log the feedback in the log (Kind: Feedback, On material: this document). This line resolves once the document's comments all name an account and a time.",
            });
        }

        if (outside > 0)
        {
            problems.Add(new DataProblem(library, itemId, DataProblem.CommentersColumn,
                $"{Count(outside)} {(outside == 1 ? "is" : "are")} by accounts that are no one's in the course's team, so {(outside == 1 ? "it does" : "they do")} not count")
            {
                Fix = "A comment by someone whose account no one in the course's team has does not count. If they are in the team, pick them as their Trust account in the team list (or type their Account); "
                    + "this line then resolves by itself. If they are not, nothing is needed: this line, which the course's count of entries to fix leaves out, only says so.",
            });
        }

        return activities;
    }

    private static string Count(int comments) => comments == 1 ? "1 comment" : $"{comments} comments";

    /// <summary>What staff are told of a document whose comments cannot be read, and what to do; never what it holds.</summary>
    private static DataProblem Unreadable(string library, string itemId, DocumentReadProblem problem)
    {
        var (what, fix) = problem switch
        {
            DocumentReadProblem.Corrupt => ("the file is damaged, so its comments cannot be read", "Open it in Office and save it again (Office offers to repair it)"),
            DocumentReadProblem.TooLarge => ("the file is larger than the worker is set to read, so its comments do not count", "Log feedback on it in the log, or split it into smaller documents"),
            DocumentReadProblem.ExpandsTooFar => ("the file expands far beyond its size when opened (it may not be a real document), so it is not read", "Check where it came from, and save it again from Office"),
            DocumentReadProblem.Encrypted => ("the file is protected by a password, or by a sensitivity label that encrypts it, so its comments cannot be read",
                "Log feedback on it in the log, or remove the protection where the Trust's policy allows"),
            DocumentReadProblem.LegacyFormat => ("the file is in an old format (.doc, .ppt or .xls) whose comments are not read", "Save it as .docx, .pptx or .xlsx"),
            DocumentReadProblem.NotWhatItsNameSays => ("the file is not what its name says (an Office document of another kind, or none)", "Rename it to what it is, or save it again from Office"),
            DocumentReadProblem.TooManyComments => ("the file holds more comments than the worker reads, so none of them count", "Log the feedback that matters in the log, then delete the comments it came from"),
            DocumentReadProblem.Unsupported => ("the file is saved in a form the worker does not read (Strict Open XML)", "Save it again from Office as a Word Document, PowerPoint Presentation or Excel Workbook, not the Strict Open XML form"),
            DocumentReadProblem.Unavailable => ("the file could not be downloaded, so its comments cannot be read for now", "Nothing, if it passes: the worker tries again at the document's next change, or in an hour. If this line stays, tell the site's operator"),
            _ => ("the file's comments cannot be read", "Save it again from Office"),
        };
        return new DataProblem(library, itemId, DataProblem.CommentsColumn, what) { Fix = fix + ": this line then resolves by itself." };
    }
}
