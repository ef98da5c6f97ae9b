using System.Security.Cryptography;
using System.Text;

namespace Coproduction.Report;

/// <summary>
/// The report's <see cref="EvidenceReport.FormatVersion"/> rises with its output: the worker writes a
/// report again only when its course's fingerprint changes, and the version is part of it.
/// </summary>
public sealed class EvidenceReportFormatVersionTests
{
    [Fact]
    public void FormatVersion_WithTheSamplesReports_RisesWhenTheOutputChanges()
    {
        var output = string.Concat(new[] { "healthy-new-course.json", "drifting-course.json", "course-under-review.json" }.Select(name =>
        {
            var snapshot = ReportFixtures.Sample(name);
            return ReportFixtures.Html(snapshot) + ReportFixtures.Markdown(snapshot);
        }));

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..16];

        // When this fails because the report now shows otherwise, raise EvidenceReport.FormatVersion and write both here.
        (EvidenceReport.FormatVersion, hash).ShouldBe((6, Pinned));
    }

    // Version 4 (1.1): the sections "You said, we did" and "Delivery". Pinned again, at the same version, when the samples
    // came to record answers and sessions: the report renders as before, only the samples it renders changed.
    // Version 5: a session not co-delivered counts its trainers beside its flag, never naming or labelling them.
    // Version 6: the delivery table's column "Trainers", no longer "#Trainers" (a screen reader read "number sign").
    private const string Pinned = "C9124A87D0D8DB74";
}
