using System.Text.RegularExpressions;
using Coproduction.Emulator.Api;
using Coproduction.Emulator.Http;

namespace Coproduction.Emulator.Pipeline;

/// <summary>
/// One operation the emulator serves: a method and path pattern, the kind it is counted as, what it
/// costs in SharePoint resource units, and its handler. Site routes match the path after the site.
/// </summary>
internal sealed record Route(string Method, Regex Pattern, string Kind, Func<GraphRequest, int> Cost, Func<ApiContext, GraphResponse> Handle);
