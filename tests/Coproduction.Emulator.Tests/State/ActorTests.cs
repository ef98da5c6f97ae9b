namespace Coproduction.Emulator.State;

public sealed class ActorTests
{
    [Fact]
    public void FromToken_SignInNameAndEMail_KeepsEachAsGiven()
    {
        var actor = Actor.FromToken("user:Aisha@Trust.example|Aisha.Khan@NHS.example");

        actor.IsUser.ShouldBeTrue();
        actor.Upn.ShouldBe("Aisha@Trust.example");
        actor.Email.ShouldBe("Aisha.Khan@NHS.example");
        actor.Id.ShouldBe(Actor.FromToken("user:aisha@trust.example").Id, "one person, one object id, whatever the case");
    }

    [Fact]
    public void FromToken_EMailLeftEmpty_IsAPersonWithoutOne()
    {
        var actor = Actor.FromToken("user:sam@trust.example|");

        actor.Upn.ShouldBe("sam@trust.example");
        actor.Email.ShouldBeNull();
    }

    [Fact]
    public void FromToken_SignInNameLeftEmpty_IsTheEMail()
    {
        var actor = Actor.FromToken("user:|sam@nhs.example");

        actor.Upn.ShouldBe("sam@nhs.example");
        actor.Email.ShouldBe("sam@nhs.example");
    }

    [Theory]
    [InlineData("user:|")]
    [InlineData("user: ")]
    [InlineData("app-token")]
    public void FromToken_NoPersonNamed_IsTheApplication(string token) =>
        Actor.FromToken(token).ShouldBe(Actor.Application);
}
