using System.IO.Compression;
using System.Xml.Linq;

namespace Coproduction.Packaging;

/// <summary>
/// The packages as a developer outside this repository gets them: real processes pack the
/// repository, install the tool from the packages and run it, and build and run the sample against
/// them. Slow (about a minute): a broken package fails the build here rather than on a feed.
/// </summary>
public sealed class PackageTests(PackedRepository repository) : IClassFixture<PackedRepository>
{
    private const string Site = "https://contoso.sharepoint.com/sites/recovery";

    [Theory]
    [InlineData("Coproduction.Core")]
    [InlineData("Coproduction.Graph")]
    public async Task Pack_Library_CarriesItsMetadataReadmeDocsAndSymbols(string id)
    {
        await repository.PackedAsync();

        var package = Path.Combine(repository.Packages, $"{id}.{repository.Version}.nupkg");
        using var zip = ZipFile.OpenRead(package);
        var files = zip.Entries.Select(e => e.FullName).ToList();
        var metadata = Nuspec(zip, id);

        files.ShouldContain($"lib/net10.0/{id}.dll");
        files.ShouldContain($"lib/net10.0/{id}.xml");
        files.ShouldContain("README.md");
        Value(metadata, "readme").ShouldBe("README.md");
        Value(metadata, "license").ShouldBe("MIT");
        Value(metadata, "description").ShouldNotBeNullOrWhiteSpace();
        Value(metadata, "tags").ShouldContain("co-production");
        Value(metadata, "projectUrl").ShouldStartWith("https://");
        metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value.ShouldStartWith("https://");
        File.Exists(Path.ChangeExtension(package, ".snupkg")).ShouldBeTrue();
    }

    [Fact]
    public async Task Pack_Tool_IsADotnetToolThatCarriesTheEmulator()
    {
        await repository.PackedAsync();

        using var zip = ZipFile.OpenRead(Path.Combine(repository.Packages, $"Coproduction.Tool.{repository.Version}.nupkg"));
        var files = zip.Entries.Select(e => e.FullName).ToList();
        var metadata = Nuspec(zip, "Coproduction.Tool");

        metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name")!.Value.ShouldBe("DotnetTool");
        files.ShouldContain("tools/net10.0/any/coproduction.dll");
        files.ShouldContain("tools/net10.0/any/Coproduction.Emulator.dll");
    }

    [Fact]
    public async Task Tool_InstalledFromThePackages_RunsTheDemo()
    {
        await repository.ToolInstalledAsync();
        var output = Path.Combine(repository.Folder, "demo");

        var demo = await DotnetProcess.RunCheckedAsync(repository.Folder, repository.Tool, "demo", "--output", output);

        demo.Output.ShouldContain("Done.", customMessage: demo.ToString());
        Directory.GetFiles(output, "*-evidence.html").Length.ShouldBe(3);
    }

    [Fact]
    public async Task Sample_BuiltAgainstThePackages_AssessesASnapshot()
    {
        await repository.SampleBuiltAsync();

        var run = await DotnetProcess.RunCheckedAsync(repository.Root, "dotnet", repository.Sample, "--snapshot", Path.Combine("samples", "drifting-course.json"));

        run.Output.ShouldContain("drifting-course.json: Understanding Anxiety (understanding-anxiety-2026), developing: 7 of 12, not ready for quality review", customMessage: run.ToString());
        run.Output.ShouldContain("soleAuthorWithoutFeedback on m1");
    }

    [Fact]
    public async Task Sample_BuiltAgainstThePackages_ReadsACourseFromASite()
    {
        await Task.WhenAll(repository.ToolInstalledAsync(), repository.SampleBuiltAsync());
        using var emulator = DotnetProcess.Start(repository.Folder, repository.Tool, "emulator", "--urls", "http://127.0.0.1:0");
        try
        {
            var graphUrl = await ListeningUrlAsync(emulator);
            await DotnetProcess.RunCheckedAsync(repository.Root, repository.Tool, "provision", "--site", Site, "--graph-url", graphUrl);
            await DotnetProcess.RunCheckedAsync(repository.Root, repository.Tool, "import", Path.Combine("samples", "drifting-course.json"), "--site", Site, "--graph-url", graphUrl);

            var run = await DotnetProcess.RunCheckedAsync(repository.Root, "dotnet", repository.Sample, "--site", Site, "--course", "understanding-anxiety-2026", "--graph-url", graphUrl);

            run.Output.ShouldContain($"{Site}: Understanding Anxiety (understanding-anxiety-2026), developing:", customMessage: run.ToString());
            run.Output.ShouldContain("pullingRank on d2");
        }
        finally
        {
            emulator.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> ListeningUrlAsync(System.Diagnostics.Process emulator)
    {
        const string Prefix = "Graph emulator listening on ";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await emulator.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return line[Prefix.Length..];
            }
        }

        throw new InvalidOperationException($"The emulator stopped before listening: {await emulator.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    private static XElement Nuspec(ZipArchive zip, string id)
    {
        using var stream = zip.GetEntry($"{id}.nuspec")!.Open();
        return XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name) =>
        metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
}
