namespace Coproduction.Emulator.Fidelity;

/// <summary>
/// The copy of the recorded evidence in tests/Evidence is the shared corpus's (../shared/graph-real
/// beside the checkout), file for file, where that corpus is there to compare with.
/// </summary>
public sealed class EvidenceCopyTests
{
    [Fact]
    public void Copy_OfTheSharedCorpus_IsTheSameFileForFile()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Coproduction.sln")))
        {
            root = root.Parent;
        }

        var shared = root?.Parent is { } above ? Path.Combine(above.FullName, "shared", "graph-real") : null;
        if (root is null || shared is null || !Directory.Exists(shared))
        {
            return; // a clone without the shared corpus beside it: the copy is all there is
        }

        var copy = Path.Combine(root.FullName, "tests", "Evidence", "graph-real");
        string[] Files(string folder) => [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

        Files(copy).ShouldBe(Files(shared), "refresh tests/Evidence as its README says");
        foreach (var file in Files(shared))
        {
            File.ReadAllBytes(Path.Combine(copy, file)).ShouldBe(File.ReadAllBytes(Path.Combine(shared, file)), file);
        }
    }
}
