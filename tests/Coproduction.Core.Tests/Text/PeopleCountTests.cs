namespace Coproduction.Text;

public sealed class PeopleCountTests
{
    [Theory]
    [InlineData(3, 0, "0")]
    [InlineData(3, 1, "fewer than 3")]
    [InlineData(3, 2, "fewer than 3")]
    [InlineData(3, 3, "3")]
    [InlineData(5, 4, "fewer than 5")]
    [InlineData(5, 5, "5")]
    [InlineData(2, 1, "fewer than 2")]
    [InlineData(2, 2, "2")]
    public void Number_AtAndBelowTheSmallestShown_HidesOnlyCountsBelowIt(int smallest, int n, string expected) =>
        new PeopleCount(smallest).Number(n).ShouldBe(expected);

    [Fact]
    public void Of_ASmallCount_IsPluralAndNeverSingular()
    {
        var count = new PeopleCount(3);

        count.Of(1, "core member").ShouldBe("fewer than 3 core members");
        count.Of(2, "person", "people").ShouldBe("fewer than 3 people");
        count.IsOne(1).ShouldBeFalse("\"fewer than 3 … have\", not \"has\"");
        count.Of(3, "core member").ShouldBe("3 core members");
    }

    [Fact]
    public void Exact_EveryCount_IsWrittenAsItIs()
    {
        PeopleCount.Exact.Of(1, "core member").ShouldBe("1 core member");
        PeopleCount.Exact.IsOne(1).ShouldBeTrue();
        PeopleCount.Exact.Number(2).ShouldBe("2");
    }
}
