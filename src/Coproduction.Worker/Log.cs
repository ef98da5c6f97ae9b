using Microsoft.Extensions.Logging;

namespace Coproduction.Worker;

/// <summary>
/// Everything the worker logs, in one place: ids and counts only, never a name, an experience topic,
/// a note or a message's text (lived experience is health information).
/// </summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Pass over site {SiteId}: {Changes} changes read in {Lists} lists, {Courses} courses assessed, {Writes} items written, {Raised} flags raised, {Resolved} resolved, {Reports} reports written")]
    public static partial void PassDone(ILogger logger, string siteId, int changes, int lists, int courses, int writes, int raised, int resolved, int reports);

    [LoggerMessage(107, LogLevel.Information, "Site {SiteId} has {Left} courses still to assess; the next pass takes up to {Most} of them")]
    public static partial void CoursesLeft(ILogger logger, string siteId, int left, int most);

    [LoggerMessage(101, LogLevel.Warning, "Course item {ItemId} on site {SiteId} was skipped: {Problem}")]
    public static partial void CourseSkipped(ILogger logger, string itemId, string siteId, string problem);

    [LoggerMessage(102, LogLevel.Warning, "Course {CourseId} on site {SiteId}: {Count} items could not be read and were left out")]
    public static partial void DataProblems(ILogger logger, string courseId, string siteId, int count);

    [LoggerMessage(103, LogLevel.Debug, "Data problem on site {SiteId}: list {List}, item {ItemId}, column {Column}")]
    public static partial void DataProblem(ILogger logger, string siteId, string list, string itemId, string column);

    [LoggerMessage(104, LogLevel.Warning, "Course {CourseId} on site {SiteId} was moved from {From} to {To}, which the lifecycle does not permit now")]
    public static partial void ForbiddenMove(ILogger logger, string courseId, string siteId, string from, string to);

    [LoggerMessage(105, LogLevel.Error, "The pass over site {Site} failed: {Reason}; it will be tried again")]
    public static partial void PassFailed(ILogger logger, string site, string reason);

    [LoggerMessage(110, LogLevel.Error, "Course item {ItemId} on site {SiteId} failed: {Reason}; the site's other courses go on, and it is tried again in {Wait}")]
    public static partial void CourseFailed(ILogger logger, string itemId, string siteId, string reason, TimeSpan wait);

    [LoggerMessage(114, LogLevel.Warning, "The evidence report of course item {ItemId} on site {SiteId} waits: {Reason}; the course's other writes are made, and the next pass writes it")]
    public static partial void ReportDeferred(ILogger logger, string itemId, string siteId, string reason);

    [LoggerMessage(115, LogLevel.Warning, "The evidence report an earlier version wrote for course item {ItemId} on site {SiteId} was kept: {Reason}")]
    public static partial void OldReportKept(ILogger logger, string itemId, string siteId, string reason);

    [LoggerMessage(111, LogLevel.Error, "The worker cannot go on: {Fault} ({Faults} of {Most} passes in a row); it tries again in {Wait}")]
    public static partial void HostFault(ILogger logger, string fault, int faults, int most, TimeSpan wait);

    [LoggerMessage(112, LogLevel.Critical, "The worker stops: {Fault}, {Faults} passes in a row. It exits non-zero, for its service manager to start it again")]
    public static partial void HostFaultStopping(ILogger logger, string fault, int faults);

    [LoggerMessage(113, LogLevel.Critical, "The worker stops on a fault of its own: {Fault}. It exits non-zero")]
    public static partial void ServiceFailed(ILogger logger, string fault);

    [LoggerMessage(106, LogLevel.Information, "Watching {Sites} sites every {Interval}")]
    public static partial void Watching(ILogger logger, int sites, TimeSpan interval);

    [LoggerMessage(108, LogLevel.Warning, "The stage of course item {ItemId} on site {SiteId} changed, but the site names its editor as {Editor}, not a person: the move is not judged")]
    public static partial void EditorUnknown(ILogger logger, string itemId, string siteId, string editor);

    [LoggerMessage(109, LogLevel.Warning, "Graph shows site {SiteId} without its user information list: no stage move can be judged, and a version whose person has no e-mail is matched to no one. Run 'coproduction check' on the site")]
    public static partial void UserListMissing(ILogger logger, string siteId);

    [LoggerMessage(130, LogLevel.Warning, "The materials library {ListId} of site {SiteId} cannot be read (HTTP {Status}): {Waiting} courses due wait, each keeping its last assessment, until it can be; the site's other lists were read")]
    public static partial void MaterialsUnreadable(ILogger logger, string listId, string siteId, int status, int waiting);

    [LoggerMessage(131, LogLevel.Warning, "Site {SiteId} has no document library of the name configured for its materials: {Waiting} courses due wait, each keeping its last assessment, until it has; the site's other lists were read")]
    public static partial void MaterialsLibraryMissing(ILogger logger, string siteId, int waiting);

    [LoggerMessage(120, LogLevel.Information, "The state file {Path} was upgraded from layout {From} to layout {To}, keeping all it held")]
    public static partial void StateUpgraded(ILogger logger, string path, int from, int to);

    [LoggerMessage(121, LogLevel.Warning, "The state file {Path} was of layout {Layout}, older than any this version upgrades (layout {Oldest} on): it was started afresh, and every site is read again")]
    public static partial void StateStartedAfresh(ILogger logger, string path, int layout, int oldest);

    [LoggerMessage(122, LogLevel.Warning, "A write of site {SiteId}'s entries of no course was refused ({Reason}): the site's entries to fix are read again next pass")]
    public static partial void SiteWriteRefused(ILogger logger, string siteId, string reason);

    [LoggerMessage(140, LogLevel.Warning, "Document {ItemId} could not be downloaded (HTTP {Status}): shown as an entry to fix, tried again at its next change or in an hour")]
    public static partial void DocumentUnavailable(ILogger logger, string itemId, int? status);

    [LoggerMessage(141, LogLevel.Information, "Read the comments of {Count} documents of site {SiteId} that no change brought (there before, or read under other limits)")]
    public static partial void CommentsCaughtUp(ILogger logger, string siteId, int count);

    [LoggerMessage(150, LogLevel.Debug, "Nudge digest {Digest} made for course item {ItemId} on site {SiteId}: {Events} things to tell")]
    public static partial void NudgeDigestMade(ILogger logger, long digest, string itemId, string siteId, int events);

    [LoggerMessage(151, LogLevel.Information, "Nudge digest {Digest} for course item {ItemId} on site {SiteId} was taken by the site's webhook (HTTP {Status})")]
    public static partial void NudgeSent(ILogger logger, long digest, string itemId, string siteId, int status);

    [LoggerMessage(152, LogLevel.Warning, "Nudge digest {Digest} of site {SiteId} was not taken ({Status}): it is kept, with those after it, and sent again in {Wait}")]
    public static partial void NudgeWaits(ILogger logger, long digest, string siteId, string status, TimeSpan wait);

    [LoggerMessage(153, LogLevel.Error, "The webhook of site {SiteId} refused a nudge (HTTP {Status}): its Teams workflow may be deleted, turned off or not let anyone trigger it, or the address be wrong. "
        + "Mend Coproduction:Worker:Nudges:Sites (docs/nudges.md); the site's nudges are kept, and tried again every {Wait}")]
    public static partial void NudgeRefused(ILogger logger, string siteId, int status, TimeSpan wait);

    [LoggerMessage(154, LogLevel.Error, "The nudges of site {Site} failed: {Reason}; they are kept and tried again after the next pass")]
    public static partial void NudgesFailed(ILogger logger, string site, string reason);

    [LoggerMessage(160, LogLevel.Information, "The college overview of {Courses} courses was written to the evidence library of site {SiteId}")]
    public static partial void OverviewWritten(ILogger logger, string siteId, int courses);

    [LoggerMessage(161, LogLevel.Warning, "The college overview could not be written to site {SiteId} ({Reason}): it is tried again next pass")]
    public static partial void OverviewNotWritten(ILogger logger, string siteId, string reason);

    [LoggerMessage(162, LogLevel.Error, "The college overview could not be made ({Reason}): no site is given it this round, and it is made again next round")]
    public static partial void OverviewNotMade(ILogger logger, string reason);

    [LoggerMessage(170, LogLevel.Information, "Course {CourseId} on site {SiteId}: {Count} comments by people outside the core team were given log items, for the team to answer there")]
    public static partial void CommentsLogged(ILogger logger, string courseId, string siteId, int count);
}
