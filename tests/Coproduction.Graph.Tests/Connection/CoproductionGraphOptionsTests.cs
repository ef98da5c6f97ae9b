using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coproduction.Graph.Connection;

public sealed class CoproductionGraphOptionsTests
{
    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.ManagedIdentity, null)]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.WorkloadIdentity, null)]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.Developer, null)]
    [InlineData("http://127.0.0.1:5080/v1.0", GraphCredentialKind.ClientSecret, null)]
    [InlineData("http://localhost:5080/v1.0", GraphCredentialKind.None, null)]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.None, "Credential is not set: name how to sign in")]
    [InlineData("https://graph.microsoft.com/v1.0", (GraphCredentialKind)42, "Credential 42 is not one of")]
    [InlineData("http://graph.example.org/v1.0", GraphCredentialKind.ManagedIdentity, "only a loopback URL (the emulator) may use plain http")]
    [InlineData("graph.microsoft.com", GraphCredentialKind.ManagedIdentity, "is not an absolute http or https URL")]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.ClientSecret, "TenantId is needed for the ClientSecret credential.")]
    [InlineData("https://graph.microsoft.com/v1.0", GraphCredentialKind.ClientCertificate, "CertificatePath is needed")]
    public void Problems_EachMistake_IsNamed(string url, GraphCredentialKind credential, string? problem)
    {
        var problems = new CoproductionGraphOptions { GraphUrl = url, Credential = credential }.Problems();

        if (problem is null)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldContain(p => p.Contains(problem, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("00:01:40", null)]
    [InlineData("00:00:01", null)]
    [InlineData("00:30:00", null)]
    [InlineData("00:00:00.5", "RequestTimeout 00:00:00.5000000 is not between one second")]
    [InlineData("00:00:00", "RequestTimeout 00:00:00 is not between one second")]
    [InlineData("01:00:00", "and 30 minutes")]
    public void Problems_RequestTimeout_IsBetweenASecondAndHalfAnHour(string timeout, string? problem)
    {
        var problems = new CoproductionGraphOptions { Credential = GraphCredentialKind.ManagedIdentity, RequestTimeout = TimeSpan.Parse(timeout, System.Globalization.CultureInfo.InvariantCulture) }.Problems();

        if (problem is null)
        {
            problems.ShouldBeEmpty();
        }
        else
        {
            problems.ShouldHaveSingleItem().ShouldContain(problem);
        }
    }

    [Fact]
    public void RequestTimeout_Default_IsHttpClientsHundredSeconds()
    {
        new CoproductionGraphOptions().RequestTimeout.ShouldBe(TimeSpan.FromSeconds(100));
    }

    [Fact]
    public void Problems_SecretGiven_NeverAppearsInAMessage()
    {
        var problems = new CoproductionGraphOptions { GraphUrl = "http://graph.example.org", Credential = GraphCredentialKind.ClientSecret, ClientSecret = "s3cr3t-value" }.Problems();

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => !p.Contains("s3cr3t-value", StringComparison.Ordinal));
    }

    [Fact]
    public void AddCoproductionGraph_BadConfiguration_FailsOnStartNamingTheSection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:GraphUrl"] = "http://graph.example.org/v1.0",
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value);

        error.Message.ShouldContain("Coproduction:Graph: GraphUrl 'http://graph.example.org/v1.0' is not https");
    }

    [Fact]
    public void Credential_Default_IsNoneSoThatAServiceNeverSignsInAsAPerson()
    {
        new CoproductionGraphOptions().Credential.ShouldBe(GraphCredentialKind.None);
    }

    [Theory]
    [InlineData("Default", "Coproduction:Graph: Credential 'Default' is no longer accepted: it was Azure.Identity's DefaultAzureCredential")]
    [InlineData("AzureCli", "Coproduction:Graph: Credential 'AzureCli' is not one of ClientCertificate, ClientSecret, ManagedIdentity, WorkloadIdentity, or Developer")]
    [InlineData("7", "Coproduction:Graph: Credential '7' is not one of")]
    [InlineData(null, "Coproduction:Graph: Credential is not set")]
    public void AddCoproductionGraph_CredentialNotNamedOrUnknown_FailsOnStartNamingIt(string? credential, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:Credential"] = credential,
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value);

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void AddCoproductionGraph_ValueThatIsNoTime_FailsOnStartNamingTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:Credential"] = "ManagedIdentity",
            ["Coproduction:Graph:RequestTimeout"] = "soon",
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        var error = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<CoproductionGraphOptions>>().Value);

        error.Message.ShouldContain("Coproduction:Graph:RequestTimeout");
    }

    [Fact]
    public void AddCoproductionGraph_GoodConfiguration_GivesAClient()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Coproduction:Graph:GraphUrl"] = "http://127.0.0.1:5080/v1.0",
            ["Coproduction:Graph:Organisation"] = "NSFT",
        }).Build();
        using var services = new ServiceCollection().AddCoproductionGraph(configuration).BuildServiceProvider();

        services.GetRequiredService<CoproductionGraphClient>().UserAgent.ShouldStartWith("NONISV|NSFT|Coproduction/");
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/sites/recovery", "contoso.sharepoint.com:/sites/recovery")]
    [InlineData("https://contoso.sharepoint.com/sites/recovery/", "contoso.sharepoint.com:/sites/recovery")]
    public void SiteAddress_SiteUrl_IsGraphsSiteKey(string url, string key)
    {
        SiteAddress.ToGraphKey(url).ShouldBe(key);
    }

    [Theory]
    [InlineData("contoso.sharepoint.com/sites/recovery")]
    [InlineData("http://contoso.sharepoint.com/sites/recovery")]
    [InlineData("https://contoso.sharepoint.com/")]
    public void SiteAddress_NotASiteUrl_IsRefused(string url)
    {
        Should.Throw<ArgumentException>(() => SiteAddress.ToGraphKey(url)).Message.ShouldContain("is not a site URL");
    }
}
