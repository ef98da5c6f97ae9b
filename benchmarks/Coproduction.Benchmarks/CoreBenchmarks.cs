using System.Text;
using BenchmarkDotNet.Attributes;
using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Report;
using Coproduction.Snapshots;

namespace Coproduction.Benchmarks;

/// <summary>Reading a snapshot, assessing it and writing its evidence report, for small, typical and large courses.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CoreBenchmarks
{
    private byte[] _json = [];
    private CourseSnapshot _snapshot = null!;
    private CourseAssessment _assessment = null!;
    private readonly CourseAssessor _assessor = new();

    [Params("small", "typical", "large")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = CourseSizes.Of(Size);
        _json = Encoding.UTF8.GetBytes(SnapshotSerializer.Serialize(_snapshot));
        _snapshot = SnapshotSerializer.Deserialize(_json);
        _assessment = _assessor.Assess(_snapshot, _snapshot.AsOf!.Value);
    }

    [Benchmark]
    public CourseSnapshot Parse() => SnapshotSerializer.Deserialize(_json);

    [Benchmark]
    public CourseAssessment Assess() => _assessor.Assess(_snapshot, _snapshot.AsOf!.Value);

    [Benchmark]
    public string ReportHtml() => EvidenceReport.ToHtml(_snapshot, _assessment);
}
