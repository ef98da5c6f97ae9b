using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Fidelity;

/// <summary>The rules of ../shared/graph-real/fidelity-expectations.json (copied in tests/Evidence): what a real tenant serves.</summary>
internal static class FidelityRules
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Evidence", "graph-real");

    public static IReadOnlyList<JsonObject> All { get; } =
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "fidelity-expectations.json")))!["rules"]!.AsArray().Select(r => r!.AsObject())];

    public static JsonObject Rule(string id) => All.Single(r => r["id"]!.GetValue<string>() == id);

    /// <summary>A rule's regular expression.</summary>
    public static string Regex(string id, string member = "regex") => Rule(id)[member]!.GetValue<string>();
}
