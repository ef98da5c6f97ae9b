using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Cli;

/// <summary>A snapshot read from a file and assessed at the moment the command line asks for.</summary>
internal sealed record AssessedSnapshot(CourseSnapshot Snapshot, CourseAssessment Assessment)
{
    /// <summary>
    /// Reads and assesses; the moment is <paramref name="asOf"/> if given, else the snapshot's own, else
    /// now. The thresholds are the worker's own (the section <c>Coproduction:Assessment</c> of the same
    /// configuration as <c>run</c>, validated the same way), so that a command and the worker agree.
    /// </summary>
    public static async Task<AssessedSnapshot> LoadAsync(FileInfo file, DateTimeOffset? asOf, TimeProvider time, CancellationToken cancellationToken) =>
        (await LoadAsync([file], asOf, time, cancellationToken))[0];

    /// <summary>Reads and assesses each file in turn, as <see cref="LoadAsync(FileInfo, DateTimeOffset?, TimeProvider, CancellationToken)"/> does one.</summary>
    public static async Task<IReadOnlyList<AssessedSnapshot>> LoadAsync(IReadOnlyList<FileInfo> files, DateTimeOffset? asOf, TimeProvider time, CancellationToken cancellationToken)
    {
        using var host = RunCommand.Build(new Dictionary<string, string?>(), time, service: false);
        var assessor = Configured.Get<CourseAssessor>(host.Services);
        var assessed = new List<AssessedSnapshot>(files.Count);
        foreach (var file in files)
        {
            var snapshot = await SnapshotFile.ReadAsync(file, cancellationToken);
            assessed.Add(new AssessedSnapshot(snapshot, assessor.Assess(snapshot, asOf ?? snapshot.AsOf ?? time.GetUtcNow())));
        }

        return assessed;
    }
}
