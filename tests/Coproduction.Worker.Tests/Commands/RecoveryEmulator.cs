using Coproduction.Emulator;

namespace Coproduction.Worker.Commands;

/// <summary>An emulator on loopback with the one site the command tests use.</summary>
internal static class RecoveryEmulator
{
    public const string Site = "https://contoso.sharepoint.com/sites/recovery";

    public static Task<GraphEmulator> StartAsync()
    {
        var options = new GraphEmulatorOptions();
        options.Sites.Add("contoso.sharepoint.com/sites/recovery");
        return GraphEmulator.StartAsync(options);
    }
}
