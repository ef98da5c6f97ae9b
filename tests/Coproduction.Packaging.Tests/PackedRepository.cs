namespace Coproduction.Packaging;

/// <summary>
/// The repository packed as its README says, into a temporary folder: the packages, the tool
/// installed from them, and the sample built against them. Each step runs once, when a test first
/// needs it, so that a broken step fails the tests that need it and names itself.
/// </summary>
/// <remarks>
/// It packs with <c>--no-build</c>, in the configuration these tests were built in: the project
/// references of this test project have just built what is packed, and a pack that neither restores
/// nor builds cannot disturb the other test projects running beside it. The packages, the tool and
/// the sample's build all stay in the temporary folder: nothing packed here reaches the machine's
/// NuGet cache, and nothing is fetched from the network.
/// </remarks>
public sealed class PackedRepository : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly Lazy<Task> _packed;
    private readonly Lazy<Task> _toolInstalled;
    private readonly Lazy<Task> _sampleBuilt;

    public PackedRepository()
    {
        Root = FindRoot();
        Folder = Directory.CreateTempSubdirectory("coproduction-packages-").FullName;
        _packed = new(PackAsync);
        _toolInstalled = new(InstallToolAsync);
        _sampleBuilt = new(BuildSampleAsync);
    }

    /// <summary>The repository.</summary>
    public string Root { get; }

    /// <summary>The temporary folder everything goes into.</summary>
    public string Folder { get; }

    /// <summary>Where the packages are.</summary>
    public string Packages => Path.Combine(Folder, "packages");

    /// <summary>The version the packages were given.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The installed tool's command.</summary>
    public string Tool => Path.Combine(Folder, "tool", OperatingSystem.IsWindows() ? "coproduction.exe" : "coproduction");

    /// <summary>The sample, built against the packages.</summary>
    public string Sample => Path.Combine(Folder, "sample", "bin", "Coproduction.Sample", Configuration, "net10.0", "Coproduction.Sample.dll");

    public Task PackedAsync() => _packed.Value;

    public Task ToolInstalledAsync() => _toolInstalled.Value;

    public Task SampleBuiltAsync() => _sampleBuilt.Value;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private async Task PackAsync()
    {
        await DotnetProcess.RunCheckedAsync(Root, "dotnet", "pack", "Coproduction.sln", "-c", Configuration, "--no-build", "-o", Packages, "-nodeReuse:false");
        var tool = Directory.GetFiles(Packages, "Coproduction.Tool.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(tool)["Coproduction.Tool.".Length..];
    }

    private async Task InstallToolAsync()
    {
        await PackedAsync();

        // Only the packages just made: the tool carries everything it needs.
        var config = Path.Combine(Folder, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
        await DotnetProcess.RunCheckedAsync(Folder, "dotnet", "tool", "install", "Coproduction.Tool", "--version", Version, "--tool-path", Path.Combine(Folder, "tool"), "--configfile", config);
    }

    private async Task BuildSampleAsync()
    {
        await PackedAsync();

        // The sample's own switch (samples/Directory.Build.props); every other package comes from the machine's cache.
        await DotnetProcess.RunCheckedAsync(
            Root,
            "dotnet",
            "build",
            Path.Combine("samples", "Coproduction.Sample", "Coproduction.Sample.csproj"),
            "-c",
            Configuration,
            "-p:UsePackages=true",
            $"-p:CoproductionPackageVersion={Version}",
            $"-p:CoproductionPackageSource={Packages}",
            $"-p:PackagesBuildPath={Path.Combine(Folder, "sample")}",
            $"-p:RestoreSources={Packages}",
            "-nodeReuse:false");
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Coproduction.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Coproduction.sln above {AppContext.BaseDirectory}.");
    }
}
