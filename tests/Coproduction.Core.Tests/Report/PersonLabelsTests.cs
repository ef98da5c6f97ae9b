using Coproduction.Model;

namespace Coproduction.Report;

public sealed class PersonLabelsTests
{
    private static Person P(string id, string? role, Membership membership = Membership.Core) =>
        new() { Id = id, DisplayName = $"Name of {id}", Membership = membership, Role = role };

    [Fact]
    public void Labels_NamesNotAllowed_AreRoleAndLetterInDocumentOrder()
    {
        var labels = new PersonLabels([P("a", "peerTrainer"), P("b", "clinician"), P("c", "peerTrainer"), P("d", null), P("e", null, Membership.FocusGroup)], showNames: false);

        labels["a"].ShouldBe("Peer trainer A");
        labels["b"].ShouldBe("Clinician A");
        labels["c"].ShouldBe("Peer trainer B");
        labels["d"].ShouldBe("Core member A");
        labels["e"].ShouldBe("Focus group member A");
    }

    [Fact]
    public void Labels_ManyOfOneRole_GoOnAfterZ()
    {
        var labels = new PersonLabels(Enumerable.Range(0, 28).Select(i => P($"p{i}", "volunteer")).ToList(), showNames: false);

        labels["p25"].ShouldBe("Volunteer Z");
        labels["p26"].ShouldBe("Volunteer AA");
        labels["p27"].ShouldBe("Volunteer AB");
    }

    [Fact]
    public void Labels_NamesAllowed_AreDisplayNames()
    {
        new PersonLabels([P("a", "peerTrainer")], showNames: true)["a"].ShouldBe("Name of a");
    }

    [Theory]
    [InlineData("peerTrainer", "Peer trainer A")]
    [InlineData("Peer Trainer", "Peer trainer A")]
    [InlineData("peer_trainer", "Peer trainer A")]
    [InlineData("GP", "GP A")]
    [InlineData("NHSManager", "NHS manager A")]
    [InlineData("  ", "Core member A")]
    public void Labels_RolesWrittenInAnyStyle_ReadAsPlainWords(string role, string expected)
    {
        new PersonLabels([P("a", role)], showNames: false)["a"].ShouldBe(expected);
    }
}
