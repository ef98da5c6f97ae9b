using System.Globalization;
using Coproduction.Assessment;
using Coproduction.Graph;
using Coproduction.Graph.Changes;
using Coproduction.Graph.Mapping;
using Coproduction.Lifecycle;
using Coproduction.Model;
using Coproduction.Snapshots;
using Coproduction.Text;
using Coproduction.Worker.Hosting;
using Coproduction.Worker.State;
using Microsoft.Extensions.Logging;
using Coproduction.Graph.Schema;
using Coproduction.Graph.Schema.Lists;
using Coproduction.Graph.Writing;

namespace Coproduction.Worker.Passes;

/// <summary>
/// One pass over a site: read every watched list's changes through delta into the local copy (one
/// HTTP request for the site when nothing changed: <see cref="SiteIntake"/>); work out which courses
/// they touch; assess those from the copy; write back only what differs; and only then commit the
/// delta links. A pass interrupted anywhere is repeated safely: every write is idempotent, so a
/// restart ends in the same site state.
/// </summary>
internal sealed partial class SitePass(
    CoproductionGraphClient graph,
    WorkerState state,
    SiteIntake intake,
    CourseAssessor assessor,
    CourseWriteBack writeBack,
    EntriesToFix entries,
    Nudges.NudgeRecorder nudges,
    WorkerOptions options,
    TimeProvider time,
    WorkerMetrics metrics,
    ILogger logger,
    Graph.Connection.CoproductionGraphOptions graphOptions)
{
    private readonly Dictionary<string, (string SiteId, IReadOnlyDictionary<string, string> Lists)> _sites = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Site, string Course), DateTimeOffset> _deferredSince = [];

    // The sites' zone, for answers dated without a time (validated on start): found once, not for every course.
    private readonly TimeZoneInfo _siteZone = TimeZoneInfo.FindSystemTimeZoneById(graph.CommentReading.LocalTimeZone);

    public async Task<PassResult> RunAsync(string siteUrl, CancellationToken cancellationToken)
    {
        try
        {
            return await PassAsync(siteUrl, cancellationToken);
        }
        catch (CoproductionGraphException ex) when (ex.Status == 404)
        {
            // A list gone (deleted, or the site provisioned again): the next pass finds the site's lists afresh.
            _sites.Remove(siteUrl);
            throw;
        }
    }

    /// <summary>The site's id and lists, as its last good pass in this process found them; null before one.</summary>
    public (string SiteId, IReadOnlyDictionary<string, string> Lists)? Known(string siteUrl) =>
        _sites.TryGetValue(siteUrl, out var site) ? site : null;

    private async Task<PassResult> PassAsync(string siteUrl, CancellationToken cancellationToken)
    {
        var (siteId, lists) = await SiteAsync(siteUrl, cancellationToken);
        var read = await intake.ReadAsync(siteId, lists, graphOptions.MaterialsLibraryFor(siteUrl) is not null, cancellationToken);
        var moves = read.Moves;

        var now = time.GetUtcNow();
        var courses = state.Items(siteId, SiteSchema.Courses);
        var due = Due(siteId, courses, read.Everything ? courses.Select(c => c.Id) : entries.TakeGone(siteId), moves, now);
        if (read.MaterialsRefused is { } refused)
        {
            // Found afresh next pass: the library may be back, or be another one of its name.
            _sites.Remove(siteUrl);
            var said = new PassWrites(graph, state, siteId);
            await entries.LibraryUnreadableAsync(siteUrl, siteId, lists, graphOptions.MaterialsLibraryFor(siteUrl) ?? SiteSchema.List(SiteSchema.Materials).DisplayName, refused, said, cancellationToken);
            await said.FlushAsync(cancellationToken);
            return Waiting(siteId, lists, read, due.Count, refused);
        }

        var result = new PassResult(siteId, read.Changes, 0, 0, 0, 0, 0);
        // Moved courses are all taken: their moves are known only this pass.
        var most = Math.Max(options.MaxCoursesPerPass, moves.Count);

        // What every course needs is got once a pass, before any course: a failure of it is the site's.
        var topics = due.Count == 0 ? null : await SiteTopics.ReadAsync(new ReplicaContent(state, siteId), cancellationToken);
        if (due.Count > 0)
        {
            await PickedPeopleAsync(siteId, lists, due.Take(most), cancellationToken);
            await writeBack.PrepareAsync(siteId, lists, cancellationToken);
            await entries.LearnAsync(siteId, lists, cancellationToken);
        }

        // A move read this pass is judged now; one kept from a pass in which its course failed, when the course is taken again.
        var pending = state.PendingMoves(siteId);
        var judged = new Dictionary<string, (string From, string To)>(StringComparer.Ordinal);
        var putBack = new HashSet<string>(StringComparer.Ordinal);
        var writes = new PassWrites(graph, state, siteId) { CourseRefused = (course, refusal) => Refused(siteId, course, judged.GetValueOrDefault(course), putBack.Contains(course), refusal, now) };

        // The site's entries of no course are shown to staff, whether or not a course is due.
        await entries.SiteAsync(siteUrl, siteId, lists, courses, read.Changes > 0, writes, cancellationToken);

        // Two course items with one course id cannot be told apart by what refers to them: neither is assessed until one is renamed.
        // An id typed that is another item's made one is the typed item's problem: the item it was made from is assessed.
        var shared = courses.GroupBy(CourseIds.Of, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .SelectMany(g => g.Any(c => c.Fields.Find(CoursesList.CourseId) is null) ? g.Where(c => c.Fields.Find(CoursesList.CourseId) is not null) : g)
            .Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var course in due.Take(most))
        {
            writes.Course = course.Id;
            var move = judged[course.Id] = moves.TryGetValue(course.Id, out var fresh) ? fresh
                : pending.GetValueOrDefault(course.Id) is { } kept && kept.StandsAt(StageLabel.Of(course.Fields)) ? (kept.From, kept.To) : default;
            try
            {
                result += await AssessAsync(siteUrl, siteId, lists, course, move, topics!, shared, now, writes, () => putBack.Add(course.Id), cancellationToken);
                _deferredSince.Remove((siteId, course.Id));
                writes.Then(() =>
                {
                    state.RemoveDue(siteId, course.Id);
                    state.ForgetMove(siteId, course.Id);
                });
            }
            catch (ReportDeferredException ex) when (!DeferredTooLong(siteId, course.Id, now))
            {
                // The report waits for what clears (a file open in Office); the course's other writes go on, its move
                // was judged, and it stays due, for the next pass to write the report: for as long as ReassessEvery.
                Log.ReportDeferred(logger, course.Id, siteId, ex.Message);
                writes.Then(() => state.ForgetMove(siteId, course.Id));
            }
            catch (Exception ex) when (Failures.IsCourseFault(ex))
            {
                // A course that fails fails alone: what it queued is dropped, and it waits its turn like a course assessed.
                writes.Drop(course.Id);
                writes.Then(() => Failed(siteId, course.Id, move, putBack.Contains(course.Id), Failures.Describe(ex), now));
            }

            await writes.SendFullBatchesAsync(cancellationToken);
        }

        await writes.FlushAsync(cancellationToken);
        if (due.Count > most)
        {
            Log.CoursesLeft(logger, siteId, due.Count - most, options.MaxCoursesPerPass);
        }

        // The moves read this pass are judged, and will not be given again.
        state.SaveLinksAndForgetStages(siteId, read.Links);

        metrics.ChangesRead.Add(result.Changes);
        metrics.CoursesAssessed.Add(result.Courses);
        metrics.ItemsWritten.Add(result.Writes);
        metrics.FlagsRaised.Add(result.Raised);
        metrics.FlagsResolved.Add(result.Resolved);
        Log.PassDone(logger, siteId, result.Changes, read.Links.Count, result.Courses, result.Writes, result.Raised, result.Resolved, result.Reports);
        return result;
    }

    /// <summary>
    /// The courses to assess, in order: those moved to another stage (judged this pass, while the move
    /// is known), those changed (now or in a pass that left them for later), those not assessed for
    /// <see cref="WorkerOptions.ReassessEvery"/>. What changed is kept in the state before the delta
    /// links move on, so a pass that takes only some of them loses none.
    /// </summary>
    private List<ListItemData> Due(string siteId, IReadOnlyList<ListItemData> courses, IEnumerable<string> changed, Dictionary<string, (string From, string To)> moves, DateTimeOffset now)
    {
        state.AddDue(siteId, changed);
        var byId = courses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var pending = state.Due(siteId);
        state.InTransaction(() =>
        {
            foreach (var gone in pending.Where(id => !byId.ContainsKey(id)))
            {
                state.RemoveDue(siteId, gone);
                state.ForgetMove(siteId, gone);
            }

            // A course deleted (seen as a change, or missing from a list read afresh): a line of its history says so, once.
            state.RecordCoursesGone(siteId, byId.Keys.ToHashSet(StringComparer.Ordinal), now);
        });

        // Courses due only for their time are taken longest unassessed first, so none waits for ever.
        var waiting = pending.ToHashSet(StringComparer.Ordinal);
        var stale = courses
            .Where(c => !moves.ContainsKey(c.Id) && !waiting.Contains(c.Id))
            .Select(c => (Course: c, At: state.Written(siteId, c.Id)?.At))
            .Where(c => c.At is not { } at || now - at >= options.ReassessEvery)
            .OrderBy(c => c.At ?? DateTimeOffset.MinValue)
            .Select(c => c.Course);
        return [.. courses.Where(c => moves.ContainsKey(c.Id)),
            .. pending.Where(id => byId.ContainsKey(id) && !moves.ContainsKey(id)).Select(id => byId[id]),
            .. stale];
    }

    /// <summary>
    /// Records a course that failed as seen, so that it is tried again once <see cref="WorkerOptions.ReassessEvery"/>
    /// has passed or the course changes, not every pass: a course that fails every time costs one try a day.
    /// </summary>
    /// <summary>
    /// Whether a course's report has waited longer than <see cref="WorkerOptions.ReassessEvery"/> for a file
    /// that does not clear: it then fails as a course does, and waits a day. Counted from the first wait
    /// this process saw.
    /// </summary>
    private bool DeferredTooLong(string siteId, string courseItemId, DateTimeOffset now)
    {
        var since = _deferredSince.TryGetValue((siteId, courseItemId), out var first) ? first : _deferredSince[(siteId, courseItemId)] = now;
        if (now - since < options.ReassessEvery)
        {
            return false;
        }

        _deferredSince.Remove((siteId, courseItemId));
        return true;
    }

    /// <remarks>
    /// A move a person made is kept, and the stage it left recorded as the course's, so that the move
    /// is judged (flagged, put back) when the course is tried again, not taken as where it is.
    /// </remarks>
    private void Failed(string siteId, string courseItemId, (string From, string To) move, bool putBack, string reason, DateTimeOffset now)
    {
        metrics.CoursesFailed.Add(1);
        Log.CourseFailed(logger, courseItemId, siteId, reason, options.ReassessEvery);
        state.InTransaction(() =>
        {
            state.SetWritten(siteId, courseItemId, "failed", now, move == default ? StageLabel.Of(state.Item(siteId, SiteSchema.Courses, courseItemId)?.Fields) : move.From);
            if (move != default)
            {
                state.KeepMove(siteId, courseItemId, new KeptMove(move.From, move.To, putBack));
            }

            state.RemoveDue(siteId, courseItemId);
        });
    }

    /// <summary>A write Graph refused: a course's fails the course; the site's own (its entries of no course) are learned again next pass.</summary>
    private void Refused(string siteId, string course, (string From, string To) move, bool putBack, CoproductionGraphException refusal, DateTimeOffset now)
    {
        if (course.Length == 0)
        {
            Log.SiteWriteRefused(logger, siteId, Failures.Describe(refusal));
            return;
        }

        Failed(siteId, course, move, putBack, Failures.Describe(refusal), now);
    }

    private async Task<PassResult> AssessAsync(
        string siteUrl, string siteId, IReadOnlyDictionary<string, string> lists, ListItemData courseItem, (string From, string To) move, SiteTopics topics, HashSet<string> shared, DateTimeOffset now, PassWrites writes, Action putBackWritten, CancellationToken cancellationToken)
    {
        // A course that cannot be assessed is recorded as seen, so that it waits its turn like the others;
        // what stops it is shown to staff as an entry to fix, and the course says how many it has.
        async Task<PassResult> SkippedAsync(string why, IReadOnlyList<DataProblem> problems)
        {
            Log.CourseSkipped(logger, courseItem.Id, siteId, why);
            // What was not read is not known to be fixed: the course's lines open already stay open.
            var (count, lines) = await entries.CourseAsync(siteUrl, siteId, lists, courseItem.Id, problems, writes, cancellationToken, keepOpen: true);
            var column = new FieldSet().Set(CoursesList.NeedsAttention, count).ChangedFrom(courseItem.Fields);
            if (column.Count > 0)
            {
                writes.Add(new ItemUpdate(lists[SiteSchema.Courses], courseItem.Id, column));
            }

            var nudged = nudges.Course(siteId, siteUrl, lists[SiteSchema.Courses], courseItem);
            writes.Then(() =>
            {
                state.SetWritten(siteId, courseItem.Id, "skipped", now, StageLabel.Of(courseItem.Fields));
                nudges.Skipped(nudged, count, now);
            });
            return new PassResult(siteId, 0, 0, lines + (column.Count > 0 ? 1 : 0), 0, 0, 0);
        }

        DataProblem OfCourse(string problem) => new(SiteSchema.List(SiteSchema.Courses).DisplayName, courseItem.Id, CoursesList.CourseId.Name, problem);
        // A course whose id staff left empty has one made from its item: nothing to type.
        var courseId = CourseIds.Of(courseItem);
        if (shared.Contains(courseItem.Id))
        {
            return await SkippedAsync("another course item has its course id: give each course its own", [OfCourse("is also another course's id: give each course its own")]);
        }

        CourseExport export;
        try
        {
            export = await CourseReader.ReadAsync(new ReplicaContent(state, siteId, graph.CommentReading.Enabled, _siteZone), courseId, topics, cancellationToken);
        }
        catch (Exception ex) when (ex is CoproductionGraphException or SnapshotFormatException)
        {
            return ex is SnapshotFormatException format
                ? await SkippedAsync($"its data breaks a rule at {format.Path}", [OfCourse($"cannot be assessed: what the course's lists hold breaks a rule of the course format, at {format.Path}") with
                {
                    Fix = "Two of the course's entries may have one id, or its stage moves be out of order: correct that entry. This line then resolves by itself.",
                }])
                : await SkippedAsync("it cannot be read", (ex as CoproductionGraphException)?.Problems ?? []);
        }

        if (export.Problems.Count > 0)
        {
            Log.DataProblems(logger, courseId, siteId, export.Problems.Count);
            foreach (var problem in export.Problems)
            {
                Log.DataProblem(logger, siteId, problem.List, problem.ItemId, problem.Column);
            }
        }

        // Outside input from a document's comment is answered on a log item, which the worker makes the first time it reads the comment.
        // Made, it is in the copy at once: the course read again before delta brings it back (a pass's own writes come next pass) finds it.
        foreach (var comment in export.CommentsToLog)
        {
            writes.Add(new ItemUpdate(lists[SiteSchema.Log], null, comment), item =>
                state.Apply(siteId, SiteSchema.Log, new ListChangePage([new ItemChange(item, false, SiteFields.Empty.With(comment), null, null)], false, null)));
        }

        if (export.CommentsToLog.Count > 0)
        {
            Log.CommentsLogged(logger, courseId, siteId, export.CommentsToLog.Count);
        }

        var assessment = assessor.Assess(export.Snapshot, now);
        var (stageFlags, putBack) = StageFlags(siteId, lists, courseItem, courseId, assessment, move, writes, putBackWritten);
        if (putBack is not null)
        {
            // The stage put back is sent before the flag that says so is queued: if it is refused, the course
            // fails and sends no more, so no flag says "It has been put back" of a stage that was not.
            await writes.FlushAsync(cancellationToken);
            if (writes.Refused(courseItem.Id))
            {
                return new PassResult(siteId, 0, 0, 0, 0, 0, 0);
            }
        }

        // A stage put back is where the course is once the writes go: a person's next move is judged from there.
        var written = putBack is { } stage ? courseItem with { Fields = courseItem.Fields.With(stage) } : courseItem;
        var (needing, lines) = await entries.CourseAsync(siteUrl, siteId, lists, courseItem.Id, export.Problems, writes, cancellationToken);
        var result = await writeBack.WriteAsync(siteUrl, siteId, lists, written, export.Snapshot, assessment, stageFlags, needing, now, writes, cancellationToken);
        return result with { Writes = result.Writes + lines + export.CommentsToLog.Count };
    }

    /// <summary>
    /// A move a person made to a stage the lifecycle does not permit now gets a flag that says why,
    /// open until the course next moves as permitted; where configured, the stage is put back.
    /// </summary>
    /// <returns>The stage flags the course should have, and whether its stage is put back.</returns>
    private (CourseFlags Flags, FieldSet? PutBack) StageFlags(
        string siteId, IReadOnlyDictionary<string, string> lists, ListItemData courseItem, string courseId, CourseAssessment assessment, (string From, string To) move, PassWrites writes, Action putBackWritten)
    {
        if (move == default || !SnapshotWords.TryParseLabel<Stage>(move.From, out var from) || !SnapshotWords.TryParseLabel<Stage>(move.To, out var to))
        {
            // No move this pass: a flag raised earlier stays open as it was.
            return (new CourseFlags([], [.. state.Flags(siteId, courseItem.Id).Where(f => f.Open && f.Kind == FlagsList.StageChangeLabel)]), null);
        }

        var check = new CourseLifecycle(to, assessment.Conditions).CheckMove(from, to);
        if (check.IsPermitted)
        {
            return (new CourseFlags([], []), null);
        }

        Log.ForbiddenMove(logger, courseId, siteId, SnapshotWords.Of(from), SnapshotWords.Of(to));
        // Put back only where it is not already (a kept move of a course the worker put back before it failed).
        var putBack = options.RevertForbiddenStageChanges && StageLabel.Of(courseItem.Fields) != move.From ? new FieldSet().Set(CoursesList.Stage, from) : null;
        if (putBack is not null)
        {
            // Queued just before the flag that says so, so that neither is written without the other being due.
            writes.Add(new ItemUpdate(lists[SiteSchema.Courses], courseItem.Id, putBack), _ => putBackWritten());
        }

        var message = $"The course was moved from {move.From.ToLowerInvariant()} to {move.To.ToLowerInvariant()}, which the lifecycle does not permit now. "
            + string.Join(" ", check.Reasons)
            + (options.RevertForbiddenStageChanges ? " It has been put back." : " Move it back, or do what is missing first.");
        return (new CourseFlags([FlagRow.Open(courseItem.Id, FlagsList.StageChangeLabel, courseId, [], time.GetUtcNow(), message)], []), putBack);
    }

    private async Task<(string SiteId, IReadOnlyDictionary<string, string> Lists)> SiteAsync(string siteUrl, CancellationToken cancellationToken)
    {
        if (!_sites.TryGetValue(siteUrl, out var site))
        {
            site = await graph.FindListsAsync(siteUrl, cancellationToken);

            // A library of the site's own configured for its materials that is not there is a site that cannot be read, not one to provision.
            var shared = graphOptions.MaterialsLibraryFor(siteUrl) is not null;
            var missing = SiteIntake.Watched.Concat([SiteSchema.FlagList, SiteSchema.Evidence, SiteSchema.Problems]).Where(k => !site.Lists.ContainsKey(k) && !(shared && k == SiteSchema.Materials)).ToList();
            if (missing.Count > 0)
            {
                throw new CoproductionGraphException($"The site {siteUrl} is not provisioned at schema version {SiteSchema.Version} (it lacks {string.Join(", ", missing.Select(k => SiteSchema.List(k).DisplayName))}): "
                    + "run 'coproduction provision', which adds what a site provisioned by an earlier version lacks and changes nothing else");
            }

            if (!site.Lists.ContainsKey(SiteSchema.UserInformation))
            {
                Log.UserListMissing(logger, site.SiteId);
            }

            if (site.Lists.ContainsKey(SiteSchema.Materials))
            {
                _sites[siteUrl] = site;
            }
        }

        return site;
    }
}
