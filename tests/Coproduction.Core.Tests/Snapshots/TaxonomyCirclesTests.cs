namespace Coproduction.Snapshots;

public sealed class TaxonomyCirclesTests
{
    [Fact]
    public void Find_SelfLoopTwoCircleAndAChainIntoACircle_IsTheTopicsOnCirclesOnly()
    {
        var broaderOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["self"] = "SELF",
            ["a"] = "b",
            ["b"] = "a",
            ["into"] = "a",
            ["insomnia"] = "sleep",
            ["sleep"] = "wellbeing",
        };

        TaxonomyCircles.Find(broaderOf).Order(StringComparer.Ordinal).ShouldBe(["a", "b", "self"]);
    }

    [Fact]
    public void Find_ChainOfHundredThousandTopicsEndingInACircle_IsWalkedWithoutRecursion()
    {
        var broaderOf = Enumerable.Range(0, 100_000).ToDictionary(i => $"t{i}", i => $"t{i + 1}", StringComparer.OrdinalIgnoreCase);
        broaderOf["t100000"] = "t50000";

        var circle = TaxonomyCircles.Find(broaderOf);

        circle.Count.ShouldBe(50_001);
        circle.ShouldContain("t50000");
        circle.ShouldNotContain("t49999");
    }
}
