using Coproduction.Graph;

namespace Coproduction.Worker.Passes;

/// <summary>
/// The drive of each site's evidence library, looked up once a process: the evidence reports and the
/// college overview are uploaded into it, and neither pays for the lookup again.
/// </summary>
internal sealed class EvidenceDrives(CoproductionGraphClient graph)
{
    private readonly Dictionary<string, string> _drives = new(StringComparer.Ordinal);

    public async Task<string> OfAsync(string siteId, string library, CancellationToken cancellationToken)
    {
        if (!_drives.TryGetValue(library, out var drive))
        {
            drive = await graph.FindLibraryDriveAsync(siteId, library, cancellationToken);
            _drives[library] = drive;
        }

        return drive;
    }
}
