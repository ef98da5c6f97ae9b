using System.Text.RegularExpressions;
using Coproduction.Emulator.Http;
using Coproduction.Emulator.State;

namespace Coproduction.Emulator.Api;

/// <summary>What a handler works with: the request, who makes it, the state, and the parts of the path its route matched.</summary>
internal sealed record ApiContext(GraphRequest Request, Actor Actor, EmulatorState State, Match Match, Site? Site, EmulatorOptionsView Options)
{
    public DateTimeOffset Now => State.Time.GetUtcNow();

    public string Group(string name) => Match.Groups[name].Value;

    public GraphResponse NotFound(string what) => GraphErrors.NotFound(what, Now);

    public GraphResponse BadRequest(string message) => GraphErrors.BadRequest(message, Now);

    /// <summary>A link back into the emulator, for nextLink and deltaLink.</summary>
    public string Link(string pathAndQuery) => $"{Request.BaseUrl}/{pathAndQuery.TrimStart('/')}";
}

/// <summary>The options handlers need: page sizes, and how the tenant answers where the evidence is open.</summary>
internal sealed record EmulatorOptionsView(int ItemPageSize, int DeltaPageSize, TenantVariant Variant);
