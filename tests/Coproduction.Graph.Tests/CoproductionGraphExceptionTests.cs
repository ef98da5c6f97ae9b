namespace Coproduction.Graph;

public sealed class CoproductionGraphExceptionTests
{
    [Theory]
    [InlineData(null, null, "Reading list courses failed")]
    [InlineData(404, null, "Reading list courses failed (HTTP 404)")]
    [InlineData(null, "itemNotFound", "Reading list courses failed (itemNotFound)")]
    [InlineData(410, "resyncRequired", "Reading list courses failed (HTTP 410, resyncRequired)")]
    public void Message_StatusAndCode_AreNamed(int? status, string? code, string expected)
    {
        var ex = new CoproductionGraphException("Reading list courses failed", status, code);

        ex.Message.ShouldBe(expected);
        ex.Status.ShouldBe(status);
        ex.ErrorCode.ShouldBe(code);
    }
}
