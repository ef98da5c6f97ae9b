namespace Coproduction.Graph; internal static class Placeholder { }
