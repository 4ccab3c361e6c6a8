namespace AnnotationSdk.Engine.Tests.Hedges;

/// <summary>Phrases are matched longest first, so the whole phrase is one hedge rather than its first word.</summary>
public class MultiWordCueTests
{
    [Theory]
    [InlineData("The plan was almost certainly drafted abroad.", "Epistemic: almost certainly")]
    [InlineData("The fire may have been set on purpose.", "Epistemic: may have been")]
    [InlineData("The painter is believed to have lived here.", "Doxastic: is believed to")]
    [InlineData("Last winter, reports surfaced of a secret deal.", "Reported: reports surfaced")]
    [InlineData("By spring, reports emerged that the mill had closed.", "Reported: reports emerged")]
    [InlineData("Whether the truce holds remains to be seen.", "Epistemic: remains to be seen")]
    [InlineData("The rebels fielded as many as 300 fighters.", "Approximator: as many as 300")]
    [InlineData("The shipment left early, according to unnamed officials.", "Unsourced: according to unnamed officials")]
    [InlineData("The board, as I understand it, is split.", "Epistemic: as I understand it")]
    [InlineData("I don’t see the board agreeing.", "Doxastic: don’t see")]
    [InlineData("I don't see the board agreeing.", "Doxastic: don't see")]
    public void Matches_the_whole_phrase(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("“Perhaps the bridge will hold,” he said.", "Epistemic: Perhaps")]
    [InlineData("The vote—possibly the last—was close.", "Epistemic: possibly")]
    [InlineData("The toll rose (about 30 dead) overnight.", "Approximator: about 30")]
    public void A_phrase_right_after_a_mark_is_found(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Fact]
    public void I_think_is_the_speakers_own_epistemic_hedge_while_think_alone_reports_a_belief()
    {
        Assert.Equal(["Epistemic: I think"], HedgeFixture.Hedges("I think the bridge is safe."));
        Assert.Equal(["Doxastic: think"], HedgeFixture.Hedges("Engineers think the bridge is safe."));
    }
}
