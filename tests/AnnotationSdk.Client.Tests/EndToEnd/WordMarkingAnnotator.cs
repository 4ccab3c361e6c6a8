using AnnotationSdk.Engine.Model;
using AnnotationSdk.Engine.Pipeline;
using AnnotationSdk.Engine.Text;

namespace AnnotationSdk.Client.Tests.EndToEnd;

/// <summary>
/// Marks every word as a hedge and every year-like number as a date, so the client's offset and ordering
/// mechanics are checked on many annotations whatever the real rules find today.
/// </summary>
internal sealed class WordMarkingAnnotator : IAnnotator
{
    public string Name => "test-words";

    public void Annotate(AnnotationContext context)
    {
        foreach (var token in context.Tokens)
        {
            context.ThrowIfCancellationRequested();
            if (token.Kind == TokenKind.Word)
            {
                context.Hedges.Add(new HedgeAnnotation(token.Span, HedgeCategory.Epistemic, Name));
            }
            else if (token.Kind == TokenKind.Number && token.Length == 4)
            {
                context.Dates.Add(new DateAnnotation(token.Span, TemporalType.Date, context.TextOf(token).ToString(), Name));
            }
        }
    }
}
