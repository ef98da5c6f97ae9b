namespace Coproduction.Worker.State;

/// <summary>A flag item the worker keeps on a site: its key (course, kind, subject), its item, and whether it is open.</summary>
internal sealed record FlagRecord(string Site, string Course, string Kind, string Subject, string ItemId, bool Open, string Fingerprint);
