namespace Coproduction.Graph.Schema.Lists;

/// <summary>
/// The entries to fix, written by the worker (schema version 2): each item of the site that it could
/// not read, where staff work, so that what they entered counts once they fix it. One item per entry
/// and column, unique by course, place and column; it resolves by itself when the entry is fixed.
/// It names the list, the column and the item, and links the item: it never quotes what was entered.
/// </summary>
public static class ProblemsList
{
    /// <summary>The list's key.</summary>
    public const string Key = "problems";

    /// <summary>The course the entry belongs to; empty for an entry of no course (a document with no course set).</summary>
    public static SiteColumn<string?> Course { get; } = CourseColumn.Create().WrittenByWorker().Since(2);

    /// <summary>The list the entry is in, by the name staff see.</summary>
    public static SiteColumn<string?> InList { get; } = Columns.Text("InList", "List").WrittenByWorker().Since(2);

    /// <summary>The entry's item id in that list.</summary>
    public static SiteColumn<int?> Entry { get; } = Columns.Integer("Entry", "Item id").WrittenByWorker().Since(2);

    /// <summary>The column at fault, by the name staff see.</summary>
    public static SiteColumn<string?> InColumn { get; } = Columns.Text("InColumn", "Column").WrittenByWorker().Since(2);

    /// <summary>The address of the entry's form, to open it.</summary>
    public static SiteColumn<string?> Link { get; } = Columns.Text("Link", "Open the entry", "The address of the entry, to open and fix it.").WrittenByWorker().Since(2);

    /// <summary>What is wrong and what to do, never quoting the entry.</summary>
    public static SiteColumn<string?> Message { get; } = Columns.Note("Message", "What to do").WrittenByWorker().Since(2);

    /// <summary>Since when the worker has seen it.</summary>
    public static SiteColumn<DateTimeOffset?> Since { get; } = Columns.Time("Since", "Since").WrittenByWorker().Since(2);

    /// <summary>Open, or resolved once the entry was fixed.</summary>
    public static SiteColumn<FlagStatus?> Status { get; } = Columns.Choice("Status", "Status", [FlagStatus.Open, FlagStatus.Resolved], FlagsList.FlagStatusLabel).WrittenByWorker().Since(2);

    /// <summary>The list's definition.</summary>
    public static ListSchema Schema { get; } = new(Key, "Coproduction entries to fix", "Written by the worker: entries it could not read, and what to do. Each resolves by itself once the entry is fixed.", false,
        [Course.Schema, InList.Schema, Entry.Schema, InColumn.Schema, Link.Schema, Message.Schema, Since.Schema, Status.Schema]) { Since = 2 };
}
