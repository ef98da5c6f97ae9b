using Coproduction.Worker.Commands;

namespace Coproduction.Worker.Hosting;

public sealed class SystemdCredentialsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_NoFolder_GivesNothing()
    {
        SystemdCredentials.Read(null).ShouldBeEmpty();
        SystemdCredentials.Read(string.Empty).ShouldBeEmpty();
    }

    [Fact]
    public void Read_ClientSecret_IsItsContentWithoutTheFinalLineBreak()
    {
        _folder.File("client-secret", "s3cr3t value\r\n");

        SystemdCredentials.Read(_folder.Path).ShouldBe(new Dictionary<string, string?> { ["Coproduction:Graph:ClientSecret"] = "s3cr3t value" });
    }

    [Theory]
    [InlineData("client-certificate.pem")]
    [InlineData("client-certificate.pfx")]
    public void Read_Certificate_IsItsPath(string name)
    {
        var path = _folder.File(name, "certificate");

        SystemdCredentials.Read(_folder.Path).ShouldBe(new Dictionary<string, string?> { ["Coproduction:Graph:CertificatePath"] = path });
    }

    [Fact]
    public void Read_NudgeWebhooks_AreTheWebhooksOfTheNudgesSitesOfTheirIndex()
    {
        _folder.File("nudge-webhook-0", "https://example.org/workflows/a?sig=first\n");
        _folder.File("nudge-webhook-1", "https://example.org/workflows/b?sig=second");
        _folder.File("nudge-webhook-x", "no index");

        SystemdCredentials.Read(_folder.Path).ShouldBe(new Dictionary<string, string?>
        {
            ["Coproduction:Worker:Nudges:Sites:0:Webhook"] = "https://example.org/workflows/a?sig=first",
            ["Coproduction:Worker:Nudges:Sites:1:Webhook"] = "https://example.org/workflows/b?sig=second",
        }, ignoreOrder: true);
    }

    [Fact]
    public void Read_OtherFiles_AreLeftAlone()
    {
        _folder.File("client-certificate", "no extension: Azure.Identity could not tell its format");
        _folder.File("ClientSecret", "another name");

        SystemdCredentials.Read(_folder.Path).ShouldBeEmpty();
    }
}
