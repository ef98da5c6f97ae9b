using BenchmarkDotNet.Attributes;
using Coproduction.Snapshots;

namespace Coproduction.Benchmarks;

/// <summary>
/// The snapshot format's taxonomy rule (no circle) on the worst shape a site's topics can take, one
/// chain, as its length grows tenfold: each topic is walked up once, so the time grows with the
/// length. When each topic was walked to the top, a chain of 10,000 took 10.5 s, and the worker paid
/// it for every course of a pass.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class TaxonomyBenchmarks
{
    private Dictionary<string, string> _chain = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Topics { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _chain = Enumerable.Range(0, Topics).ToDictionary(i => $"topic {i}", i => $"topic {i + 1}", StringComparer.OrdinalIgnoreCase);

    [Benchmark]
    public int FindCircles() => TaxonomyCircles.Find(_chain).Count;
}
