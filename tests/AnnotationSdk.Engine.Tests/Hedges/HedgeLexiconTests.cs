using AnnotationSdk.Engine.Hedges;
using AnnotationSdk.Engine.Lexicons;
using AnnotationSdk.Engine.Model;

namespace AnnotationSdk.Engine.Tests.Hedges;

public class HedgeLexiconTests
{
    [Fact]
    public void Every_category_lexicon_loads_and_names_only_known_guards()
    {
        var lexicon = HedgeLexicon.Default;
        Assert.True(lexicon.Phrases.MaxTokens >= 4);
        foreach (var file in new[] { "epistemic", "doxastic", "shield", "reported", "unsourced", "approximator" })
        {
            var entries = Lexicon.Load($"hedges/{file}.txt");
            Assert.NotEmpty(entries);
            Assert.All(entries, e => HedgeGuardNames.Parse(e.Tag, file));
        }
    }

    [Fact]
    public void An_unknown_guard_is_a_loud_error_rather_than_a_silent_no_guard()
    {
        Assert.Throws<InvalidOperationException>(() => HedgeGuardNames.Parse("mdoal", "test.txt"));
    }

    [Fact]
    public void Rules_name_the_lexicon_and_guard_that_fired()
    {
        var context = HedgeFixture.Context("Prices may rise by about 5 percent.");
        var hedges = HedgeFixture.Run(context);
        Assert.Equal(["hedge.epistemic.modal", "hedge.approximator.quantity"], hedges.Select(h => h.Rule));
        Assert.Equal([HedgeCategory.Epistemic, HedgeCategory.Approximator], hedges.Select(h => h.Category));
    }
}
