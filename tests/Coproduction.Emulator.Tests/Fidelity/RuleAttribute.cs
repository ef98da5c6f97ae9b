namespace Coproduction.Emulator.Fidelity;

/// <summary>Names the rule of fidelity-expectations.json a test holds the emulator to.</summary>
/// <param name="id">The rule's id, such as <c>delta.item.noLastModifiedBy</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
internal sealed class RuleAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
