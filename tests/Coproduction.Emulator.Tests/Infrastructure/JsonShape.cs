using System.Text.Json;
using System.Text.Json.Nodes;

namespace Coproduction.Emulator.Infrastructure;

/// <summary>
/// Compares a documented Graph body with the emulator's: every member the documentation shows must be
/// there, with the same kind of value (string, number, boolean, object, array), all the way down.
/// Values may differ, and the emulator may say more. Each documented array element must match some
/// element of the emulator's array.
/// </summary>
internal static class JsonShape
{
    public static IReadOnlyList<string> Differences(JsonNode? documented, JsonNode? served, string path = "$")
    {
        var problems = new List<string>();
        Compare(documented, served, path, problems);
        return problems;
    }

    public static JsonNode Example(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphExamples", file)))!;

    private static void Compare(JsonNode? documented, JsonNode? served, string path, List<string> problems)
    {
        if (documented is null)
        {
            return;
        }

        if (served is null)
        {
            problems.Add($"{path}: missing");
            return;
        }

        var (expected, actual) = (Kind(documented), Kind(served));
        if (expected != actual)
        {
            problems.Add($"{path}: documented as {expected}, served as {actual}");
            return;
        }

        switch (documented)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Compare(value, served[name], $"{path}.{name}", problems);
                }

                break;
            case JsonArray array when array.Count > 0:
                var items = served.AsArray();
                for (var i = 0; i < array.Count; i++)
                {
                    if (!items.Any(item => Differences(array[i], item).Count == 0))
                    {
                        var closest = items.Select(item => Differences(array[i], item, $"{path}[{i}]")).OrderBy(d => d.Count).FirstOrDefault();
                        problems.AddRange(closest ?? [$"{path}[{i}]: no served element"]);
                    }
                }

                break;
        }
    }

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
