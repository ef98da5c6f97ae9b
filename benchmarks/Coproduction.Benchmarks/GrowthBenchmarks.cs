using BenchmarkDotNet.Attributes;
using Coproduction.Assessment;
using Coproduction.Model;
using Coproduction.Report;

namespace Coproduction.Benchmarks;

/// <summary>
/// How assessing and reporting grow with a course of one shape (50 people, a material for every 40
/// activities, a decision for every 50) as its activities double: the line that shows growth is linear,
/// which small, typical and large, of different shapes, cannot show alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class GrowthBenchmarks
{
    private CourseSnapshot _snapshot = null!;
    private CourseAssessment _assessment = null!;
    private readonly CourseAssessor _assessor = new();

    [Params(2_500, 5_000, 10_000, 20_000, 40_000)]
    public int Activities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = CourseSizes.Create(people: 50, activities: Activities, materials: Activities / 40, versions: 10, decisions: Activities / 50);
        _assessment = _assessor.Assess(_snapshot, CourseSizes.Start.AddDays(90));
    }

    [Benchmark]
    public CourseAssessment Assess() => _assessor.Assess(_snapshot, CourseSizes.Start.AddDays(90));

    [Benchmark]
    public string ReportHtml() => EvidenceReport.ToHtml(_snapshot, _assessment);
}
