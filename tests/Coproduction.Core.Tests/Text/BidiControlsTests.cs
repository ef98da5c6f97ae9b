namespace Coproduction.Text;

public sealed class BidiControlsTests
{
    public static TheoryData<char> Controls =>
        ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

    [Theory]
    [MemberData(nameof(Controls))]
    public void Strip_EachBidirectionalControl_IsTakenOutWhereverItStands(char control) =>
        BidiControls.Strip($"{control}Session{control} 1{control}").ShouldBe("Session 1");

    [Fact]
    public void Strip_TextWithoutControls_IsTheSameText()
    {
        const string Text = "Managing Sleep";

        BidiControls.Strip(Text).ShouldBeSameAs(Text);
    }

    [Fact]
    public void Strip_RightToLeftLettersAndOtherFormatCharacters_AreKept()
    {
        // Hebrew and Arabic letters are words, not controls; a zero-width joiner shapes emoji and Indic scripts.
        const string Text = "\u05E9\u05D9\u05E0\u05D4 \u0646\u0648\u0645 \U0001F469\u200D\U0001F467";

        BidiControls.Strip(Text).ShouldBe(Text);
    }

    [Fact]
    public void Strip_OnlyControls_LeavesNothing() =>
        BidiControls.Strip("\u202E\u2066\u200F").ShouldBeEmpty();
}
