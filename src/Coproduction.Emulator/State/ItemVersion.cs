using System.Text.Json.Nodes;

namespace Coproduction.Emulator.State;

/// <summary>A version of an item: who made it and when, its fields then, and for a document its size and whether the file itself changed.</summary>
internal sealed record ItemVersion(int Major, Actor By, DateTimeOffset At, JsonObject Fields, long Size, bool ContentChanged)
{
    public string Id => $"{Major}.0";
}
