using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;

namespace AnnotationSdk.Engine.Tests.Pipeline;

/// <summary>
/// Thousands of short documents stitched at random from words every annotator reacts to, so that each rule
/// meets its cue at the very start, the very end and next to every other cue. Nothing may throw, and every
/// annotation and link must stay inside the text. The seed is fixed: a failure reproduces.
/// </summary>
public class RandomDocumentTests
{
    private static readonly string[] Vocabulary =
    [
        "2000", "1998", "May", "may", "March", "9", "9,", "April 26", "last", "year", "next", "week", "ago", "that", "same", "day",
        "said", "told", "according", "to", "he", "she", "It", "Sources", "One source", "officials", "\"", "“", "”", "‘", "’", "'",
        "«", "»", ",", ".", ":", "—", "(", ")", "[", "]", "?", "!", "some", "about", "as many as", "4,000", "reportedly", "allegedly",
        "might", "could", "believed", "appears", "to", "Putin", "Anna Petrova", "KCNA", "a statement", "said:", "Mr.", "U.S.", "Dr.", "J.",
        "\n", "\n\n", "😀", "\uD800", "\u0001", "the", "summer", "of", "2024", "since", "the start of", "every", "Monday", "10:30", "p.m.",
    ];

    [Fact]
    public void Random_documents_never_break_the_engine()
    {
        var random = new Random(20251126);
        for (var run = 0; run < 3000; run++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]);
            var text = string.Join(random.Next(4) == 0 ? string.Empty : " ", words);
            AnnotationResult result;
            try
            {
                result = AnnotationEngine.Default.Annotate(text, new AnnotateOptions(new DateOnly(2025, 4, 30)));
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                Assert.Fail($"Run {run} threw on {System.Text.Json.JsonSerializer.Serialize(text)}: {error}");
                throw;
            }

            foreach (var annotation in result.Annotations)
            {
                Assert.True(annotation.Span.Start >= 0 && annotation.Span.End <= text.Length && annotation.Span.Start < annotation.Span.End, $"Run {run}: {annotation.Id} {annotation.Span}");
                if (annotation is AttributionAnnotation attribution)
                {
                    Assert.True(attribution.Cue.Start >= 0 && attribution.Cue.End <= text.Length, $"Run {run}: cue of {annotation.Id}");
                    Assert.All(attribution.Quotes, quote => Assert.Same(attribution, quote.Attribution));
                    // A speaker is a name: never a title's period or a space left at either end (". Petrova").
                    Assert.True(attribution.Speaker.Length == 0 || (char.IsLetterOrDigit(attribution.Speaker[0]) && !char.IsWhiteSpace(attribution.Speaker[^1])),
                        $"Run {run}: speaker '{attribution.Speaker}' of {annotation.Id}");
                }
            }
        }
    }
}
