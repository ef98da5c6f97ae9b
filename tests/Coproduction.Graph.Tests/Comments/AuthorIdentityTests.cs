namespace Coproduction.Graph.Comments;

public sealed class AuthorIdentityTests
{
    [Theory]
    [InlineData("S::alex.peer@contoso.com::6F1D3C2A-8B4E-4F5A-9C7D-1E2F3A4B5C6D", "alex.peer@contoso.com", "6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d")]
    [InlineData("alex.peer@contoso.com", "alex.peer@contoso.com", null)]
    [InlineData("6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d", null, "6f1d3c2a-8b4e-4f5a-9c7d-1e2f3a4b5c6d")]
    [InlineData("Alex Peer", null, null)]
    [InlineData("Alex@Home", null, null)]
    [InlineData("4a1b2c3d4e5f6a7b", null, null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void FromUserId_Form_KeepsOnlyWhatIsClearlyAnIdentity(string? userId, string? account, string? objectId)
    {
        AuthorIdentity.FromUserId(userId).ShouldBe(new AuthorIdentity(account, objectId));
    }
}
