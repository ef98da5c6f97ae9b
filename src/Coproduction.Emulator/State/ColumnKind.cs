namespace Coproduction.Emulator.State;

/// <summary>The column types the emulator serves, named by their Graph facet.</summary>
internal enum ColumnKind
{
    Text,
    Choice,
    Number,
    DateTime,
    Boolean,
    PersonOrGroup,
    Lookup,
}
