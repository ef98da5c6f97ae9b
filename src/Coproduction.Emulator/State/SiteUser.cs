namespace Coproduction.Emulator.State;

/// <summary>A person known to a site (its hidden user information list), referred to by person columns through <see cref="LookupId"/>.</summary>
internal sealed record SiteUser(int LookupId, Actor Actor);
