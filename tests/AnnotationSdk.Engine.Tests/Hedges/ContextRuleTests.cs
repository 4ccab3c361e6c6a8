namespace AnnotationSdk.Engine.Tests.Hedges;

/// <summary>A hedge word is a hedge only in the right context; these are its innocent twins.</summary>
public class ContextRuleTests
{
    [Theory]
    [InlineData("The vote is set for May 9 in the capital.")]
    [InlineData("In May the council met twice.")]
    [InlineData("Since May, prices have doubled.")]
    [InlineData("May 12 was the wettest day of the year.")]
    public void May_the_month_is_not_a_modal(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("Officials may delay the vote.", "Epistemic: may")]
    [InlineData("May the vote be delayed again?", "Epistemic: May")]
    [InlineData("Council May Delay Vote Until Autumn", "Epistemic: May")]
    public void May_the_modal_is_a_hedge(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("You could be the reason this library stays open.")]
    [InlineData("You may collect your badge at the desk.")]
    [InlineData("Either party will provide full support if the other is sued.")]
    [InlineData("The crew could not reach the summit.")]
    [InlineData("The rescuers could n't reach the valley.")]
    [InlineData("Before she could answer, the line went dead.")]
    [InlineData("He can swim across the lake.")]
    public void Root_future_and_ability_modals_are_not_hedges(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Fact]
    public void Could_about_what_may_happen_is_a_hedge()
    {
        Assert.Equal(["Epistemic: could"], HedgeFixture.Hedges("The strike could spread to the ports."));
    }

    [Theory]
    [InlineData("The reporter asked about the presence of foreign advisers.")]
    [InlineData("They walked around the square twice.")]
    [InlineData("The nurse was complaining about hundreds of extra patients.")]
    [InlineData("Some injured miners were flown out.")]
    public void About_around_and_some_without_a_quantity_are_not_approximators(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The bus carried about 30 people.", "Approximator: about 30")]
    [InlineData("Around a dozen boats sank.", "Approximator: Around a dozen")]
    [InlineData("The fund lost some $4 million last year.", "Approximator: some $4 million")]
    [InlineData("Nearly half the staff left.", "Approximator: Nearly half")]
    [InlineData("Roughly 40 percent voted.", "Approximator: Roughly 40")]
    [InlineData("Some 4,000 workers joined the strike.", "Approximator: Some 4,000")]
    [InlineData("An estimated 900 homes flooded.", "Approximator: An estimated 900")]
    public void Approximators_before_a_quantity_take_the_quantity_into_their_span(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    /// <summary>Decision: bare bounds state a checkable floor or ceiling; they are not estimates (see approximator.txt).</summary>
    [Theory]
    [InlineData("More than 500 patients were treated.")]
    [InlineData("At least 12 houses burned.")]
    [InlineData("Fewer than 20 people came.")]
    [InlineData("The charge carries up to five years in prison.")]
    public void Bare_bounds_are_not_approximators(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The singer appears in the final scene.")]
    [InlineData("The minister appeared on television last night.")]
    [InlineData("The suspect will appear before the court on Monday.")]
    [InlineData("A rash appeared.")]
    public void Appearing_somewhere_is_not_a_shield(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The recording appears to capture a guard shouting.", "Shield: appears")]
    [InlineData("The deal seems fragile.", "Shield: seems")]
    [InlineData("The data suggests a slowdown.", "Shield: suggests")]
    public void Appearance_and_inference_are_shields(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The mayor said the bridge would reopen.")]
    [InlineData("The governor claimed that turnout had doubled.")]
    [InlineData("Official sources remained silent for weeks.")]
    [InlineData("The river is a source of pride.")]
    public void Named_attribution_and_sources_as_nouns_are_not_doubt(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("Sources said the talks had stalled.", "Unsourced: Sources said")]
    [InlineData("One source told the paper that the mill was sold.", "Unsourced: One source told")]
    [InlineData("Critics say the fee is unfair.", "Unsourced: Critics say")]
    [InlineData("The fee is unfair, said one source.", "Unsourced: said one source")]
    [InlineData("The mill was sold, according to sources.", "Unsourced: according to sources")]
    [InlineData("There is speculation about a merger.", "Unsourced: speculation")]
    [InlineData("Port officials said the ship had sunk.", "Unsourced: officials said")]
    public void Generic_and_anonymous_sources_are_unsourced(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The guards were allegedly paid off.", "Reported: allegedly")]
    [InlineData("The concert was reportedly cancelled.", "Reported: reportedly")]
    [InlineData("The envoy is said to favour a deal.", "Reported: is said to")]
    public void Hearsay_is_reported(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("As expected, the bank cut rates.")]
    [InlineData("Sales grew faster than expected this spring.")]
    [InlineData("The merger, which had been expected, closed today.")]
    [InlineData("She saw the potential of the old harbour.")]
    [InlineData("The actor was considered for the role.")]
    [InlineData("He considered the offer.")]
    [InlineData("It was made possible by a grant.")]
    [InlineData("Reply as soon as possible.")]
    [InlineData("They urged the fastest possible repair.")]
    [InlineData("The flaws soon became apparent.")]
    [InlineData("Tourists were stunned by the thought of it.")]
    [InlineData("The navy assumed responsibility for the coast.")]
    [InlineData("The buyer is assuming $2 billion of debt.")]
    [InlineData("The comet was seen in the north.")]
    [InlineData("Visitors view the murals every day.")]
    public void Expectations_met_nouns_and_weighing_are_not_hedges(string text)
    {
        Assert.Empty(HedgeFixture.Hedges(text));
    }

    [Theory]
    [InlineData("The vote is expected to pass.", "Doxastic: expected")]
    [InlineData("Potential buyers toured the plant.", "Epistemic: Potential")]
    [InlineData("The bridge is widely considered the oldest in the region.", "Doxastic: considered")]
    [InlineData("A deal is possible before Friday.", "Epistemic: possible")]
    [InlineData("Police found the apparent weapon nearby.", "Shield: apparent")]
    [InlineData("The painting was thought to be lost.", "Doxastic: thought to")]
    [InlineData("Planners assumed that the river would stay low.", "Doxastic: assumed")]
    [InlineData("Her colleagues considered him perfect for the part.", "Doxastic: considered")]
    [InlineData("The verdict was seen by many as a warning.", "Doxastic: seen")]
    [InlineData("Some historians view the treaty as a failure.", "Doxastic: view")]
    public void The_doubtful_readings_are_hedges(string text, string expected)
    {
        Assert.Equal([expected], HedgeFixture.Hedges(text));
    }
}
