using Azure.Identity;
using Coproduction.Graph;
using Microsoft.Data.Sqlite;

namespace Coproduction.Worker.Hosting;

public sealed class FailuresTests
{
    [Fact]
    public void IsHostFault_SignInOrStateFileFailingEvenWrapped_IsTheHosts()
    {
        Failures.IsHostFault(new AuthenticationFailedException("no")).ShouldBeTrue();
        Failures.IsHostFault(new CoproductionGraphException("Finding site failed: signing in failed", null, null, new CredentialUnavailableException("no"))).ShouldBeTrue();
        Failures.IsHostFault(new AggregateException(new SqliteException("disk I/O error", 10))).ShouldBeTrue();
        Failures.IsHostFault(new CoproductionGraphException("Reading failed", 500)).ShouldBeFalse();
        Failures.IsHostFault(new InvalidOperationException()).ShouldBeFalse();
    }

    [Theory]
    [InlineData(400, true)]
    [InlineData(405, true)]
    [InlineData(409, true)]
    [InlineData(423, false)]
    [InlineData(422, true)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(412, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(null, false)]
    public void IsCourseFault_GraphRefusingOneRequest_IsTheCoursesAndGraphFailingIsNot(int? status, bool course) =>
        Failures.IsCourseFault(new CoproductionGraphException("Writing failed", status)).ShouldBe(course);

    [Fact]
    public void IsCourseFault_AFaultOfTheProgramOrACancellation_IsTheCoursesOrNot()
    {
        Failures.IsCourseFault(new KeyNotFoundException("The given key 'sam@example.org' was not present")).ShouldBeTrue();
        Failures.IsCourseFault(new OperationCanceledException()).ShouldBeFalse();
        Failures.IsCourseFault(new SqliteException("locked", 5)).ShouldBeFalse();
    }

    [Fact]
    public void Describe_AnotherLibrarysException_IsItsTypeAndPlaceNeverItsText()
    {
        Exception thrown;
        try
        {
            throw new ArgumentException("An item with the same key has already been added. Key: sam@example.org");
        }
        catch (ArgumentException ex)
        {
            thrown = ex;
        }

        var described = Failures.Describe(thrown);

        described.ShouldStartWith("ArgumentException at ");
        described.ShouldNotContain("sam@example.org");
        Failures.HostFaultKind(new SqliteException("no such table: written (sam@example.org)", 1)).ShouldBe("the state file failed (SQLite error 1)");
    }

    [Fact]
    public async Task Describe_AFaultInAnAsyncMethod_NamesTheMethodAsWritten()
    {
        var thrown = await Should.ThrowAsync<InvalidOperationException>(ThrowsAsync);

        Failures.Describe(thrown).ShouldBe($"InvalidOperationException at {nameof(FailuresTests)}.{nameof(ThrowsAsync)}");
    }

    private static async Task ThrowsAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("sam@example.org");
    }
}
