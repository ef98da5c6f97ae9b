namespace Coproduction.Emulator.State;

/// <summary>Everything the emulator holds, in memory. One lock guards it: requests are handled one at a time inside it.</summary>
internal sealed class EmulatorState(TimeProvider time)
{
    private readonly Dictionary<string, Site> _sites = new(StringComparer.OrdinalIgnoreCase);

    public object Gate { get; } = new();

    public TimeProvider Time { get; } = time;

    /// <summary>The download URLs handed out, good for a few minutes each.</summary>
    public Downloads Downloads { get; } = new(time);

    public IEnumerable<Site> Sites => _sites.Values;

    public Site AddSite(string hostname, string path)
    {
        var site = new Site(hostname, path, Time.GetUtcNow());
        return _sites.TryGetValue(site.Id, out var existing) ? existing : _sites[site.Id] = site;
    }

    public Site? FindById(string id) => _sites.TryGetValue(id, out var site) ? site : null;

    public Site? FindByPath(string hostname, string path) =>
        _sites.Values.FirstOrDefault(s => string.Equals(s.Hostname, hostname, StringComparison.OrdinalIgnoreCase)
            && string.Equals(s.Path, "/" + path.Trim('/'), StringComparison.OrdinalIgnoreCase));

    public (Site Site, SharePointList List)? FindDrive(string driveId)
    {
        foreach (var site in _sites.Values)
        {
            var list = site.Lists.Values.FirstOrDefault(l => l.IsLibrary && string.Equals(l.DriveId, driveId, StringComparison.Ordinal));
            if (list is not null)
            {
                return (site, list);
            }
        }

        return null;
    }
}
