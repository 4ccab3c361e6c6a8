using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// Every engine path must be linear. Rather than asserting wall-clock time, these tests compare the work on
/// input of size n and 8n: a quadratic path shows up as a 64x ratio, a linear one near 8x, and the bound (16x) sits
/// well between, on the best of several runs of this thread's CPU time, with nothing else of ours running at the time.
/// (With n and 4n, linear paths measured up to 8.6x against a bound of 8x on a busy machine: the clock then let the
/// small run skip the garbage collections the large one paid for; see <see cref="ThreadCpuClock"/>.)
/// </summary>
[Collection(RunsAlone.Name)]
public class AdversarialInputTests
{
    private static readonly DateOnly Reference = new(2025, 4, 30);

    public static TheoryData<string, string> Inputs => new()
    {
        { "quote marks", "\"" },
        { "curly quote marks", "“" },
        { "alternating marks", "“”‘’«»" },
        { "no spaces", "abcdefghij" },
        { "unbalanced quote per word", "“word " },
        { "said without speaker", "said “x ” " },
        { "speaker and cue", "he said, “x,” " },
        { "appositions", "Smith, a b, said " },
        { "colon speakers", "Smith: x\n" },
        { "nested marks", "“‘" },
        { "dots after a cue", "he said that x ." },
        { "dates", "May 9, 2025 " },
        { "hedges", "may have reportedly " },
        { "control characters", "\u0001\u0002\u0003x" },
        { "unpaired surrogates", "\uD800a\uDC00" },
        { "reports in one sentence", "He said it was x, who said it was x" },
        { "asides in one sentence", "ab cd, the board said, ef gh " },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Work_grows_linearly_with_input(string name, string unit)
    {
        Assert.NotNull(name);
        // Both sizes beyond the CPU caches, so memory effects scale roughly alike and the algorithm makes the difference.
        var units = UnitsBeyondPooledStorage(unit);
        AssertLinear(Repeat(unit, units), Repeat(unit, 8 * units));
    }

    [Fact]
    public void Relative_clauses_after_a_long_capitalised_subject_stay_linear()
    {
        // Every ", who said" of a sentence asks whether its sentence opens with the subject's name.
        const string Subject = "Aa ";
        const string Clause = ", who said it was x";
        var words = UnitsBeyondPooledStorage(Subject);
        AssertLinear(Repeat(Subject, words) + Repeat(Clause, words / 4), Repeat(Subject, 8 * words) + Repeat(Clause, 2 * words));
    }

    private static void AssertLinear(string small, string large)
    {
        // Warm-up at both sizes: code compiled at its final tier and the heap grown, so neither timed run pays for it.
        Time(large);
        Time(small);
        Time(small);

        // Linear inputs measure 5 to 10x, but up to 13x here at a load average of 16, and above 16x twice at a load near
        // 20; measured again they come back under, where a quadratic path stays near 64x however often it is measured.
        var (ratio, smallTime, largeTime) = Ratio(small, large);
        for (var attempt = 1; attempt < 3 && ratio >= 16; attempt++)
        {
            (ratio, smallTime, largeTime) = Ratio(small, large);
        }

        Assert.True(ratio < 16, $"8x input took {ratio:0.0}x the time ({smallTime.TotalMilliseconds:0} ms → {largeTime.TotalMilliseconds:0} ms): not linear.");
    }

    // The engine reuses a document's token and scratch storage on the thread only up to Tokenizer.MaxPooledTokens; a
    // longer document's is fresh memory, whose page faults cost more per token than the work. At 125k units the inputs
    // of one or two tokens a unit stayed under that cap while 8x went over it, and measured 40 to 80x with nothing
    // quadratic in them; so both sizes are made to hold more tokens than the cap, and both pay alike.
    private static int UnitsBeyondPooledStorage(string unit)
    {
        const int Units = 125_000;
        var tokensPerUnit = new AnnotationContext(Repeat(unit, 1_000), Reference).Tokens.Count / 1_000.0;
        if (tokensPerUnit < 0.5)
        {
            return Units;
        }

        var needed = Tokenizer.MaxPooledTokens * 1.25 / tokensPerUnit;
        return needed <= Units ? Units : (int)Math.Ceiling(needed);
    }

    private static (double Ratio, TimeSpan Small, TimeSpan Large) Ratio(string small, string large)
    {
        var smallTime = Enumerable.Range(0, 3).Min(_ => Time(small));
        var largeTime = Enumerable.Range(0, 3).Min(_ => Time(large));
        return (largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 1), smallTime, largeTime);
    }

    [Fact]
    public void A_megabyte_without_spaces_is_annotated()
    {
        var text = new string('x', 1 << 20);
        var result = AnnotationEngine.Default.Annotate(text, new AnnotateOptions(Reference));
        Assert.All(result.Annotations, a => Assert.InRange(a.Span.End, 0, text.Length));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“Unbalanced quote that never closes.\n\nNext paragraph said nothing.")]
    [InlineData("\u0000\u0007\u001b[31m")]
    [InlineData("\uDC00\uD800")]
    [InlineData("2024 began quietly.")] // rules that look one token back at the very first token
    public void Odd_input_never_throws_and_spans_stay_inside_the_text(string text)
    {
        var result = AnnotationEngine.Default.Annotate(text, new AnnotateOptions(Reference));
        Assert.All(result.Annotations, a => Assert.True(a.Span.Start >= 0 && a.Span.End <= text.Length && a.Span.Start < a.Span.End));
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            AnnotationEngine.Default.Annotate(Repeat("word ", 10_000), new AnnotateOptions(Reference), cancellation.Token));
    }

    private static TimeSpan Time(string text) =>
        ThreadCpuClock.Measure(() => AnnotationEngine.Default.Annotate(text, new AnnotateOptions(Reference)));

    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));
}
