using Coproduction.Assessment;
using Coproduction.Model;

namespace Coproduction.Worker.Cli;

/// <summary>A snapshot read from a file and assessed at the moment the command line asks for.</summary>
internal sealed record AssessedSnapshot(CourseSnapshot Snapshot, CourseAssessment Assessment)
{
    /// <summary>Reads and assesses; the moment is <paramref name="asOf"/> if given, else the snapshot's own, else now.</summary>
    public static async Task<AssessedSnapshot> LoadAsync(FileInfo file, DateTimeOffset? asOf, TimeProvider time, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotFile.ReadAsync(file, cancellationToken);
        var moment = asOf ?? snapshot.AsOf ?? time.GetUtcNow();
        return new AssessedSnapshot(snapshot, new CourseAssessor().Assess(snapshot, moment));
    }
}
